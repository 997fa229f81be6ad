package org.tahaluf.store;

import org.tahaluf.core.RelationKind;

/** A structural tie as a document states it, with the sentence that says so. */
public record StoredRelation(String documentId, String source, String target, RelationKind kind, int sentence,
                             String sentenceText) {
}
