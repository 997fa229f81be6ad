package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tahaluf.core.RelationKind;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoredRelation;
import org.tahaluf.store.StoredThreat;

/** What the store holds for one window, read once: events with their evidence, threats, mediations. */
record WindowData(Window window, List<Evidence> events, List<StoredThreat> threats,
                  Map<String, Set<String>> mediations) {

    static WindowData read(Store store, Window window, Folding folding, Map<String, org.tahaluf.core.Actor> actors) {
        List<Evidence> events = new ArrayList<>();
        store.forEachEvidence(EventQuery.all().window(window.from(), window.to()), events::add);
        List<StoredThreat> threats = new ArrayList<>();
        store.forEachThreat(window.from(), window.to(), threats::add);
        return new WindowData(window, events, threats,
                mediations(store.relations(RelationKind.MEDIATES, window.from(), window.to()), folding, actors));
    }

    /** Mediator → the parties it mediates between: the ties a sentence states, grouped by mediator and sentence. */
    private static Map<String, Set<String>> mediations(List<StoredRelation> ties, Folding folding,
                                                       Map<String, org.tahaluf.core.Actor> actors) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (StoredRelation r : ties) {
            out.computeIfAbsent(folding.nodeOf(r.source(), actors), k -> new TreeSet<>())
                    .add(folding.nodeOf(r.target(), actors));
        }
        return out;
    }
}
