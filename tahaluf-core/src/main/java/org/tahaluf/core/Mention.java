package org.tahaluf.core;

/** A place in the text where an actor is named. */
public record Mention(String actorId, int sentence, int start, int end, String text) {

    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid mention span [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
