package org.tahaluf.spark;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tahaluf spark analyze INPUT OUTPUT_DIR}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse every article under INPUT; write JSON Lines and Parquet tables under OUTPUT_DIR.")
final class SparkAnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    SparkMain parent;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "a file, folder or glob on any Hadoop file system: .txt, .html, .jsonl, .parquet, any text .gz")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT_DIR", description = "a folder that does not exist yet")
    String output;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "tasks that analyse (default: twice the cores)")
    int partitions;

    @Option(names = "--overwrite", description = "replace OUTPUT_DIR when it exists")
    boolean overwrite;

    @Override
    public Integer call() {
        if (partitions < 0) {
            System.err.println("tahaluf spark: --partitions must be 0 or more, not " + partitions);
            return 2;
        }
        SparkSession spark = Sessions.open(parent.master);
        try {
            JobSummary summary = new AnalyzeJob(spark).run(input, output, partitions, overwrite);
            summary.problems().forEach(p -> System.err.println("tahaluf: " + p));
            System.err.printf(Locale.ROOT, "tahaluf spark: %d articles, %d events in %.1f s (%.1f articles/s) on %s -> %s%n",
                    summary.documents(), summary.events(), summary.seconds(), summary.documentsPerSecond(),
                    spark.sparkContext().master(), output);
            return summary.problems().isEmpty() ? 0 : 1;
        } catch (JobInputException e) {
            System.err.println("tahaluf spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
