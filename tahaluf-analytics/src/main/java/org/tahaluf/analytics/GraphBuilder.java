package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahaluf.core.Actor;

/**
 * Builds the alliance graph from signals: sums each pair's weighted cooperation and conflict,
 * finds blocs on the whole graph, then keeps the strongest actors (so a month of news is a map,
 * not a hairball) for balance and brokers.
 */
final class GraphBuilder {

    /** How many event ids an edge lists: the strongest; the dyad's timeline has them all. */
    static final int EVENTS_PER_EDGE = 100;

    private GraphBuilder() {
    }

    static AllianceGraph build(Window window, List<Signal> signals, Map<String, Actor> actors,
                               Map<String, Set<String>> mediations, int maxNodes) {
        List<GraphEdge> edges = edges(signals);
        Map<String, Double> strength = new HashMap<>();
        for (GraphEdge e : edges) {
            strength.merge(e.source(), e.weight(), Double::sum);
            strength.merge(e.target(), e.weight(), Double::sum);
        }
        List<String> all = new ArrayList<>(strength.keySet());
        Map<String, Integer> blocs = Blocs.detect(all, edges);
        all.sort(Comparator.comparingDouble((String n) -> -strength.get(n)).thenComparing(n -> n));
        Set<String> kept = new HashSet<>(maxNodes > 0 && all.size() > maxNodes ? all.subList(0, maxNodes) : all);
        List<GraphEdge> keptEdges = edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList();
        List<GraphNode> nodes = new ArrayList<>();
        for (String id : all) {
            if (kept.contains(id)) {
                Actor a = actors.get(id);
                nodes.add(new GraphNode(a != null ? a : Unknown.actor(id), blocs.get(id), strength.get(id)));
            }
        }
        return new AllianceGraph(window, nodes, keptEdges, Balance.unbalanced(keptEdges),
                Brokers.find(keptEdges, blocs, mediations));
    }

    /** One edge per pair, strongest first, listing its strongest events. */
    static List<GraphEdge> edges(List<Signal> signals) {
        Map<String, List<Signal>> byPair = new LinkedHashMap<>();
        for (Signal s : signals) {
            byPair.computeIfAbsent(s.pairKey(), k -> new ArrayList<>()).add(s);
        }
        List<GraphEdge> out = new ArrayList<>();
        byPair.forEach((key, list) -> {
            double cooperation = list.stream().filter(s -> s.sign() > 0).mapToDouble(Signal::weight).sum();
            double conflict = list.stream().filter(s -> s.sign() < 0).mapToDouble(Signal::weight).sum();
            if (cooperation + conflict <= 0) {
                return; // neutral contact only: no alliance evidence either way
            }
            List<String> events = list.stream().filter(s -> s.sign() != 0)
                    .sorted(Comparator.comparingDouble((Signal s) -> -s.weight()).thenComparing(Signal::eventKey))
                    .limit(EVENTS_PER_EDGE).map(Signal::eventKey).toList();
            String[] ends = Pairs.ends(key);
            out.add(new GraphEdge(ends[0], ends[1], cooperation, conflict, events));
        });
        out.sort(Comparator.comparingDouble((GraphEdge e) -> -e.weight()).thenComparing(GraphEdge::source)
                .thenComparing(GraphEdge::target));
        return out;
    }
}
