package org.tahaluf.store;

/** How many events are located at one place (an actor id of kind location), by sign. */
public record PlaceCount(String place, long events, long cooperation, long conflict) {
}
