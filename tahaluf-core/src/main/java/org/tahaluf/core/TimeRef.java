package org.tahaluf.core;

import java.time.LocalDate;

/** When an event happened: the words that say so and the dates they resolve to (either may be null). */
public record TimeRef(String text, LocalDate start, LocalDate end) {

    public TimeRef {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("time range ends before it starts: " + start + ".." + end);
        }
    }
}
