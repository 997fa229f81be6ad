package org.tahaluf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;

/**
 * Events as a table, one row each: POLECAT-like TSV (POLECAT's column names) or CSV (snake_case
 * names, RFC 4180 quoting). One list of columns serves both.
 */
final class EventTable {

    private record Column(String polecat, String csv, Function<Row, Object> value) {
    }

    /** One event with both of its actors looked up. */
    private record Row(Evidence ev, Event e, Actor actor, Actor recipient) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Event ID", "event_id", r -> r.ev().event().key()),
            new Column("Event Date", "date", r -> r.ev().event().day()),
            new Column("Event Type", "event_type", r -> r.e().type().name()),
            new Column("Event Mode", "mode", r -> r.e().mode()),
            new Column("Contexts", "context", r -> String.join(";", r.e().context())),
            new Column("Quad Code", "sign", r -> r.e().sign()),
            new Column("Modality", "modality", r -> r.e().modality().code()),
            new Column("Actor ID", "actor", r -> r.e().source()),
            new Column("Actor Name", "actor_name", r -> r.actor() == null ? null : r.actor().nameEn()),
            new Column("Actor Country", "actor_country", r -> r.actor() == null ? null : r.actor().country()),
            new Column("Actor Sector", "actor_sector", r -> sector(r.actor())),
            new Column("Recipient ID", "recipient", r -> r.e().target()),
            new Column("Recipient Name", "recipient_name", r -> r.recipient() == null ? null : r.recipient().nameEn()),
            new Column("Recipient Country", "recipient_country", r -> r.recipient() == null ? null : r.recipient().country()),
            new Column("Recipient Sector", "recipient_sector", r -> sector(r.recipient())),
            new Column("Placename", "location_text", r -> r.e().locationText()),
            new Column("Place ID", "location", r -> r.e().location()),
            new Column("Speaker", "speaker", r -> r.e().attribution() == null ? null : r.e().attribution().speaker()),
            new Column("Speaker Text", "speaker_text", r -> r.e().attribution() == null ? null : r.e().attribution().speakerText()),
            new Column("Story ID", "document_id", r -> r.ev().event().documentId()),
            new Column("Headline", "headline", r -> r.ev().title()),
            new Column("Publication Date", "published", r -> r.ev().published()),
            new Column("Source", "source", r -> r.ev().source()),
            new Column("URL", "url", r -> r.ev().url()),
            new Column("Language", "language", r -> r.ev().language()),
            new Column("Sentence", "sentence", r -> r.e().sentence()),
            new Column("Event Text", "event_text", r -> r.ev().sentence()),
            new Column("Copy Of", "copy_of", r -> r.ev().event().duplicateOf()));

    private final Store store;
    private final boolean polecat;
    private final char separator;
    private final UnaryOperator<String> escape;

    private EventTable(Store store, boolean polecat, char separator, UnaryOperator<String> escape) {
        this.store = store;
        this.polecat = polecat;
        this.separator = separator;
        this.escape = escape;
    }

    static EventTable polecat(Store store) {
        return new EventTable(store, true, '\t', v -> v.replaceAll("[\\t\\r\\n]+", " "));
    }

    static EventTable csv(Store store) {
        return new EventTable(store, false, ',', EventTable::quoteCsv);
    }

    void write(EventQuery query, Writer out) {
        ActorDirectory actors = new ActorDirectory(store);
        line(out, COLUMNS.stream().map(c -> polecat ? c.polecat() : c.csv()).toList());
        store.forEachEvidence(query, ev -> {
            Event e = ev.event().event();
            Row row = new Row(ev, e, actors.get(e.source()), actors.get(e.target()));
            line(out, COLUMNS.stream().map(c -> c.value().apply(row)).map(v -> v == null ? "" : v.toString()).toList());
        });
    }

    private void line(Writer out, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(separator);
                }
                out.write(escape.apply(values.get(i)));
            }
            out.write(polecat ? "\n" : "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sector(Actor a) {
        return a == null || a.sector() == null ? null : a.sector().name();
    }

    static String quoteCsv(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
