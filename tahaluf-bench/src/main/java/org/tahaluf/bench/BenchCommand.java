package org.tahaluf.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.tahaluf.cli.InputException;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tahaluf bench}: Tahaluf's throughput against Stanford CoreNLP's Arabic pipeline and
 * Lucene's ArabicAnalyzer, measured in one run on the same articles. Runs on this module's own
 * classpath (the launcher dispatches to it), so the product never carries CoreNLP or Lucene.
 */
@Command(name = "tahaluf bench", mixinStandardHelpOptions = true, version = "tahaluf bench 0.1.0",
        description = {"Throughput of Tahaluf against Stanford CoreNLP (tokenize, ssplit, pos) and Lucene's ArabicAnalyzer,"
                + " on the same articles in one run.", "Only the report goes to standard output; progress goes to standard error."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "articles as analyze reads them: JSON Lines (.jsonl, .jsonl.gz) or a text file")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "the first N articles (default: all)")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (the contract's object)")
    String format;

    @Option(names = "--corenlp-docs", paramLabel = "N", defaultValue = "200",
            description = "articles for CoreNLP, spread evenly over the selection (default 200; 0 leaves CoreNLP out)")
    int corenlpDocs;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3", description = "timed repetitions per phase (default 3)")
    int repetitions;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10", description = "warm-up per phase (default 10)")
    int warmupSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the all-cores run (default: every core)")
    Integer threads;

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("tahaluf bench: out of memory (" + e.getMessage() + "); give Java more with TAHALUF_JAVA_OPTS=-Xmx…"
                    + " or read fewer articles with --limit");
            status = 3;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("tahaluf bench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            System.err.println("tahaluf bench: unknown --format '" + format + "' (text or json)");
            return 2;
        }
        if (limit < 0 || warmupSeconds < 0) {
            System.err.println("tahaluf bench: --limit and --warmup must be 0 or more");
            return 2;
        }
        BenchRunner.Settings settings;
        try {
            settings = new BenchRunner.Settings(corenlpDocs, repetitions, Duration.ofSeconds(warmupSeconds),
                    Duration.ofSeconds(1), threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            System.err.println("tahaluf bench: " + e.getMessage());
            return 2;
        }
        Articles articles;
        boolean[] problems = {false};
        try {
            if (java.nio.file.Files.exists(corpus)) {
                System.err.println("bench: reading " + corpus + "…"); // a missing corpus gets only its error line
            }
            articles = Articles.read(corpus, limit, p -> {
                System.err.println("tahaluf bench: " + p);
                problems[0] = true;
            });
        } catch (InputException e) {
            System.err.println("tahaluf bench: " + e.getMessage());
            return 1;
        }
        BenchReport report = new BenchRunner(settings, Pipeline::standard, CoreNlpContender::new, System.err).run(articles);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (format.equals("json")) {
            try {
                out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the report", e);
            }
        } else {
            out.print(report.toText());
        }
        out.flush();
        return problems[0] ? 1 : 0;
    }
}
