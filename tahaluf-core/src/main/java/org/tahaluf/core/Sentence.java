package org.tahaluf.core;

import java.util.List;

/** A sentence (or headline) of the text: its span and its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean headline) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid sentence span [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }
}
