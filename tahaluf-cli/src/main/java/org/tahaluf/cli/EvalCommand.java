package org.tahaluf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.lexicon.LexiconLoader;
import org.tahaluf.score.Counts;
import org.tahaluf.score.GoldScorer;
import org.tahaluf.score.Metrics;
import org.tahaluf.score.ScoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tahaluf eval}: analyses the article of every gold file and scores the analyses as
 * ../shared/eval/score.py does, so a lexicon change can be measured on one's own annotations
 * before it is adopted.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Analyse the articles of gold files (../shared/eval/GOLD.md) and print score.py's metrics.",
                "A gold file's \"document\" is found under the --articles folders, else beside the gold file,"
                        + " else in ../../corpus and ../../seed from its folder (the layout of ../shared/eval/gold)."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files, or folders of them (*.json)")
    List<Path> golds;

    @Option(names = "--articles", paramLabel = "DIR", description = "a folder the gold files' \"document\" paths are relative to (repeatable)")
    List<Path> articles = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "analyse with this lexicon folder instead of the bundled one")
    Path lexicon;

    @Option(names = "--verbose", description = "per document: what is missing and what is not in the gold")
    boolean verbose;

    @Option(names = "--min", paramLabel = "METRIC=VALUE", description = "exit 1 when a metric is below VALUE (repeatable)")
    List<String> minimums = new ArrayList<>();

    @Override
    public Integer call() {
        List<Metrics.Minimum> mins = new ArrayList<>();
        List<Path> goldFiles = new ArrayList<>();
        try {
            for (String m : minimums) {
                mins.add(Metrics.Minimum.parse(m));
            }
            for (Path g : golds) {
                goldFiles.addAll(ScoreFiles.goldFiles(g));
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("tahaluf eval: " + e.getMessage());
            return 2;
        }
        if (goldFiles.isEmpty()) {
            System.err.println("tahaluf eval: no gold files (*.json) in " + golds);
            return 2;
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = lexicon == null ? Pipeline.standard() : new Pipeline(LexiconLoader.load(lexicon));
        DocumentReader reader = new DocumentReader();
        Counts total = Counts.ZERO;
        int docs = 0;
        boolean failed = false;
        for (Path file : goldFiles) {
            JsonNode gold;
            try {
                gold = ScoreFiles.readGold(file);
            } catch (IOException e) {
                System.err.println("tahaluf eval: " + e.getMessage());
                failed = true;
                continue;
            }
            // as score.py does with an unreadable analysis, a missing article is scored as an empty one
            JsonNode system = JsonNodeFactory.instance.objectNode();
            try {
                system = AnalysisJson.toJson(pipeline.analyze(article(file, gold, reader)));
            } catch (IOException | InputException e) {
                System.err.println("tahaluf eval: " + e.getMessage());
                failed = true;
            }
            total = total.plus(GoldScorer.score(gold, system, verbose ? out : null));
            docs++;
        }
        Metrics metrics = Metrics.of(docs, total);
        out.println(metrics.summary(mins));
        out.flush();
        return failed || !metrics.shortOf(mins).isEmpty() ? 1 : 0;
    }

    /** The gold file's article, read as {@code analyze} reads it (the first record of a JSON Lines file). */
    private Document article(Path goldFile, JsonNode gold, DocumentReader reader) throws IOException, InputException {
        JsonNode doc = gold.get("document");
        if (doc == null || !doc.isTextual() || doc.asText().isBlank()) {
            throw new IOException(goldFile + ": no \"document\" naming the article");
        }
        Path article = locate(goldFile, doc.asText()).orElseThrow(() -> new IOException(
                goldFile + ": article " + doc.asText() + " not found (give its folder with --articles)"));
        List<Document> docs = reader.read(article, problem -> System.err.println("tahaluf eval: " + problem));
        if (docs.isEmpty()) {
            throw new IOException(article + ": no article in it");
        }
        return docs.get(0);
    }

    private Optional<Path> locate(Path goldFile, String document) {
        List<Path> roots = new ArrayList<>(articles);
        Path folder = goldFile.toAbsolutePath().getParent();
        roots.add(folder);
        roots.add(folder.resolve("../../corpus").normalize());
        roots.add(folder.resolve("../../seed").normalize());
        return roots.stream().map(r -> r.resolve(document)).filter(Files::isRegularFile).findFirst();
    }
}
