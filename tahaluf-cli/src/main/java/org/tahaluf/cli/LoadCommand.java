package org.tahaluf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.AnalysisReader;
import org.tahaluf.store.Admission;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tahaluf load}: stores analyses made elsewhere — the Spark job's {@code analyses/} output, or
 * {@code tahaluf analyze --format jsonl} saved to a file — with the same deduplication as ingest.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Store analyses made elsewhere (JSON Lines of analysis objects, e.g. the Spark job's OUTPUT_DIR/analyses),"
                + " with the same deduplication as ingest.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--quiet", description = "no summary")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSON Lines files of analyses, or folders of them (a Spark OUTPUT_DIR)")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        Tally tally = new Tally();
        try (Store s = store.open()) {
            for (Path file : files()) {
                try (BufferedReader lines = reader(file)) {
                    String line;
                    for (int number = 1; (line = lines.readLine()) != null; number++) {
                        if (!line.isBlank()) {
                            load(s, file, number, line, tally);
                        }
                    }
                } catch (IOException e) {
                    tally.problem();
                    System.err.println("tahaluf: " + file + ": cannot be read (" + e.getMessage() + ")");
                }
            }
            Ingestion.Summary summary = tally.summary();
            if (!quiet) {
                System.err.println(IngestCommand.describe("load", summary, s));
            }
            return summary.problems() > 0 || summary.conflicts() > 0 ? 1 : 0;
        }
    }

    private static void load(Store s, Path file, int number, String line, Tally tally) {
        Admission admission;
        try {
            admission = s.put(AnalysisReader.read(AnalysisJson.mapper().readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
            tally.problem();
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            System.err.println("tahaluf: " + file + ":" + number + ": " + reason);
            return;
        }
        tally.read();
        if (tally.admitted(admission)) {
            System.err.println("tahaluf: " + file + ":" + number + ": another text is stored under document id "
                    + admission.documentId() + "; skipped");
        }
    }

    /** The files named, and the data files of folders (Spark's `_SUCCESS` and `.crc` files left out), in name order. */
    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString();
                    return !name.startsWith(".") && !name.startsWith("_") && !name.endsWith(".parquet") && !name.endsWith(".crc");
                }).filter(f -> !p.relativize(f).toString().contains("/") || p.relativize(f).startsWith("analyses"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
