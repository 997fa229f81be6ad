package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.coder.AnalysisJson;
import scala.jdk.javaapi.CollectionConverters;
import org.tahaluf.core.Analysis;

/**
 * One analysed article as one row: its contract JSON line beside the rows of every table, so the
 * job analyses each article once and writes all outputs from the same cached rows.
 */
final class AnalysisRows {

    static final StructType SCHEMA = new StructType()
            .add("id", StringType, false)
            .add("json", StringType, false)
            .add("document", DocumentTable.SCHEMA, false)
            .add("actors", createArrayType(ActorTable.SCHEMA, false), false)
            .add("events", createArrayType(EventTable.SCHEMA, false), false)
            .add("claims", createArrayType(ClaimTable.SCHEMA, false), false)
            .add("threats", createArrayType(ThreatTable.SCHEMA, false), false);

    private AnalysisRows() {
    }

    static Row of(Analysis analysis) {
        return RowFactory.create(analysis.document().id(), json(analysis), DocumentTable.row(analysis),
                seq(ActorTable.rows(analysis)), seq(EventTable.rows(analysis)), seq(ClaimTable.rows(analysis)),
                seq(ThreatTable.rows(analysis)));
    }

    /** An array value of a row: Spark's row encoder takes Scala sequences, not Java lists. */
    static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    /** The analysis object exactly as {@code tahaluf analyze --format jsonl} prints it, less the newline. */
    static String json(Analysis analysis) {
        try {
            return AnalysisJson.mapper().writeValueAsString(AnalysisJson.toJson(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the analysis of " + analysis.document().id(), e);
        }
    }
}
