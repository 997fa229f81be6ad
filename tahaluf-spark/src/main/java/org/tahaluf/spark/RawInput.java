package org.tahaluf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The input as rows of {@code (name, line, content)} before anything is parsed: a JSON Lines
 * record (or a Parquet row, as JSON) in {@code line}, a whole file's bytes in {@code content}.
 * Parsing waits until after the repartition, so it too runs on every core.
 */
final class RawInput {

    static final String NAME = "name";
    static final String LINE = "line";
    static final String CONTENT = "content";

    private RawInput() {
    }

    static Dataset<Row> read(SparkSession spark, InputFiles files) {
        List<Dataset<Row>> parts = new ArrayList<>();
        if (!files.jsonLines().isEmpty()) {
            // the text source splits plain files and decompresses .gz by its name
            Dataset<Row> lines = spark.read().text(files.jsonLines().toArray(String[]::new));
            parts.add(lines.select(filePath(), col("value").as(LINE), lit(null).cast("binary").as(CONTENT)));
        }
        if (!files.parquet().isEmpty()) {
            Dataset<Row> rows = spark.read().parquet(files.parquet().toArray(String[]::new));
            // a Parquet article becomes the JSON Lines record it mirrors, read by the same code
            parts.add(rows.select(filePath(), to_json(struct(col("*"))).as(LINE), lit(null).cast("binary").as(CONTENT)));
        }
        if (!files.whole().isEmpty()) {
            Dataset<Row> bytes = spark.read().format("binaryFile").load(files.whole().toArray(String[]::new));
            parts.add(bytes.select(col("path").as(NAME), lit(null).cast("string").as(LINE), col("content").as(CONTENT)));
        }
        Dataset<Row> all = parts.get(0);
        for (Dataset<Row> part : parts.subList(1, parts.size())) {
            all = all.unionByName(part);
        }
        return all;
    }

    private static Column filePath() {
        return col("_metadata.file_path").as(NAME);
    }
}
