package org.tahaluf.store;

/** How many events of one month ({@code YYYY-MM}) cooperate, conflict or neither. */
public record EventsInMonth(String month, long cooperation, long conflict, long neutral) {
}
