package org.tahaluf.store;

import java.time.LocalDate;
import org.tahaluf.core.Event;

/**
 * An event as stored: the coded event, its document, the day it is dated to (its own time, else the
 * article's date) and, when the article is a copy of another story, that story's document id.
 */
public record StoredEvent(String documentId, Event event, LocalDate day, String duplicateOf) {

    /** The event's id across the store: {@code documentId:eventId}. */
    public String key() {
        return documentId + ":" + event.id();
    }
}
