package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Blocs by signed community detection: correlation clustering by local search. The score of a
 * partition is the net weight (cooperation minus conflict) of the edges inside blocs, so allies
 * gather and adversaries part. Every actor starts alone; in a fixed order each moves to the bloc
 * (or back to being alone) where its net ties are strongest, until no move raises the score. Each
 * move raises it, so the search ends; the fixed order makes the answer the same on every run.
 * Blocs are numbered 1, 2, … by size, then by the weight of their ties.
 */
final class Blocs {

    private static final int MAX_PASSES = 100;
    private static final double EPSILON = 1e-9;

    private Blocs() {
    }

    /** Each node's bloc number. */
    static Map<String, Integer> detect(List<String> nodes, List<GraphEdge> edges) {
        Map<String, Map<String, Double>> net = new HashMap<>();
        for (GraphEdge e : edges) {
            net.computeIfAbsent(e.source(), k -> new HashMap<>()).merge(e.target(), e.net(), Double::sum);
            net.computeIfAbsent(e.target(), k -> new HashMap<>()).merge(e.source(), e.net(), Double::sum);
        }
        List<String> order = new ArrayList<>(nodes);
        order.sort(Comparator.comparingDouble((String n) -> -strength(net.get(n))).thenComparing(n -> n));
        Map<String, Integer> bloc = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            bloc.put(order.get(i), i);
        }
        int fresh = order.size();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean moved = false;
            for (String n : order) {
                Map<Integer, Double> affinity = new TreeMap<>();
                for (Map.Entry<String, Double> tie : net.getOrDefault(n, Map.of()).entrySet()) {
                    affinity.merge(bloc.get(tie.getKey()), tie.getValue(), Double::sum);
                }
                int current = bloc.get(n);
                double stay = affinity.getOrDefault(current, 0.0);
                int best = current;
                double bestAffinity = stay;
                for (Map.Entry<Integer, Double> a : affinity.entrySet()) {
                    if (a.getValue() > bestAffinity + EPSILON) {
                        best = a.getKey();
                        bestAffinity = a.getValue();
                    }
                }
                if (best == current && stay < -EPSILON && blocSize(bloc, current) > 1) {
                    best = fresh++; // better alone than among adversaries
                }
                if (best != current) {
                    bloc.put(n, best);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return renumber(bloc, net);
    }

    private static double strength(Map<String, Double> ties) {
        return ties == null ? 0 : ties.values().stream().mapToDouble(Math::abs).sum();
    }

    private static long blocSize(Map<String, Integer> bloc, int id) {
        return bloc.values().stream().filter(b -> b == id).count();
    }

    private static Map<String, Integer> renumber(Map<String, Integer> bloc, Map<String, Map<String, Double>> net) {
        Map<Integer, List<String>> members = new TreeMap<>();
        bloc.forEach((n, b) -> members.computeIfAbsent(b, k -> new ArrayList<>()).add(n));
        List<List<String>> groups = new ArrayList<>(members.values());
        groups.forEach(g -> g.sort(Comparator.naturalOrder()));
        groups.sort(Comparator.comparingInt((List<String> g) -> -g.size())
                .thenComparingDouble(g -> -g.stream().mapToDouble(n -> strength(net.get(n))).sum())
                .thenComparing(g -> g.get(0)));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String n : groups.get(i)) {
                out.put(n, i + 1);
            }
        }
        return out;
    }
}
