package org.tahaluf.store;

/** Counts of what a store holds ({@code tahaluf stats}); duplicates are near-duplicate documents. */
public record Stats(long documents, long duplicates, long actors, long events, long claims, long threats) {
}
