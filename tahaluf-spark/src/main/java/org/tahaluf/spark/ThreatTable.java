package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Threat;

/** The {@code threats} table: one row per actor's danger tied to a place. */
final class ThreatTable {

    static final StructType SCHEMA = new StructType()
            .add("document_id", StringType, false)
            .add("threat_index", IntegerType, false)
            .add("actor", StringType)
            .add("location", StringType)
            .add("location_text", StringType)
            .add("trend", StringType)
            .add("sentence", IntegerType, false)
            .add("text", StringType);

    private ThreatTable() {
    }

    static List<Row> rows(Analysis analysis) {
        String documentId = analysis.document().id();
        List<Row> rows = new ArrayList<>(analysis.threats().size());
        int index = 0;
        for (Threat t : analysis.threats()) {
            rows.add(RowFactory.create(documentId, index++, t.actor(), t.location(), t.locationText(),
                    t.trend() == null ? null : t.trend().code(), t.sentence(), t.text()));
        }
        return rows;
    }
}
