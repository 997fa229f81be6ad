package org.tahaluf.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.cli.Main;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.score.Metrics;
import org.tahaluf.score.ScoreFiles;

/**
 * The Java scorer behind {@code tahaluf eval} prints what ../shared/eval/score.py prints, line for
 * line, on Tahaluf's analyses of the development gold set. Skipped where ../shared or python3 is missing.
 */
class JavaScorerAgreesWithScorePyTest {

    private static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    private static final Path GOLD = SHARED.resolve("eval/gold");

    @TempDir
    static Path systemDir;

    @BeforeAll
    static void analyseTheDevelopmentSet() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "../shared is not beside the project");
        assumeTrue(Processes.pythonAvailable(), "python3 is not installed");
        Pipeline pipeline = Pipeline.standard();
        for (Path g : ScoreFiles.goldFiles(GOLD)) {
            String doc = new ObjectMapper().readTree(g.toFile()).get("document").asText();
            Path article = SHARED.resolve("corpus").resolve(doc);
            if (!Files.exists(article)) {
                article = SHARED.resolve("seed").resolve(doc);
            }
            JsonNode analysis = AnalysisJson.toJson(pipeline.analyze(new DocumentReader().read(article, p -> { }).get(0)));
            Files.writeString(systemDir.resolve(g.getFileName()), analysis.toString(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void verboseOutputAndSummaryAreTheSameLineForLine() throws Exception {
        String python = Processes.run(List.of("python3", SHARED.resolve("eval/score.py").toString(), "--gold-dir", GOLD.toString(),
                "--system-dir", systemDir.toString(), "--verbose"));
        StringWriter java = new StringWriter();
        PrintWriter out = new PrintWriter(java);
        Metrics m = ScoreFiles.scoreFolders(GOLD, systemDir, true, out);
        out.println(m.summary(List.of()));
        out.flush();
        assertThat(java.toString().lines().toList()).containsExactlyElementsOf(python.lines().toList());
    }

    @Test
    void evalCommandPrintsScorePysSummary() throws Exception {
        String python = Processes.run(List.of("python3", SHARED.resolve("eval/score.py").toString(), "--gold-dir", GOLD.toString(),
                "--system-dir", systemDir.toString()));
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Main.run("eval", GOLD.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8).strip()).isEqualTo(python.strip());
    }

}
