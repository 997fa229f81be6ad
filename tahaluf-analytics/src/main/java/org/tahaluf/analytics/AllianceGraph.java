package org.tahaluf.analytics;

import java.util.List;
import java.util.Optional;

/**
 * The alliance system of a window: actors, signed weighted edges, blocs, the triads that break
 * structural balance, and the brokers between blocs.
 */
public record AllianceGraph(Window window, List<GraphNode> nodes, List<GraphEdge> edges, List<Triad> unbalanced,
                            List<Broker> brokers) {

    public AllianceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        unbalanced = List.copyOf(unbalanced);
        brokers = List.copyOf(brokers);
    }

    public Optional<GraphEdge> edge(String a, String b) {
        return edges.stream().filter(e -> e.touches(a) && e.other(a).equals(b)).findFirst();
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The members of one bloc, strongest first. */
    public List<GraphNode> bloc(int bloc) {
        return nodes.stream().filter(n -> n.bloc() == bloc).toList();
    }
}
