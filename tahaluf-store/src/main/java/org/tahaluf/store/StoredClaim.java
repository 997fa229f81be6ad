package org.tahaluf.store;

import java.time.LocalDate;
import org.tahaluf.core.Claim;

/** A claim as an article reports it, dated by the article; {@code index} orders it within the article. */
public record StoredClaim(String documentId, int index, Claim claim, LocalDate day, String title) {
}
