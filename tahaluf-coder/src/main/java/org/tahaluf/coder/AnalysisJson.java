package org.tahaluf.coder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Relation;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Threat;
import org.tahaluf.core.TimeRef;

/** The analysis as the contract's JSON object (schema {@code tahaluf.analysis/1}). */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Analysis.SCHEMA);
        root.set("document", document(a.document()));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : a.sentences()) {
            sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end())
                    .put("text", s.text()).put("headline", s.headline());
        }
        ArrayNode actors = root.putArray("actors");
        for (Actor actor : a.actors()) {
            actors.add(actor(actor, a.mentions().getOrDefault(actor.id(), List.of())));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) {
            events.add(event(e));
        }
        ArrayNode relations = root.putArray("relations");
        for (Relation r : a.relations()) {
            relations.addObject().put("source", r.source()).put("target", r.target()).put("kind", r.kind().code())
                    .put("sign", r.sign()).put("sentence", r.sentence())
                    .put("start", r.evidence().start()).put("end", r.evidence().end());
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : a.claims()) {
            ObjectNode n = claims.addObject();
            n.put("speaker", c.speaker()).put("speaker_text", c.speakerText()).put("cue", c.cue())
                    .put("sentence", c.sentence()).put("text", c.text())
                    .put("start", c.content().start()).put("end", c.content().end());
            ArrayNode ids = n.putArray("events");
            c.events().forEach(ids::add);
        }
        ArrayNode threats = root.putArray("threats");
        for (Threat t : a.threats()) {
            threats.addObject().put("actor", t.actor()).put("location", t.location())
                    .put("location_text", t.locationText()).put("trend", t.trend() == null ? null : t.trend().code())
                    .put("sentence", t.sentence()).put("text", t.text());
        }
        return root;
    }

    private static ObjectNode document(Document d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id()).put("title", d.title()).put("language", d.language().code())
                .put("published", d.published() == null ? null : d.published().toString())
                .put("source", d.source()).put("author", d.author()).put("url", d.url());
        return n;
    }

    private static ObjectNode actor(Actor a, List<Mention> mentions) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.putObject("name").put("en", a.nameEn()).put("ar", a.nameAr());
        n.put("kind", a.kind().code()).put("country", a.country())
                .put("sector", a.sector() == null ? null : a.sector().name())
                .put("wikidata", a.wikidata()).put("known", a.known());
        ArrayNode ms = n.putArray("mentions");
        for (Mention m : mentions) {
            ms.addObject().put("sentence", m.sentence()).put("start", m.start()).put("end", m.end()).put("text", m.text());
        }
        return n;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id()).put("type", e.type().name()).put("mode", e.mode());
        ArrayNode context = n.putArray("context");
        e.context().forEach(context::add);
        n.put("source", e.source()).put("target", e.target()).put("location", e.location())
                .put("location_text", e.locationText()).put("sign", e.sign()).put("modality", e.modality().code());
        if (e.attribution() == null) {
            n.putNull("attribution");
        } else {
            n.putObject("attribution").put("speaker", e.attribution().speaker())
                    .put("speaker_text", e.attribution().speakerText()).put("cue", e.attribution().cue());
        }
        TimeRef t = e.time();
        if (t == null) {
            n.putNull("time");
        } else {
            n.putObject("time").put("text", t.text()).put("start", t.start() == null ? null : t.start().toString())
                    .put("end", t.end() == null ? null : t.end().toString());
        }
        n.put("sentence", e.sentence());
        n.putObject("trigger").put("start", e.trigger().start()).put("end", e.trigger().end()).put("text", e.triggerText());
        n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return n;
    }
}
