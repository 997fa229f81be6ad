package org.tahaluf.analytics;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.store.Store;

/**
 * The store's actors by id, read once and again only when more have been stored. Every graph,
 * dyad and brief needs them all to fold organs into their state, and reading 23,578 actors of the
 * bulk corpus took 55–260 ms per answer; counting them takes one. Stored actors are never changed or
 * removed ({@link Store#actorCount}), so an unchanged count means an unchanged map. Safe to share
 * between threads: readers see one whole map or the next.
 */
final class KnownActors {

    private record Snapshot(Map<String, Actor> byId) {
    }

    private final Store store;
    private volatile Snapshot last;

    KnownActors(Store store) {
        this.store = store;
    }

    /** Every stored actor by id; the caller must not change it. */
    Map<String, Actor> byId() {
        long stored = store.actorCount();
        Snapshot known = last;
        if (known != null && known.byId().size() == stored) {
            return known.byId();
        }
        // sized by what was read, not by the count: actors stored in between make the next call read again
        List<Actor> actors = store.allActors();
        Map<String, Actor> byId = new HashMap<>(actors.size() * 2);
        actors.forEach(a -> byId.put(a.id(), a));
        Map<String, Actor> frozen = Collections.unmodifiableMap(byId);
        last = new Snapshot(frozen);
        return frozen;
    }
}
