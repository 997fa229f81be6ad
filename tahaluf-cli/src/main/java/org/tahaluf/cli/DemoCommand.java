package org.tahaluf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tahaluf demo}: analyses the example articles shipped with Tahaluf and prints their summaries. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled example articles (invented, in the style of regional news).")
final class DemoCommand implements Callable<Integer> {

    static final String FOLDER = "/org/tahaluf/demo/";

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or jsonl")
    String format;

    @Override
    public Integer call() throws IOException {
        Output output = Output.parse(format);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.standard();
        for (String name : index()) {
            byte[] bytes;
            try (InputStream in = DemoCommand.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo article missing from the build: " + name);
                }
                bytes = in.readAllBytes();
            }
            Document doc = DocumentReader.plain(DocumentReader.idOf(bytes), new String(bytes, StandardCharsets.UTF_8));
            output.write(pipeline.analyze(doc), out);
        }
        return 0;
    }

    /** The demo articles, as listed in the folder's index.txt. */
    static java.util.List<String> index() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo index missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
