package org.tahaluf.store;

import java.time.LocalDate;

/** The first and last publication dates of the stored articles; both null when none has a date. */
public record DateRange(LocalDate first, LocalDate last) {
}
