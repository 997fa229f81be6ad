package org.tahaluf.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Sentence;
import org.tahaluf.store.DocumentSummary;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Partner;
import org.tahaluf.store.SearchHit;
import org.tahaluf.store.StoredDocument;
import org.tahaluf.store.StoredEvent;
import org.tahaluf.store.StoredRelation;

/** The JSON of the API's answers: the contract's field names, snake_case, dates as YYYY-MM-DD. */
final class ApiJson {

    static final ObjectMapper MAPPER = AnalysisJson.mapper();

    private ApiJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static ObjectNode actor(Actor a) {
        ObjectNode n = object().put("id", a.id());
        n.putObject("name").put("en", a.nameEn()).put("ar", a.nameAr());
        return n.put("kind", a.kind().code()).put("country", a.country())
                .put("sector", a.sector() == null ? null : a.sector().name()).put("wikidata", a.wikidata())
                .put("known", a.known());
    }

    static ObjectNode event(StoredEvent stored) {
        Event e = stored.event();
        ObjectNode n = object().put("id", stored.key()).put("document", stored.documentId())
                .put("event", e.id()).put("day", date(stored.day())).put("type", e.type().name())
                .put("quad", e.type().quadClass().name().toLowerCase(java.util.Locale.ROOT)).put("mode", e.mode())
                .put("source", e.source()).put("target", e.target()).put("sign", e.sign())
                .put("modality", e.modality().code())
                .put("speaker", e.attribution() == null ? null : e.attribution().speaker())
                .put("speaker_text", e.attribution() == null ? null : e.attribution().speakerText())
                .put("cue", e.attribution() == null ? null : e.attribution().cue())
                .put("location", e.location()).put("location_text", e.locationText())
                .put("time_text", e.time() == null ? null : e.time().text())
                .put("sentence", e.sentence()).put("confidence", e.confidence()).put("copy_of", stored.duplicateOf());
        if (e.trigger() != null) {
            n.putObject("trigger").put("start", e.trigger().start()).put("end", e.trigger().end())
                    .put("text", e.triggerText());
        }
        return n;
    }

    /** An event with what it rests on: the sentence and the article; the names of its actors when known. */
    static ObjectNode evidence(Evidence ev, ActorNames names) {
        ObjectNode n = event(ev.event()).put("sentence_text", ev.sentence());
        Event e = ev.event().event();
        name(n, "source_name", names.get(e.source()));
        name(n, "target_name", names.get(e.target()));
        if (e.attribution() != null) {
            name(n, "speaker_name", names.get(e.attribution().speaker()));
        }
        n.putObject("article").put("id", ev.event().documentId()).put("title", ev.title()).put("source", ev.source())
                .put("url", ev.url()).put("published", date(ev.published())).put("language", ev.language());
        return n;
    }

    private static void name(ObjectNode n, String field, java.util.Optional<Actor> actor) {
        actor.ifPresent(a -> n.putObject(field).put("en", a.nameEn()).put("ar", a.nameAr()));
    }

    static ObjectNode partner(Partner p) {
        ObjectNode n = object();
        n.set("actor", actor(p.other()));
        return n.put("cooperation", p.cooperation()).put("conflict", p.conflict()).put("neutral", p.neutral())
                .put("sign", p.sign()).put("first", date(p.first())).put("last", date(p.last()));
    }

    static ObjectNode relation(StoredRelation r) {
        return object().put("document", r.documentId()).put("source", r.source()).put("target", r.target())
                .put("kind", r.kind().code()).put("sentence", r.sentence()).put("sentence_text", r.sentenceText());
    }

    static ObjectNode documentSummary(DocumentSummary d) {
        return object().put("id", d.id()).put("title", d.title()).put("language", d.language())
                .put("published", date(d.published())).put("source", d.source()).put("copy_of", d.duplicateOf())
                .put("events", d.events());
    }

    static ObjectNode searchHit(SearchHit h) {
        return object().put("id", h.documentId()).put("title", h.title()).put("language", h.language())
                .put("published", date(h.published())).put("snippet", h.snippet());
    }

    /** An article for the reader: its text and, as character offsets into it, sentences, mentions and events. */
    static ObjectNode document(StoredDocument d) {
        var doc = d.document();
        ObjectNode n = object().put("id", doc.id()).put("title", doc.title()).put("language", doc.language().code())
                .put("published", date(doc.published())).put("source", doc.source()).put("author", doc.author())
                .put("url", doc.url()).put("copy_of", d.duplicateOf()).put("text", doc.text());
        ArrayNode sentences = n.putArray("sentences");
        for (Sentence s : d.sentences()) {
            sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end());
        }
        ArrayNode actors = n.putArray("actors");
        d.actors().forEach(a -> actors.add(actor(a)));
        ArrayNode mentions = n.putArray("mentions");
        for (Mention m : d.mentions()) {
            mentions.addObject().put("actor", m.actorId()).put("sentence", m.sentence()).put("start", m.start())
                    .put("end", m.end());
        }
        ArrayNode events = n.putArray("events");
        d.events().forEach(e -> events.add(event(e)));
        return n;
    }
}
