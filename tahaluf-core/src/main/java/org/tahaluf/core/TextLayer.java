package org.tahaluf.core;

import java.util.List;

/** The first stage: splits a text into sentences of segmented tokens, every one a span of the text. */
public interface TextLayer {

    List<Sentence> process(String text);
}
