package org.tahaluf.analytics;

import org.tahaluf.core.Actor;

/** An actor in the graph with its bloc and the total weight of its ties. */
public record GraphNode(Actor actor, int bloc, double strength) {

    public String id() {
        return actor.id();
    }
}
