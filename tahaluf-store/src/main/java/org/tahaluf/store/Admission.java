package org.tahaluf.store;

/** What {@link Store#put} did with an article. */
public record Admission(Outcome outcome, String documentId, String duplicateOf) {

    public enum Outcome {
        /** A new article, stored. */
        STORED,
        /** Stored, and linked to an earlier copy of the same story. */
        NEAR_DUPLICATE,
        /** The same text was stored before: nothing written. */
        ALREADY_STORED,
        /** Another text is stored under this document id: nothing written. */
        ID_CONFLICT
    }

    public boolean written() {
        return outcome == Outcome.STORED || outcome == Outcome.NEAR_DUPLICATE;
    }
}
