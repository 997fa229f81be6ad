package org.tahaluf.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tahaluf spark}: the analysis as an Apache Spark job (docs/spark.md). */
@Command(name = "tahaluf spark", mixinStandardHelpOptions = true, version = "tahaluf 0.1.0",
        description = "Run Tahaluf on Apache Spark, locally or on a cluster.",
        subcommands = SparkAnalyzeCommand.class)
public final class SparkMain implements Runnable {

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N], spark://HOST:PORT, yarn, k8s://…; default: spark-submit's, else local[*]")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Spark leaves non-daemon threads behind: the exit status must end the JVM
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("tahaluf spark: " + InputFiles.firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
