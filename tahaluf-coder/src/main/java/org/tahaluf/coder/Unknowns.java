package org.tahaluf.coder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tahaluf.core.Actor;

/** Actors a document builds from its own words (not in the dictionary), collected per analysis. */
final class Unknowns {

    private final Map<String, Actor> actors = new LinkedHashMap<>();

    Actor add(Actor actor) {
        return actors.computeIfAbsent(actor.id(), k -> actor);
    }

    Actor get(String id) {
        return actors.get(id);
    }
}
