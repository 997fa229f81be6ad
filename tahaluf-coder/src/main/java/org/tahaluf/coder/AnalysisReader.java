package org.tahaluf.coder;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Attribution;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Threat;
import org.tahaluf.core.TimeRef;
import org.tahaluf.core.Trend;

/**
 * Reads an analysis object of the contract back into the domain's records: what {@link AnalysisJson}
 * writes, so analyses made elsewhere (the Spark job) can be stored. The object carries no text, so
 * the document's text is rebuilt from its sentences at their offsets, white space between them;
 * every offset keeps pointing at the same words.
 */
public final class AnalysisReader {

    private AnalysisReader() {
    }

    /** The analysis of a contract object; a missing or mistyped required field is an {@link IllegalArgumentException}. */
    public static Analysis read(JsonNode root) {
        if (!Analysis.SCHEMA.equals(text(root, "schema"))) {
            throw new IllegalArgumentException("not a " + Analysis.SCHEMA + " object");
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : array(root, "sentences")) {
            sentences.add(new Sentence(integer(s, "index"), integer(s, "start"), integer(s, "end"), text(s, "text"), List.of(),
                    s.path("headline").asBoolean(false)));
        }
        Document document = document(required(root, "document"), textOf(sentences));
        List<Actor> actors = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (JsonNode a : array(root, "actors")) {
            Actor actor = actor(a);
            actors.add(actor);
            List<Mention> list = new ArrayList<>();
            for (JsonNode m : array(a, "mentions")) {
                list.add(new Mention(actor.id(), integer(m, "sentence"), integer(m, "start"), integer(m, "end"), text(m, "text")));
            }
            mentions.put(actor.id(), list);
        }
        List<Event> events = new ArrayList<>();
        array(root, "events").forEach(e -> events.add(event(e)));
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : array(root, "relations")) {
            relations.add(new Relation(text(r, "source"), text(r, "target"), RelationKind.fromCode(text(r, "kind")),
                    integer(r, "sentence"), new Span(r.path("start").asInt(0), r.path("end").asInt(0))));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : array(root, "claims")) {
            List<String> ids = new ArrayList<>();
            c.path("events").forEach(id -> ids.add(id.asText()));
            claims.add(new Claim(nullable(c, "speaker"), nullable(c, "speaker_text"), nullable(c, "cue"), integer(c, "sentence"),
                    new Span(c.path("start").asInt(0), c.path("end").asInt(0)), text(c, "text"), ids));
        }
        List<Threat> threats = new ArrayList<>();
        for (JsonNode t : array(root, "threats")) {
            String trend = nullable(t, "trend");
            threats.add(new Threat(text(t, "actor"), nullable(t, "location"), nullable(t, "location_text"),
                    trend == null ? null : Trend.fromCode(trend), integer(t, "sentence"), nullable(t, "text")));
        }
        return new Analysis(document, sentences, actors, mentions, events, relations, claims, threats);
    }

    /** The text the sentences were cut from, up to white space: each sentence at its offsets, spaces between. */
    static String textOf(List<Sentence> sentences) {
        int length = sentences.stream().mapToInt(Sentence::end).max().orElse(0);
        char[] text = new char[length];
        Arrays.fill(text, ' ');
        for (Sentence s : sentences) {
            if (s.text().length() != s.end() - s.start()) {
                throw new IllegalArgumentException("sentence " + s.index() + ": its text does not fit its offsets");
            }
            s.text().getChars(0, s.text().length(), text, s.start());
        }
        return new String(text);
    }

    private static Document document(JsonNode d, String text) {
        String published = nullable(d, "published");
        return new Document(text(d, "id"), nullable(d, "title"), text, Language.fromCode(text(d, "language")),
                published == null ? null : LocalDate.parse(published.substring(0, Math.min(10, published.length()))),
                nullable(d, "source"), nullable(d, "author"), nullable(d, "url"));
    }

    private static Actor actor(JsonNode a) {
        String sector = nullable(a, "sector");
        return new Actor(text(a, "id"), a.path("name").path("en").isTextual() ? a.path("name").path("en").asText() : null,
                a.path("name").path("ar").isTextual() ? a.path("name").path("ar").asText() : null,
                ActorKind.fromCode(text(a, "kind")), nullable(a, "country"), sector == null ? null : Sector.fromCode(sector),
                nullable(a, "wikidata"), a.path("known").asBoolean(false));
    }

    private static Event event(JsonNode e) {
        List<String> context = new ArrayList<>();
        e.path("context").forEach(c -> context.add(c.asText()));
        JsonNode at = e.path("attribution");
        Attribution attribution = at.isObject()
                ? new Attribution(nullable(at, "speaker"), nullable(at, "speaker_text"), nullable(at, "cue")) : null;
        JsonNode t = e.path("time");
        TimeRef time = t.isObject() ? new TimeRef(nullable(t, "text"), date(nullable(t, "start")), date(nullable(t, "end"))) : null;
        JsonNode trigger = e.path("trigger");
        Span span = trigger.isObject() ? new Span(integer(trigger, "start"), integer(trigger, "end")) : null;
        return new Event(text(e, "id"), EventType.fromCode(text(e, "type")), nullable(e, "mode"), context, text(e, "source"),
                nullable(e, "target"), nullable(e, "location"), nullable(e, "location_text"), integer(e, "sign"),
                Modality.fromCode(text(e, "modality")), attribution, time, integer(e, "sentence"), span,
                trigger.isObject() ? nullable(trigger, "text") : null, e.path("confidence").asDouble(0));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v;
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a list");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        return required(n, field).asText();
    }

    private static String nullable(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a whole number");
        }
        return v.asInt();
    }
}
