package org.tahaluf.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to analyse: its text and what is known about it. The title, when given separately,
 * is not part of {@code text}; offsets of an analysis always point into {@code text}.
 */
public record Document(String id, String title, String text, Language language, LocalDate published,
                       String source, String author, String url) {

    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
    }
}
