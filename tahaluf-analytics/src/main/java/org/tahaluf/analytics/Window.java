package org.tahaluf.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A span of days, both ends included; a null end is open. */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Window all() {
        return new Window(null, null);
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The window of the same length just before this one, or null when this one is open at either end. */
    public Window previous() {
        if (from == null || to == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Window(from.minusDays(days), from.minusDays(1));
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
