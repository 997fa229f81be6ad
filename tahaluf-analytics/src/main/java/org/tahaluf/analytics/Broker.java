package org.tahaluf.analytics;

import java.util.List;

/**
 * An actor between blocs: its betweenness on the cooperation graph, the blocs it cooperates with,
 * and the parties it is said to mediate between.
 */
public record Broker(String actor, double betweenness, List<Integer> blocs, List<String> mediates) {

    public Broker {
        blocs = List.copyOf(blocs);
        mediates = List.copyOf(mediates);
    }
}
