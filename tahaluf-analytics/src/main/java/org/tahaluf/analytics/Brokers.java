package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Who sits between blocs: actors that cooperate with more than one bloc, ranked by betweenness
 * centrality on the cooperation graph (JGraphT; a stronger tie is a shorter path), and actors the
 * articles say mediate.
 */
final class Brokers {

    private static final int LIMIT = 10;

    private Brokers() {
    }

    static List<Broker> find(List<GraphEdge> edges, Map<String, Integer> blocs, Map<String, Set<String>> mediations) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> cooperation = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Set<Integer>> touches = new TreeMap<>();
        for (GraphEdge e : edges) {
            if (e.sign() > 0) {
                cooperation.addVertex(e.source());
                cooperation.addVertex(e.target());
                cooperation.setEdgeWeight(cooperation.addEdge(e.source(), e.target()), 1.0 / e.net());
                touches.computeIfAbsent(e.source(), k -> new TreeSet<>()).add(blocs.get(e.target()));
                touches.computeIfAbsent(e.target(), k -> new TreeSet<>()).add(blocs.get(e.source()));
            }
        }
        Map<String, Double> betweenness = cooperation.vertexSet().isEmpty()
                ? Map.of() : new BetweennessCentrality<>(cooperation, true).getScores();
        Set<String> candidates = new TreeSet<>(mediations.keySet());
        touches.forEach((actor, reached) -> {
            Set<Integer> others = new TreeSet<>(reached);
            others.add(blocs.get(actor));
            if (others.size() > 1 && betweenness.getOrDefault(actor, 0.0) > 0) {
                candidates.add(actor);
            }
        });
        List<Broker> out = new ArrayList<>();
        for (String actor : candidates) {
            Set<Integer> reached = new TreeSet<>(touches.getOrDefault(actor, Set.of()));
            out.add(new Broker(actor, betweenness.getOrDefault(actor, 0.0), new ArrayList<>(reached),
                    new ArrayList<>(mediations.getOrDefault(actor, Set.of()))));
        }
        out.sort(Comparator.comparingInt((Broker b) -> -b.mediates().size())
                .thenComparingDouble(b -> -b.betweenness()).thenComparing(Broker::actor));
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }
}
