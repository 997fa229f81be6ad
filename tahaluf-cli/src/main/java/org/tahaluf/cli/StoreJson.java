package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.store.Evidence;

/** The JSON of what the store commands print: actors and events with their evidence. */
final class StoreJson {

    private StoreJson() {
    }

    static ObjectNode actor(Actor a) {
        ObjectNode n = AnalysisJson.mapper().createObjectNode().put("id", a.id());
        n.putObject("name").put("en", a.nameEn()).put("ar", a.nameAr());
        return n.put("kind", a.kind().code()).put("country", a.country())
                .put("sector", a.sector() == null ? null : a.sector().name()).put("wikidata", a.wikidata())
                .put("known", a.known());
    }

    static ObjectNode evidence(Evidence ev) {
        Event e = ev.event().event();
        ObjectNode n = AnalysisJson.mapper().createObjectNode()
                .put("id", ev.event().key()).put("day", ev.event().day() == null ? null : ev.event().day().toString())
                .put("type", e.type().name()).put("mode", e.mode()).put("source", e.source()).put("target", e.target())
                .put("sign", e.sign()).put("modality", e.modality().code())
                .put("speaker", e.attribution() == null ? null : e.attribution().speaker())
                .put("speaker_text", e.attribution() == null ? null : e.attribution().speakerText())
                .put("location", e.location()).put("location_text", e.locationText())
                .put("trigger", e.triggerText()).put("sentence", e.sentence()).put("sentence_text", ev.sentence());
        n.putObject("document").put("id", ev.event().documentId()).put("title", ev.title()).put("source", ev.source())
                .put("url", ev.url()).put("published", ev.published() == null ? null : ev.published().toString())
                .put("language", ev.language()).put("copy_of", ev.event().duplicateOf());
        return n;
    }

    /** "English name / Arabic name", or the id when the actor has no name. */
    static String name(Actor a) {
        String en = a.nameEn() == null ? "" : a.nameEn();
        String ar = a.nameAr() == null ? "" : a.nameAr();
        String both = en.isEmpty() || ar.isEmpty() ? en + ar : en + " / " + ar;
        return both.isEmpty() ? a.id() : both;
    }
}
