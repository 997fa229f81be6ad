package org.tahaluf.analytics;

/** Where a statement of a brief comes from: an article and a sentence in it (and the event, when one). */
public record Citation(String documentId, int sentence, String eventKey) {
}
