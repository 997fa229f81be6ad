package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.tahaluf.core.Modality;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.StoredEvent;
import org.tahaluf.store.Store;

/**
 * A stand-in for the analytics module until it is merged: plain event counts per pair, no blocs,
 * no weighting, no shift detection. It answers in the same JSON shapes so the web app can be
 * built and tested; {@code tahaluf-analytics} replaces it.
 */
public final class InterimAnalyses implements Analyses {

    private final Store store;

    public InterimAnalyses(Store store) {
        this.store = store;
    }

    @Override
    public ObjectNode graph(LocalDate from, LocalDate to) {
        Map<String, long[]> pairs = new LinkedHashMap<>();
        Map<String, TreeSet<String>> eventsOf = new LinkedHashMap<>();
        TreeSet<String> actors = new TreeSet<>();
        for (StoredEvent e : store.events(EventQuery.all().window(from, to))) {
            String s = e.event().source();
            String t = e.event().target();
            if (t == null || s.equals(t) || e.event().modality() == Modality.NEGATED) {
                continue;
            }
            String key = s.compareTo(t) < 0 ? s + "\t" + t : t + "\t" + s;
            long[] n = pairs.computeIfAbsent(key, k -> new long[2]);
            if (e.event().sign() > 0) {
                n[0]++;
            } else if (e.event().sign() < 0) {
                n[1]++;
            }
            eventsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(e.key());
            actors.add(s);
            actors.add(t);
        }
        ObjectNode out = ApiJson.object();
        ArrayNode nodes = out.putArray("nodes");
        for (String id : actors) {
            store.actor(id).ifPresent(a -> {
                ObjectNode n = nodes.addObject().put("id", a.id());
                n.putObject("name").put("en", a.nameEn()).put("ar", a.nameAr());
                n.put("kind", a.kind().code()).put("country", a.country()).put("bloc", 0);
            });
        }
        ArrayNode edges = out.putArray("edges");
        pairs.forEach((key, n) -> {
            String[] ab = key.split("\t");
            ObjectNode edge = edges.addObject().put("source", ab[0]).put("target", ab[1])
                    .put("sign", Long.signum(n[0] - n[1])).put("weight", n[0] + n[1]).put("cooperation", n[0])
                    .put("conflict", n[1]).put("ambivalent", n[0] > 0 && n[1] > 0);
            ArrayNode ids = edge.putArray("events");
            eventsOf.get(key).forEach(ids::add);
        });
        return out;
    }

    @Override
    public ObjectNode dyad(String a, String b, LocalDate from, LocalDate to) {
        ObjectNode out = ApiJson.object().put("a", a).put("b", b);
        out.set("points", ReadApi.monthly(store.events(EventQuery.all().between(a, b).window(from, to))));
        out.putArray("shifts");
        return out;
    }

    @Override
    public JsonNode hotspots(LocalDate from, LocalDate to) {
        ArrayNode out = ApiJson.array();
        store.placeCounts(from, to).forEach(c -> out.addObject().put("place", c.place()).put("violent", c.conflict())
                .put("events", c.events()).putNull("trend"));
        return out;
    }

    @Override
    public ObjectNode brief(LocalDate from, LocalDate to, String lang) {
        var stats = store.stats();
        String markdown = "# Brief\n\n" + stats.documents() + " articles, " + stats.events() + " events.\n";
        return ApiJson.object().put("markdown", markdown);
    }
}
