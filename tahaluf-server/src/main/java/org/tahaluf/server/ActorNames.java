package org.tahaluf.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tahaluf.core.Actor;
import org.tahaluf.store.Store;

/**
 * Actor descriptions by id, remembered once read: the store never changes an actor once stored
 * (the first description wins), so the cache cannot go stale. Bounded to keep memory flat.
 */
final class ActorNames {

    private static final int MAX = 50_000;

    private final Store store;
    private final Map<String, Optional<Actor>> known = new ConcurrentHashMap<>();

    ActorNames(Store store) {
        this.store = store;
    }

    Optional<Actor> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Actor> cached = known.get(id);
        if (cached != null) {
            return cached;
        }
        Optional<Actor> actor = store.actor(id);
        if (actor.isPresent() && known.size() < MAX) {
            known.put(id, actor);
        }
        return actor;
    }
}
