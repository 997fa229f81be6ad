package org.tahaluf.server;

import java.time.LocalDate;
import org.tahaluf.store.DateRange;

/**
 * The time window pages open with: everything (an open window, so undated events count too) for a
 * store spanning a year or less; else the last month of the store — a map of years of news is both
 * slow to compute and too dense to read.
 */
record DefaultWindow(LocalDate from, LocalDate to) {

    static DefaultWindow of(DateRange range) {
        if (range.first() == null || range.last() == null || !range.first().isBefore(range.last().minusYears(1))) {
            return new DefaultWindow(null, null);
        }
        return new DefaultWindow(range.last().withDayOfMonth(1), range.last().withDayOfMonth(range.last().lengthOfMonth()));
    }
}
