package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;

/** The {@code claims} table: one row per attributed statement, with the ids of the events it reports. */
final class ClaimTable {

    static final StructType SCHEMA = new StructType()
            .add("document_id", StringType, false)
            .add("claim_index", IntegerType, false)
            .add("speaker", StringType)
            .add("speaker_text", StringType)
            .add("cue", StringType)
            .add("sentence", IntegerType, false)
            .add("text", StringType)
            .add("content_start", IntegerType, false)
            .add("content_end", IntegerType, false)
            .add("event_ids", DataTypes.createArrayType(StringType, false), false);

    private ClaimTable() {
    }

    static List<Row> rows(Analysis analysis) {
        String documentId = analysis.document().id();
        List<Row> rows = new ArrayList<>(analysis.claims().size());
        int index = 0;
        for (Claim c : analysis.claims()) {
            rows.add(RowFactory.create(documentId, index++, c.speaker(), c.speakerText(), c.cue(), c.sentence(),
                    c.text(), c.content().start(), c.content().end(), AnalysisRows.seq(c.events())));
        }
        return rows;
    }
}
