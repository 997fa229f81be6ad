package org.tahaluf.analytics;

import java.time.LocalDate;
import org.tahaluf.core.EventType;

/**
 * One event as evidence between two graph nodes: which side (sign), how much (weight from
 * {@link Intensity}), when, and the event it comes from ({@code documentId:eventId}).
 */
public record Signal(String eventKey, String a, String b, int sign, double weight, LocalDate day, EventType type) {

    /** The pair regardless of direction: cooperation and conflict are read undirected. */
    public String pairKey() {
        return Pairs.key(a, b);
    }
}
