package org.tahaluf.analytics;

import java.util.List;

/**
 * The evidence between two actors in a window: weighted cooperation and conflict, and the events.
 * The sign is that of their balance; a dyad is ambivalent when both sides are substantial.
 */
public record GraphEdge(String source, String target, double cooperation, double conflict, List<String> events) {

    /** The weaker side must reach this share of the stronger one for the dyad to be ambivalent. */
    static final double AMBIVALENCE_SHARE = 0.3;
    /** … and this much evidence: about one asserted talk. */
    static final double AMBIVALENCE_FLOOR = 2.0;

    public GraphEdge {
        events = List.copyOf(events);
    }

    public int sign() {
        return (int) Math.signum(cooperation - conflict);
    }

    public double weight() {
        return cooperation + conflict;
    }

    /** Cooperation minus conflict: the edge's weight in bloc detection. */
    public double net() {
        return cooperation - conflict;
    }

    public boolean ambivalent() {
        double weak = Math.min(cooperation, conflict);
        return weak >= AMBIVALENCE_FLOOR && weak >= AMBIVALENCE_SHARE * Math.max(cooperation, conflict);
    }

    public boolean touches(String node) {
        return source.equals(node) || target.equals(node);
    }

    public String other(String node) {
        return source.equals(node) ? target : source;
    }
}
