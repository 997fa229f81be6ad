package org.tahaluf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code dyad_day} table: for each day and directed pair of actors, how many events link
 * them and how many of those cooperate or conflict. Events with no target have no dyad; negated
 * events ("denied attacking") did not happen, so they are not counted.
 */
final class DyadDays {

    private DyadDays() {
    }

    static Dataset<Row> of(Dataset<Row> events) {
        Column cooperation = col("cooperation");
        Column conflict = col("conflict");
        return events
                .filter(col("target").isNotNull().and(col("modality").notEqual("negated")))
                .groupBy(col("day"), col("source"), col("target"))
                .agg(count(lit(1)).cast("int").as("events"),
                        countWhere(col("sign").equalTo(1)).as("cooperation"),
                        countWhere(col("sign").equalTo(-1)).as("conflict"),
                        countWhere(col("sign").equalTo(0)).as("neutral"),
                        countWhere(col("quad_class").startsWith("MATERIAL")).as("material"),
                        count_distinct(col("document_id")).cast("int").as("documents"))
                .withColumn("sign", signum(cooperation.minus(conflict)).cast("int"))
                .select("day", "source", "target", "sign", "events", "cooperation", "conflict", "neutral",
                        "material", "documents");
    }

    private static Column countWhere(Column condition) {
        return sum(when(condition, 1).otherwise(0)).cast("int");
    }
}
