package org.tahaluf.text;

/** Maps a stretch of text to the form the lexicon is matched on, keeping offsets. */
public interface Normalizer {

    NormalizedText normalize(CharSequence text, int start, int end);

    default String normalize(CharSequence text) {
        return normalize(text, 0, text.length()).text();
    }
}
