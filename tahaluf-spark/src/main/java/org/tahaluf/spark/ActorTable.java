package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;

/** The {@code actors} table: one row per actor named in a document, with how often it is named. */
final class ActorTable {

    static final StructType SCHEMA = new StructType()
            .add("document_id", StringType, false)
            .add("actor_id", StringType, false)
            .add("name_en", StringType)
            .add("name_ar", StringType)
            .add("kind", StringType, false)
            .add("country", StringType)
            .add("sector", StringType)
            .add("wikidata", StringType)
            .add("known", BooleanType, false)
            .add("mentions", IntegerType, false);

    private ActorTable() {
    }

    static List<Row> rows(Analysis analysis) {
        String documentId = analysis.document().id();
        List<Row> rows = new ArrayList<>(analysis.actors().size());
        for (Actor a : analysis.actors()) {
            int mentions = analysis.mentions().getOrDefault(a.id(), List.of()).size();
            rows.add(RowFactory.create(documentId, a.id(), a.nameEn(), a.nameAr(), a.kind().code(), a.country(),
                    a.sector() == null ? null : a.sector().name(), a.wikidata(), a.known(), mentions));
        }
        return rows;
    }
}
