package org.tahaluf.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.Place;

/** The lexicon's places as the map needs them: coordinates, and every place inside a place. */
final class Gazetteer {

    private final Map<String, Place> places;
    private final Map<String, List<String>> children = new HashMap<>();

    Gazetteer(Lexicon lexicon) {
        this.places = lexicon.places();
        for (Place p : places.values()) {
            if (p.parent() != null && !p.parent().equals(p.id())) {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p.id());
            }
        }
    }

    Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** The place and every place whose chain of parents leads to it (Syria: Raqqa, Deir ez-Zor …). */
    Set<String> within(String id) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }
}
