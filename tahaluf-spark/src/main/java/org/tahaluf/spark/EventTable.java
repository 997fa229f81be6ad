package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Attribution;
import org.tahaluf.core.Event;
import org.tahaluf.core.TimeRef;

/**
 * The {@code events} table: one row per coded event. {@code day} is the day the text gives the
 * event, else the article's publication date; the dyad aggregates count by it.
 */
final class EventTable {

    static final StructType SCHEMA = new StructType()
            .add("document_id", StringType, false)
            .add("event_id", StringType, false)
            .add("type", StringType, false)
            .add("quad_class", StringType, false)
            .add("mode", StringType)
            .add("source", StringType, false)
            .add("target", StringType)
            .add("sign", IntegerType, false)
            .add("modality", StringType, false)
            .add("speaker", StringType)
            .add("speaker_text", StringType)
            .add("sentence", IntegerType, false)
            .add("trigger_start", IntegerType, false)
            .add("trigger_end", IntegerType, false)
            .add("trigger_text", StringType)
            .add("time_text", StringType)
            .add("time_start", DateType)
            .add("time_end", DateType)
            .add("location", StringType)
            .add("location_text", StringType)
            .add("confidence", DoubleType, false)
            .add("day", DateType);

    private EventTable() {
    }

    static List<Row> rows(Analysis analysis) {
        String documentId = analysis.document().id();
        LocalDate published = analysis.document().published();
        List<Row> rows = new ArrayList<>(analysis.events().size());
        for (Event e : analysis.events()) {
            Attribution said = e.attribution();
            TimeRef time = e.time();
            LocalDate start = time == null ? null : time.start();
            rows.add(RowFactory.create(documentId, e.id(), e.type().name(), e.type().quadClass().name(), e.mode(),
                    e.source(), e.target(), e.sign(), e.modality().code(),
                    said == null ? null : said.speaker(), said == null ? null : said.speakerText(),
                    e.sentence(), e.trigger().start(), e.trigger().end(), e.triggerText(),
                    time == null ? null : time.text(), start, time == null ? null : time.end(),
                    e.location(), e.locationText(),
                    // rounded as the analysis JSON rounds it, so the table and the JSON agree
                    Math.round(e.confidence() * 100) / 100.0,
                    start != null ? start : published));
        }
        return rows;
    }
}
