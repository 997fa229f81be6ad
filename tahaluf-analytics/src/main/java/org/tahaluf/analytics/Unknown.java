package org.tahaluf.analytics;

import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;

/** Stands in for an actor id the store has no description of (it should not happen; it must not break a map). */
final class Unknown {

    private Unknown() {
    }

    static Actor actor(String id) {
        return new Actor(id, id, null, ActorKind.ORGANIZATION, null, null, null, false);
    }
}
