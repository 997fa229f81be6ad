package org.tahaluf.store;

import java.time.LocalDate;
import org.tahaluf.core.Threat;

/** A threat as an article states it, dated by the article. */
public record StoredThreat(String documentId, Threat threat, LocalDate day, String title) {
}
