package org.tahaluf.core;

/** The whole pipeline as one stage: a document in, its analysis out. Implementations are thread-safe. */
public interface Analyzer {

    Analysis analyze(Document document);
}
