package org.tahaluf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.coder.Pipeline;

/** The bench command and runner on a tiny invented corpus, with short timings. */
class BenchCommandTest {

    static final String[] CONTRACT_KEYS = {"tahaluf_docs_per_s", "corenlp_docs_per_s", "lucene_docs_per_s",
            "ratio_vs_corenlp", "ratio_vs_lucene", "peak_heap_mb", "docs"};

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return new Run(BenchCommand.run(args), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theWholeRunWithCoreNlpPrintsTheContractObjectAndNothingElse() throws Exception {
        Path corpus = InventedCorpus.write(dir, "news.jsonl.gz");
        Run r = run("--corpus", corpus.toString(), "--format", "json", "--corenlp-docs", "2", "--warmup", "0",
                "--repetitions", "1", "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : CONTRACT_KEYS) {
            assertThat(json.get(key)).as(key).isNotNull();
            assertThat(json.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(json.get("docs").asInt()).isEqualTo(InventedCorpus.TEXTS.size());
        assertThat(json.get("corenlp_docs").asInt()).isEqualTo(2);
        assertThat(json.get("corenlp_docs_per_s").asDouble()).isPositive();
        assertThat(json.get("ratio_vs_corenlp").asDouble()).isPositive();
        assertThat(json.get("phases")).hasSize(5);
        assertThat(r.err()).contains("bench: ");
    }

    @Test
    void withoutCoreNlpTheLuceneAndTahalufPhasesAreMeasuredOnTheSameArticles() {
        Articles articles = Articles.of(InventedCorpus.TEXTS.stream()
                .map(t -> new org.tahaluf.core.Document("d" + t.length(), null, t, org.tahaluf.core.Language.AR,
                        null, null, null, null)).toList());
        BenchRunner.Settings settings = new BenchRunner.Settings(0, 2, Duration.ZERO, Duration.ZERO, 2);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchReport report = new BenchRunner(settings, Pipeline::standard, () -> {
            throw new AssertionError("CoreNLP must not be loaded when left out");
        }, new PrintStream(progress, true, StandardCharsets.UTF_8)).run(articles);
        assertThat(report.phases()).hasSize(3).allSatisfy(p -> {
            assertThat(p.docs()).isEqualTo(articles.size());
            assertThat(p.docsPerSecond()).hasSize(2);
            assertThat(p.docsPerS().median()).isPositive();
        });
        assertThat(report.tahalufAllCores().threads()).isEqualTo(2);
        JsonNode json = report.toJson();
        assertThat(json.get("corenlp_docs_per_s").isNull()).isTrue();
        assertThat(json.get("ratio_vs_lucene").asDouble()).isPositive();
        assertThat(report.toText()).contains("tahaluf, 1 thread", "lucene ArabicAnalyzer", "Machine: ");
    }

    @Test
    void aMissingCorpusIsOneLineNamingIt() {
        Run r = run("--corpus", dir.resolve("none.jsonl.gz").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines().toList())
                .containsExactly("tahaluf bench: " + dir.resolve("none.jsonl.gz") + ": no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        Path corpus = InventedCorpus.write(dir, "news.jsonl.gz");
        Run format = run("--corpus", corpus.toString(), "--format", "xml");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err().strip()).isEqualTo("tahaluf bench: unknown --format 'xml' (text or json)");
        Run reps = run("--corpus", corpus.toString(), "--repetitions", "0");
        assertThat(reps.status()).isEqualTo(2);
        assertThat(reps.err().strip()).startsWith("tahaluf bench: ");
    }
}
