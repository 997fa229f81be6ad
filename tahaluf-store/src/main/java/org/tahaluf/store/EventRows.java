package org.tahaluf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tahaluf.core.Attribution;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Span;
import org.tahaluf.core.TimeRef;

/** Reads stored events back into the domain's records. */
final class EventRows {

    /** The columns {@link #read} expects, from {@code events e JOIN documents d}. */
    static final String COLUMNS = """
            e.document_id, e.event_id, e.type, e.mode, e.context, e.source, e.target, e.location, e.location_text,
            e.sign, e.modality, e.speaker, e.speaker_text, e.cue, e.time_text, e.time_start, e.time_end, e.day,
            e.sentence, e.trigger_start, e.trigger_end, e.trigger_text, e.confidence, d.duplicate_of""";

    private EventRows() {
    }

    static StoredEvent read(ResultSet r) throws SQLException {
        String speaker = r.getString("speaker");
        String speakerText = r.getString("speaker_text");
        String cue = r.getString("cue");
        Attribution attribution = speaker == null && speakerText == null && cue == null
                ? null : new Attribution(speaker, speakerText, cue);
        String timeText = r.getString("time_text");
        LocalDate timeStart = date(r.getString("time_start"));
        LocalDate timeEnd = date(r.getString("time_end"));
        TimeRef time = timeText == null && timeStart == null ? null : new TimeRef(timeText, timeStart, timeEnd);
        int triggerStart = r.getInt("trigger_start");
        Span trigger = r.wasNull() ? null : new Span(triggerStart, r.getInt("trigger_end"));
        String context = r.getString("context");
        List<String> contexts = context == null ? List.of() : Arrays.asList(context.split(","));
        Event event = new Event(r.getString("event_id"), EventType.valueOf(r.getString("type")), r.getString("mode"),
                contexts, r.getString("source"), r.getString("target"), r.getString("location"),
                r.getString("location_text"), r.getInt("sign"), Modality.fromCode(r.getString("modality")),
                attribution, time, r.getInt("sentence"), trigger, r.getString("trigger_text"), r.getDouble("confidence"));
        return new StoredEvent(r.getString("document_id"), event, date(r.getString("day")), r.getString("duplicate_of"));
    }

    /** An event with its article and sentence, from {@link EventSql#SELECT}. */
    static Evidence evidence(ResultSet r) throws SQLException {
        return new Evidence(read(r), r.getString("title"), r.getString("document_source"), r.getString("url"),
                date(r.getString("published")), r.getString("language"), r.getString("sentence_text"));
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
