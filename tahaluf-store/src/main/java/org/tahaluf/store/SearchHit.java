package org.tahaluf.store;

import java.time.LocalDate;

/** An article that matches a full-text query, with the first sentence that contains a query word. */
public record SearchHit(String documentId, String title, String language, LocalDate published, String snippet) {
}
