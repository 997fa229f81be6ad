package org.tahaluf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * {@code tahaluf spark analyze}: reads the articles under INPUT, analyses each once, and writes
 * under OUTPUT_DIR the contract's JSON Lines ({@value #ANALYSES}/), one Parquet table per kind of
 * thing found, and the dyad aggregates per day. The layout is in docs/spark.md.
 */
final class AnalyzeJob {

    static final String ANALYSES = "analyses";
    static final String DOCUMENTS = "documents";
    static final String ACTORS = "actors";
    static final String EVENTS = "events";
    static final String CLAIMS = "claims";
    static final String THREATS = "threats";
    static final String DYAD_DAY = "dyad_day";

    private final SparkSession spark;

    AnalyzeJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job; {@code partitions} is how many tasks analyse (0: twice the cores Spark has). */
    JobSummary run(String input, String output, int partitions, boolean overwrite) throws JobInputException {
        long start = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputFiles files = InputFiles.list(hadoop, input);
        prepareOutput(hadoop, output, overwrite);
        int tasks = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
        if (spark.sparkContext().isLocal()) {
            // Here the driver is the executor: load the lexicon while a single task reads the
            // input, instead of after, when every task would wait for it.
            Thread warmUp = new Thread(ExecutorPipeline::get, "tahaluf-lexicon");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator("tahaluf problems");
        // One .gz file is one partition when read: spread the raw records over every core before
        // parsing and analysis, which are nearly all of the work.
        Dataset<Row> analyses = RawInput.read(spark, files)
                .repartition(tasks)
                .mapPartitions(new AnalysePartition(problems), Encoders.row(AnalysisRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            analyses.select("json").write().text(under(output, ANALYSES));
            analyses.select("document.*").write().parquet(under(output, DOCUMENTS));
            table(analyses, ACTORS).write().parquet(under(output, ACTORS));
            Dataset<Row> events = table(analyses, EVENTS);
            events.write().parquet(under(output, EVENTS));
            table(analyses, CLAIMS).write().parquet(under(output, CLAIMS));
            table(analyses, THREATS).write().parquet(under(output, THREATS));
            DyadDays.of(events).write().parquet(under(output, DYAD_DAY));
            Row counts = analyses.agg(count(lit(1)), sum(size(col(EVENTS)))).first();
            long documents = counts.getLong(0);
            long eventCount = counts.isNullAt(1) ? 0 : counts.getLong(1);
            return new JobSummary(documents, eventCount, List.copyOf(new LinkedHashSet<>(problems.value())),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            analyses.unpersist();
        }
    }

    /** The rows of one array column of the analyses as a flat table. */
    private static Dataset<Row> table(Dataset<Row> analyses, String column) {
        return analyses.select(explode(col(column)).as("row")).select("row.*");
    }

    private static String under(String output, String name) {
        return new Path(output, name).toString();
    }

    private static void prepareOutput(Configuration hadoop, String output, boolean overwrite) throws JobInputException {
        try {
            Path path = new Path(output);
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new JobInputException(output + ": already exists (choose a new folder, or pass --overwrite)");
                }
                // the whole folder goes, so no table of an earlier run is left beside the new ones
                fs.delete(path, true);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new JobInputException(output + ": cannot be prepared (" + InputFiles.firstLine(e.getMessage()) + ")");
        }
    }
}
