package org.tahaluf.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;

/**
 * Scores Tahaluf with the shared scorer ({@code ../shared/eval/score.py}) on the development gold
 * set and pins the founding article's figures (issue 2). Skipped where ../shared or python3 is missing.
 */
class DevSetEvaluationTest {

    private static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    private static Pipeline pipeline;

    @TempDir
    Path out;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.standard();
    }

    @Test
    void foundingArticleMeetsItsTargets() throws Exception {
        String result = score("seed", "--min", "actor_recall=0.95", "--min", "actor_precision=0.90",
                "--min", "dyad_recall=0.90", "--min", "dyad_precision=0.80", "--min", "claim_recall=0.85",
                "--min", "threat_recall=1.0");
        assertThat(result).doesNotContain("SHORT");
    }

    @Test
    void developmentSetIsScored() throws Exception {
        assumeShared();
        Path gold = SHARED.resolve("eval/gold");
        try (var files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                analyse(g, out.resolve(g.getFileName()));
            }
        }
        String summary = Processes.run(List.of("python3", SHARED.resolve("eval/score.py").toString(), "--gold-dir", gold.toString(),
                "--system-dir", out.toString()));
        System.out.println("development set: " + summary.strip());
        assertThat(summary).contains("docs=");
    }

    private String score(String name, String... min) throws Exception {
        assumeShared();
        Path gold = SHARED.resolve("eval/gold/" + name + ".json");
        Path system = out.resolve(name + ".json");
        analyse(gold, system);
        List<String> cmd = new java.util.ArrayList<>(List.of("python3", SHARED.resolve("eval/score.py").toString(),
                "--gold", gold.toString(), "--system", system.toString(), "--verbose"));
        cmd.addAll(List.of(min));
        String result = Processes.run(cmd);
        System.out.println(name + ": " + result);
        return result;
    }

    private static void analyse(Path gold, Path system) throws Exception {
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        String doc = g.get("document").asText();
        Path article = SHARED.resolve("corpus").resolve(doc);
        if (!Files.exists(article)) {
            article = SHARED.resolve("seed").resolve(doc);
        }
        List<Document> docs = new DocumentReader().read(article, problem -> { });
        Files.writeString(system, AnalysisJson.toJson(pipeline.analyze(docs.get(0))).toString(), StandardCharsets.UTF_8);
    }

    private static void assumeShared() {
        assumeTrue(Files.isDirectory(SHARED.resolve("eval/gold")), "../shared is not beside the project");
        assumeTrue(Processes.pythonAvailable(), "python3 is not installed");
    }

}
