package org.tahaluf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.lexicon.LexiconLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf analyze}: articles in, analyses out (contract: ../shared/CONTRACT.md). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: files, folders, or - for standard input.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or jsonl")
    String format;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "a lexicon folder laid out as the bundled one (docs/lexicon-format.md), instead of the bundled lexicon")
    Path lexicon;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "articles: .txt, .html, .jsonl, any of them .gz")
    List<String> inputs;

    @Override
    public Integer call() {
        Output output;
        try {
            output = Output.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("tahaluf analyze: unknown --format '" + format + "' (text, json or jsonl)");
            return 2;
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = lexicon == null ? Pipeline.standard() : new Pipeline(LexiconLoader.load(lexicon));
        DocumentReader reader = new DocumentReader();
        boolean failed = false;
        boolean[] problems = {false};
        for (Path file : expand(inputs)) {
            try {
                reader.forEach(file.toString(), d -> output.write(pipeline.analyze(d), out), p -> {
                    System.err.println("tahaluf: " + p);
                    problems[0] = true;
                });
            } catch (InputException e) {
                System.err.println("tahaluf: " + e.getMessage());
                failed = true;
            }
        }
        out.flush();
        return failed || problems[0] ? 1 : 0;
    }

    /** Files as given; folders to their article files in name order (hidden files skipped). */
    static List<Path> expand(List<String> inputs) {
        List<Path> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!in.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> DocumentReader.isArticleFile(f.getFileName().toString()))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    System.err.println("tahaluf: " + in + ": cannot list folder (" + e.getMessage() + ")");
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
