package org.tahaluf.lexicon;

import java.time.LocalDate;
import java.time.YearMonth;

/** A date known to the year, the month or the day: {@code 2017}, {@code 2017-06}, {@code 2017-06-29}. */
public record PartialDate(LocalDate first, LocalDate last, String text) {

    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new PartialDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), t);
            }
            LocalDate d = LocalDate.parse(t);
            return new PartialDate(d, d, t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
