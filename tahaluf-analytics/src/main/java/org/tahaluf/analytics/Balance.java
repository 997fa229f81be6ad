package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Structural balance: the triads of a signed graph, and those that break it. */
final class Balance {

    private Balance() {
    }

    /** Every triad whose three ties all have a sign, in a stable order. */
    static List<Triad> triads(List<GraphEdge> edges) {
        Map<String, Map<String, Integer>> sign = new HashMap<>();
        for (GraphEdge e : edges) {
            if (e.sign() != 0) {
                sign.computeIfAbsent(e.source(), k -> new HashMap<>()).put(e.target(), e.sign());
                sign.computeIfAbsent(e.target(), k -> new HashMap<>()).put(e.source(), e.sign());
            }
        }
        List<Triad> out = new ArrayList<>();
        for (String a : new TreeSet<>(sign.keySet())) {
            for (String b : new TreeSet<>(sign.get(a).keySet())) {
                if (b.compareTo(a) <= 0) {
                    continue;
                }
                for (String c : new TreeSet<>(sign.get(b).keySet())) {
                    Integer ca = sign.get(c).get(a);
                    if (c.compareTo(b) > 0 && ca != null) {
                        out.add(new Triad(a, b, c, sign.get(a).get(b), sign.get(b).get(c), ca));
                    }
                }
            }
        }
        return out;
    }

    static List<Triad> unbalanced(List<GraphEdge> edges) {
        return triads(edges).stream().filter(t -> !t.balanced()).toList();
    }
}
