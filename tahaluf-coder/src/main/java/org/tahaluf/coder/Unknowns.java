package org.tahaluf.coder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tahaluf.core.Actor;

/** Actors a document builds from its own words (not in the dictionary), collected per analysis. */
final class Unknowns {

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> surnames = new java.util.HashMap<>();
    private final java.util.List<org.tahaluf.core.Relation> ties = new java.util.ArrayList<>();

    Actor add(Actor actor) {
        return actors.computeIfAbsent(actor.id(), k -> actor);
    }

    Actor get(String id) {
        return actors.get(id);
    }

    /** Remembers that a discovered person's surname alone names them later in the document. */
    void surname(String normalized, String id) {
        if (normalized.length() >= 3) {
            surnames.putIfAbsent(normalized, id);
        }
    }

    String bySurname(String normalized) {
        return surnames.get(normalized);
    }

    /** A tie the words that built an actor state: a described group's patron, a titled person's body. */
    void tie(org.tahaluf.core.Relation relation) {
        ties.add(relation);
    }

    java.util.List<org.tahaluf.core.Relation> ties() {
        return ties;
    }
}
