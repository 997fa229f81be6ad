package org.tahaluf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.lexicon.LexiconLoader;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf ingest}: analyse articles and keep them, with their evidence, in a store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles (files or folders: .txt, .html, .jsonl, .rss/.atom, any of them .gz) and store them."
                + " Idempotent: an article already stored is recognised by its content and skipped.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "a lexicon folder instead of the bundled lexicon")
    Path lexicon;

    @Option(names = "--quiet", description = "no progress and no summary")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files and folders")
    List<String> inputs;

    @Override
    public Integer call() {
        List<Path> files = AnalyzeCommand.expand(inputs);
        Pipeline pipeline = lexicon == null ? Pipeline.standard() : new Pipeline(LexiconLoader.load(lexicon));
        try (Store s = store.open();
             IngestProgress progress = quiet ? IngestProgress.silent() : IngestProgress.forConsole(totalBytes(files))) {
            Ingestion.Summary summary = new Ingestion(pipeline, s, threads, progress)
                    .run(files, p -> System.err.println("tahaluf: " + p));
            progress.close();
            if (!quiet) {
                System.err.println(describe("ingest", summary, s));
            }
            return summary.problems() > 0 || summary.conflicts() > 0 ? 1 : 0;
        }
    }

    static String describe(String command, Ingestion.Summary s, Store store) {
        return String.format("tahaluf " + command + ": %,d articles read: %,d stored (%,d of them copies of a stored story),"
                        + " %,d already stored, %,d refused, %,d problems — %.1f s, %.0f articles/s → %s",
                s.read(), s.stored(), s.nearDuplicates(), s.alreadyStored(), s.conflicts(), s.problems(),
                s.took().toMillis() / 1000.0, s.articlesPerSecond(), store.location());
    }

    private static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // unreadable: the reader reports it by name
            }
        }
        return total;
    }
}
