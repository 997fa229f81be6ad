package org.tahaluf.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.tahaluf.lexicon.Fact;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.Place;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.PlaceCount;
import org.tahaluf.store.Stats;
import org.tahaluf.store.Store;

/** The read-only endpoints over the store: thin handlers, each one store query and its JSON. */
final class ReadApi {

    private static final int MAX_LIMIT = 5000;

    private final Store store;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final ActorNames names;
    private final Analyses analyses;

    ReadApi(Store store, Lexicon lexicon, Gazetteer gazetteer, Analyses analyses) {
        this.analyses = analyses;
        this.store = store;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.names = new ActorNames(store);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
        routes.get("/api/actors", this::actors);
        routes.get("/api/actors/{id}", this::actor);
        routes.get("/api/events", this::events);
        routes.get("/api/events/{key}", this::evidence);
        routes.get("/api/documents", this::documents);
        routes.get("/api/documents/{id}", this::document);
        routes.get("/api/search", this::search);
        routes.get("/api/places", this::places);
    }

    private void stats(Context ctx) {
        Stats s = store.stats();
        Json.send(ctx, ApiJson.object().put("documents", s.documents()).put("duplicates", s.duplicates())
                .put("actors", s.actors()).put("events", s.events()).put("claims", s.claims())
                .put("threats", s.threats()));
    }

    private void actors(Context ctx) {
        Params p = new Params(ctx);
        ArrayNode out = ApiJson.array();
        store.actors(p.text("q"), p.integer("limit", 50, 1, MAX_LIMIT)).forEach(s -> out.add(ApiJson.actor(s.actor())
                .put("documents", s.documents()).put("mentions", s.mentions()).put("events", s.events())));
        Json.send(ctx, out);
    }

    /** An actor's page: profile, dated roles (lexicon facts and stated ties), partners, events per month. */
    private void actor(Context ctx) {
        String id = ctx.pathParam("id");
        var actor = store.actor(id).orElseThrow(() -> ApiException.notFound("no actor " + id + " in the store"));
        ObjectNode out = ApiJson.object();
        out.set("actor", ApiJson.actor(actor));
        ArrayNode roles = out.putArray("roles");
        for (Fact f : lexicon.facts()) {
            if (f.subject().equals(id) || f.object().equals(id)) {
                ObjectNode role = roles.addObject().put("subject", f.subject()).put("relation", f.relation().code())
                        .put("object", f.object()).put("from", f.from() == null ? null : f.from().toString())
                        .put("to", f.to() == null ? null : f.to().toString()).put("note", f.note());
                role.set("subject_name", name(f.subject()));
                role.set("object_name", name(f.object()));
            }
        }
        ArrayNode ties = out.putArray("ties");
        store.relations(id).forEach(r -> {
            ObjectNode tie = ApiJson.relation(r);
            tie.set("source_name", name(r.source()));
            tie.set("target_name", name(r.target()));
            ties.add(tie);
        });
        ArrayNode partners = out.putArray("partners");
        store.partners(id).stream().limit(60).forEach(p -> partners.add(ApiJson.partner(p)));
        ArrayNode timeline = out.putArray("timeline");
        store.eventsPerMonth(id).forEach(m -> timeline.addObject().put("month", m.month())
                .put("cooperation", m.cooperation()).put("conflict", m.conflict()).put("neutral", m.neutral()));
        Json.send(ctx, out);
    }

    /** An actor's names in both languages, from the store or else the lexicon; the id when neither knows it. */
    private ObjectNode name(String actorId) {
        var actor = names.get(actorId).or(() -> lexicon.actor(actorId));
        return ApiJson.object().put("en", actor.map(a -> a.nameEn()).orElse(actorId))
                .put("ar", actor.map(a -> a.nameAr()).orElse(actorId));
    }

    private void events(Context ctx) {
        Params p = new Params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        p.checkWindow(from, to);
        EventQuery q = new EventQuery(p.text("actor"), p.text("other"), from, to, p.eventType("type"), p.sign("sign"),
                p.modality("modality"), false, p.integer("limit", 500, 1, MAX_LIMIT));
        if (q.other() != null && q.actor() == null) {
            throw ApiException.badRequest("other= needs actor= too");
        }
        if ("true".equals(p.text("fold")) && q.other() != null) {
            // as the graph counts them: each side with what folds into it (a state's government, army …)
            q = q.betweenGroups(analyses.members(q.actor()), analyses.members(q.other()));
        }
        String place = p.text("place");
        List<Evidence> found = place == null ? evidence(q) : store.eventsAt(gazetteer.within(place), q);
        ArrayNode out = ApiJson.array();
        found.forEach(e -> out.add(ApiJson.evidence(e, names)));
        Json.send(ctx, out);
    }

    private List<Evidence> evidence(EventQuery q) {
        List<Evidence> out = new java.util.ArrayList<>();
        store.forEachEvidence(q, out::add);
        return out;
    }

    private void evidence(Context ctx) {
        String key = ctx.pathParam("key");
        Evidence e = store.evidence(key).orElseThrow(() -> ApiException.notFound("no event " + key
                + " (an event is named documentId:eventId)"));
        Json.send(ctx, ApiJson.evidence(e, names));
    }

    private void documents(Context ctx) {
        Params p = new Params(ctx);
        ArrayNode out = ApiJson.array();
        store.documents(p.integer("offset", 0, 0, Integer.MAX_VALUE), p.integer("limit", 50, 1, 500))
                .forEach(d -> out.add(ApiJson.documentSummary(d)));
        Json.send(ctx, out);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        Json.send(ctx, ApiJson.document(store.document(id)
                .orElseThrow(() -> ApiException.notFound("no document " + id + " in the store"))));
    }

    private void search(Context ctx) {
        Params p = new Params(ctx);
        String q = p.text("q");
        if (q == null) {
            throw ApiException.badRequest("q= is required: the words to search for");
        }
        if (q.length() > 500) {
            throw ApiException.badRequest("q= is longer than 500 characters");
        }
        ArrayNode out = ApiJson.array();
        store.search(q, p.integer("limit", 20, 1, 200)).forEach(h -> out.add(ApiJson.searchHit(h)));
        Json.send(ctx, out);
    }

    /** Places with located events in the window, with their coordinates from the gazetteer. */
    private void places(Context ctx) {
        Params p = new Params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        p.checkWindow(from, to);
        ArrayNode out = ApiJson.array();
        for (PlaceCount c : store.placeCounts(from, to)) {
            Place place = gazetteer.place(c.place()).orElse(null);
            if (place == null) {
                continue; // a location the coder built from the text, with no coordinates
            }
            ObjectNode n = out.addObject().put("id", place.id()).put("kind", place.kind())
                    .put("country", place.country()).put("lat", place.lat()).put("lon", place.lon());
            n.putObject("name").put("en", place.nameEn()).put("ar", place.nameAr());
            n.put("events", c.events()).put("cooperation", c.cooperation()).put("conflict", c.conflict());
        }
        Json.send(ctx, out);
    }

}
