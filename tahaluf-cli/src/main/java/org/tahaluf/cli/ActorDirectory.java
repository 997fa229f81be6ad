package org.tahaluf.cli;

import java.util.HashMap;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.store.Store;

/** Every actor of a store by id, read once: exports name each side of each event. */
final class ActorDirectory {

    private final Map<String, Actor> byId = new HashMap<>();

    ActorDirectory(Store store) {
        store.actors(null, 0).forEach(a -> byId.put(a.actor().id(), a.actor()));
    }

    Actor get(String id) {
        return id == null ? null : byId.get(id);
    }
}
