package org.tahaluf.store;

import org.tahaluf.core.Actor;

/** An actor with how much the store says about it. */
public record ActorSummary(Actor actor, long documents, long mentions, long events) {
}
