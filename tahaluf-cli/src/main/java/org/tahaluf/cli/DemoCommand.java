package org.tahaluf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tahaluf demo}: stores the example articles shipped with Tahaluf in a demo store and serves
 * the web app over it, printing the address; with {@code --format} it prints their analyses instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Store the bundled example articles (invented, in the style of regional news) in a demo store",
                "and serve the web app over it; with --format, print their analyses instead."})
final class DemoCommand implements Callable<Integer> {

    static final String FOLDER = "/org/tahaluf/demo/";

    /** One bundled article and the date the demo gives it. */
    record Example(String file, LocalDate published) {
    }

    @Option(names = "--format", description = "print the analyses as text, json or jsonl instead of serving them")
    String format;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "the demo store (default ~/.tahaluf/demo.db)")
    String db;

    @Option(names = "--port", defaultValue = "8080", description = "port to serve on (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to serve on (default 127.0.0.1)")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Pipeline pipeline = Pipeline.standard();
        if (format != null) {
            print(pipeline, Output.parse(format));
            return 0;
        }
        StoreLocation location = db == null
                ? StoreLocation.sqlite(Path.of(System.getProperty("user.home"), ".tahaluf", "demo.db"))
                : StoreLocation.parse(db);
        try (Store store = Stores.open(location)) {
            int added = 0;
            for (Example example : index()) {
                Document plain = read(example.file());
                Document dated = new Document(plain.id(), plain.title(), plain.text(), plain.language(),
                        example.published(), "Tahaluf demo (invented)", plain.author(), plain.url());
                if (store.put(pipeline.analyze(dated)).outcome() == org.tahaluf.store.Admission.Outcome.STORED) {
                    added++;
                }
            }
            System.out.println("Demo store " + location.display() + ": " + added + " example articles added, "
                    + store.stats().documents() + " in all.");
            ServeCommand.serve(store, host, port, "");
        }
        return 0;
    }

    private static void print(Pipeline pipeline, Output output) throws IOException {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        for (Example example : index()) {
            output.write(pipeline.analyze(read(example.file())), out);
        }
    }

    private static Document read(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("demo article missing from the build: " + name);
            }
            byte[] bytes = in.readAllBytes();
            return DocumentReader.plain(DocumentReader.idOf(bytes), new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** The demo articles, as listed in the folder's index.txt: a file name, then its date. */
    static List<Example> index() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo index missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+"))
                    .map(f -> new Example(f[0], f.length > 1 ? LocalDate.parse(f[1]) : null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
