package org.tahaluf.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;

/** The {@code documents} table: one row per analysed article (docs/spark.md). */
final class DocumentTable {

    static final StructType SCHEMA = new StructType()
            .add("id", StringType, false)
            .add("title", StringType)
            .add("language", StringType, false)
            .add("published", DateType)
            .add("source", StringType)
            .add("author", StringType)
            .add("url", StringType)
            .add("sentences", IntegerType, false)
            .add("characters", IntegerType, false);

    private DocumentTable() {
    }

    static Row row(Analysis analysis) {
        Document d = analysis.document();
        return RowFactory.create(d.id(), d.title(), d.language().code(), d.published(), d.source(), d.author(),
                d.url(), analysis.sentences().size(), d.text().length());
    }
}
