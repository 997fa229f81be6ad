package org.tahaluf.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tahaluf.core.Actor;

/**
 * The JSON of the analytics: the graph exactly as the contract fixes it (shared by {@code tahaluf
 * graph} and {@code GET /api/graph}), briefs and series with snake_case field names.
 */
public final class AnalyticsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AnalyticsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {"nodes": [{id, name: {en, ar}, kind, bloc}], "edges": [{source, target, sign, weight, cooperation, conflict, ambivalent, events}]} and more. */
    public static ObjectNode graph(AllianceGraph g) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("window").put("from", g.window().from() == null ? null : g.window().from().toString())
                .put("to", g.window().to() == null ? null : g.window().to().toString());
        ArrayNode nodes = root.putArray("nodes");
        for (GraphNode n : g.nodes()) {
            Actor a = n.actor();
            ObjectNode o = nodes.addObject().put("id", a.id());
            o.putObject("name").put("en", a.nameEn()).put("ar", a.nameAr());
            o.put("kind", a.kind().code()).put("country", a.country()).put("bloc", n.bloc()).put("strength", round(n.strength()));
        }
        ArrayNode edges = root.putArray("edges");
        for (GraphEdge e : g.edges()) {
            ObjectNode o = edges.addObject().put("source", e.source()).put("target", e.target()).put("sign", e.sign())
                    .put("weight", round(e.weight())).put("cooperation", round(e.cooperation()))
                    .put("conflict", round(e.conflict())).put("ambivalent", e.ambivalent());
            e.events().forEach(o.putArray("events")::add);
        }
        ArrayNode triads = root.putArray("unbalanced_triads");
        for (Triad t : g.unbalanced()) {
            triads.addObject().put("a", t.a()).put("b", t.b()).put("c", t.c()).put("ab", t.ab()).put("bc", t.bc()).put("ca", t.ca());
        }
        root.set("brokers", MAPPER.valueToTree(g.brokers()));
        return root;
    }

    public static ObjectNode brief(Brief b) {
        ObjectNode root = MAPPER.valueToTree(b);
        root.putObject("window").put("from", b.window().from() == null ? null : b.window().from().toString())
                .put("to", b.window().to() == null ? null : b.window().to().toString());
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
