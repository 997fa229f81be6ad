package org.tahaluf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Store;

/**
 * Events as PLOVER JSON Lines: one object per event with {@code id, date, actor, recipient, event,
 * mode, context, event_text, cite_info}, plus what PLOVER leaves out and Tahaluf knows: modality,
 * sign, speaker, the trigger words.
 */
final class PloverExport {

    private final Store store;
    private final ActorDirectory actors;
    private final ObjectMapper json = AnalysisJson.mapper();

    PloverExport(Store store) {
        this.store = store;
        this.actors = new ActorDirectory(store);
    }

    void write(EventQuery query, Writer out) {
        store.forEachEvidence(query, ev -> {
            Event e = ev.event().event();
            ObjectNode n = json.createObjectNode().put("id", ev.event().key())
                    .put("date", ev.event().day() == null ? null : ev.event().day().toString())
                    .put("event", e.type().name()).put("mode", e.mode());
            e.context().forEach(n.putArray("context")::add);
            n.set("actor", side(e.source()));
            n.set("recipient", side(e.target()));
            n.put("location", e.location()).put("location_text", e.locationText())
                    .put("modality", e.modality().code()).put("sign", e.sign())
                    .put("speaker", e.attribution() == null ? null : e.attribution().speaker())
                    .put("speaker_text", e.attribution() == null ? null : e.attribution().speakerText())
                    .put("trigger", e.triggerText()).put("event_text", ev.sentence()).put("confidence", e.confidence());
            n.putObject("cite_info").put("document_id", ev.event().documentId()).put("headline", ev.title())
                    .put("source", ev.source()).put("url", ev.url())
                    .put("published", ev.published() == null ? null : ev.published().toString())
                    .put("language", ev.language()).put("sentence", e.sentence()).put("copy_of", ev.event().duplicateOf());
            try {
                out.write(json.writeValueAsString(n));
                out.write('\n');
            } catch (JsonProcessingException e1) {
                throw new IllegalStateException(e1);
            } catch (IOException e1) {
                throw new UncheckedIOException(e1);
            }
        });
    }

    private ObjectNode side(String id) {
        if (id == null) {
            return null;
        }
        Actor a = actors.get(id);
        ObjectNode n = json.createObjectNode().put("id", id);
        if (a != null) {
            n.put("name", a.nameEn()).put("name_ar", a.nameAr()).put("kind", a.kind().code()).put("country", a.country())
                    .put("sector", a.sector() == null ? null : a.sector().name());
        }
        return n;
    }
}
