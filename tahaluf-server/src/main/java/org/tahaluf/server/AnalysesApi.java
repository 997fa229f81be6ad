package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;

/** The endpoints the analytics answer: the graph, dyads, hotspots and the brief of a window. */
final class AnalysesApi {

    private final Analyses analyses;
    private final Gazetteer gazetteer;

    private final ActorNames names;

    AnalysesApi(Analyses analyses, Gazetteer gazetteer, ActorNames names) {
        this.analyses = analyses;
        this.gazetteer = gazetteer;
        this.names = names;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/graph", ctx -> {
            LocalDate[] w = window(ctx);
            Json.send(ctx, analyses.graph(w[0], w[1]));
        });
        routes.get("/api/dyads/{a}/{b}", ctx -> {
            LocalDate[] w = window(ctx);
            String a = ctx.pathParam("a");
            String b = ctx.pathParam("b");
            ObjectNode dyad = analyses.dyad(a, b, w[0], w[1]);
            names.get(a).ifPresent(n -> dyad.putObject("a_name").put("en", n.nameEn()).put("ar", n.nameAr()));
            names.get(b).ifPresent(n -> dyad.putObject("b_name").put("en", n.nameEn()).put("ar", n.nameAr()));
            Json.send(ctx, dyad);
        });
        routes.get("/api/hotspots", ctx -> {
            LocalDate[] w = window(ctx);
            Json.send(ctx, located(analyses.hotspots(w[0], w[1])));
        });
        routes.get("/api/brief", ctx -> {
            LocalDate[] w = window(ctx);
            String lang = new Params(ctx).text("lang");
            if (lang != null && !lang.equals("en") && !lang.equals("ar")) {
                throw ApiException.badRequest("lang=" + lang + ": use en or ar");
            }
            Json.send(ctx, analyses.brief(w[0], w[1], lang == null ? "en" : lang));
        });
    }

    /** Hotspots with the coordinates and names of their place, and their actors' names, for the map. */
    private JsonNode located(JsonNode hotspots) {
        for (JsonNode h : hotspots) {
            if (h instanceof ObjectNode o && h.get("actors") instanceof com.fasterxml.jackson.databind.node.ArrayNode ids) {
                var actors = ApiJson.array();
                for (JsonNode id : ids) {
                    ObjectNode a = actors.addObject().put("id", id.asText());
                    names.get(id.asText()).ifPresent(n -> a.putObject("name").put("en", n.nameEn()).put("ar", n.nameAr()));
                }
                o.set("actors", actors);
            }
            if (h instanceof ObjectNode o && h.hasNonNull("place")) {
                gazetteer.place(h.get("place").asText()).ifPresent(p -> {
                    o.put("lat", p.lat()).put("lon", p.lon()).put("id", p.id());
                    o.putObject("name").put("en", p.nameEn()).put("ar", p.nameAr());
                });
            }
        }
        return hotspots;
    }

    private static LocalDate[] window(Context ctx) {
        Params p = new Params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        p.checkWindow(from, to);
        return new LocalDate[] {from, to};
    }
}
