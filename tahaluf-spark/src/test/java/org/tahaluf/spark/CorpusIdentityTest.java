package org.tahaluf.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.cli.DocumentReader;

/**
 * The Spark job on {@code local[2]} against the real command line on the shared Arabic corpus:
 * the same analyses, byte for byte. The command line runs in its own JVM on its own class path
 * (the product's Jackson), the job on Spark's: so this also proves the two Jackson versions write
 * the same JSON. Skipped without ../shared or a packaged tahaluf-cli.
 */
class CorpusIdentityTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CORPUS = ROOT.resolve("../shared/corpus/ar").normalize();
    private static final Path CLI = ROOT.resolve("tahaluf-cli/target");

    private static SparkSession spark;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/ar is not beside the project");
        spark = Sessions.open("local[2]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkAnalysesEqualTheCommandLinesJsonLines() throws Exception {
        assumeTrue(Files.isDirectory(CLI.resolve("lib")), "tahaluf-cli is not packaged (mvn package)");
        Path output = work.resolve("out");
        JobSummary summary = new AnalyzeJob(spark).run(CORPUS.toString(), output.toString(), 0, false);

        List<String> cli = commandLineJsonLines();
        assertThat(summary.problems()).isEmpty();
        assertThat(cli).hasSizeGreaterThanOrEqualTo(40);
        assertThat(JobOutput.analysisLines(output)).containsExactlyElementsOf(cli);
    }

    @Test
    void aFilesIdIsTheStartOfTheSha256OfItsBytes() throws Exception {
        Path output = work.resolve("ids");
        new AnalyzeJob(spark).run(CORPUS.resolve("001.txt").toString(), output.toString(), 0, false);

        String line = JobOutput.analysisLines(output).get(0);
        String id = new ObjectMapper().readTree(line).path("document").path("id").asText();
        assertThat(id).isEqualTo(DocumentReader.idOf(Files.readAllBytes(CORPUS.resolve("001.txt")))).hasSize(16);
    }

    /** {@code tahaluf analyze --format jsonl} on the corpus, in a JVM of its own, sorted. */
    private static List<String> commandLineJsonLines() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = CLI.resolve("classes") + File.pathSeparator + CLI.resolve("lib") + File.separator + "*";
        Path stdout = work.resolve("cli.jsonl");
        Process cli = new ProcessBuilder(java, "-cp", classPath, "org.tahaluf.cli.Main",
                "analyze", "--format", "jsonl", CORPUS.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(cli.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(cli.exitValue()).isZero();
        return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).sorted().toList();
    }
}
