package org.tahaluf.store;

import java.time.LocalDate;

/** A stored article in a list: no text, the number of its events; {@code duplicateOf} when it copies another story. */
public record DocumentSummary(String id, String title, String language, LocalDate published, String source,
                              String duplicateOf, long events) {
}
