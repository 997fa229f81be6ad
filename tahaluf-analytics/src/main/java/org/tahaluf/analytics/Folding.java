package org.tahaluf.analytics;

import java.util.Map;
import org.tahaluf.core.Actor;

/**
 * Which node of the graph an actor counts for. At the state level (the default) a state's organs
 * and officials count for the state — the US Army and the US envoy are the United States — while
 * groups, peoples and persons without a state office stay themselves.
 */
public enum Folding {
    STATE, ACTOR;

    String nodeOf(String actorId, Map<String, Actor> actors) {
        if (this == ACTOR) {
            return actorId;
        }
        Actor a = actors.get(actorId);
        if (a == null) {
            return actorId;
        }
        String state = a.stateId();
        return state != null && actors.containsKey(state) ? state : actorId;
    }
}
