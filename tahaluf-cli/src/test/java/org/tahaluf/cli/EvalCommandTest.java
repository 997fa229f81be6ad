package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tahaluf eval} on an invented article and its gold file. */
class EvalCommandTest {

    private static final String ARTICLE = """
            تركيا تحذر من تصاعد هجمات داعش
            قال وزير الدفاع التركي إن بلاده ستواصل مكافحة تنظيم داعش شمال سوريا.
            """;

    private static final String GOLD = """
            {"document": "articles/turkey.txt",
             "actors": [
               {"key": "TUR", "required": true, "kind": "state", "country": "TUR", "aliases": ["Turkey", "تركيا"]},
               {"key": "ISIS", "required": true, "kind": "armed_group", "aliases": ["ISIS", "داعش", "تنظيم داعش"]},
               {"key": "SYR", "required": false, "kind": "state", "country": "SYR", "aliases": ["Syria", "سوريا"]}],
             "events": [{"id": "E1", "required": true, "source": ["TUR"], "target": ["ISIS"], "sign": -1,
                         "types": ["ASSAULT", "COERCE"], "evidence": "ستواصل مكافحة تنظيم داعش"}],
             "claims": [{"id": "C1", "required": true, "speaker": ["TUR"], "content_any": ["مكافحة"]}],
             "threats": []}
            """;

    @TempDir
    Path dir;
    Path gold;


    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("articles/turkey.txt"), ARTICLE, StandardCharsets.UTF_8);
        gold = Files.writeString(dir.resolve("gold/turkey.json"), GOLD, StandardCharsets.UTF_8);
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void scoresAFolderOfGoldFilesWithScorePysSummaryLine() {
        Cli.Run r = run("eval", "--articles", dir.toString(), dir.resolve("gold").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith("docs=1 actor_recall=1.00 actor_precision=")
                .contains(" dyad_recall=", " dyad_precision=", " claim_recall=", " threat_recall=1.00");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void verbosePrintsTheDocumentsListsBeforeTheSummary() {
        Cli.Run r = run("eval", "--verbose", "--articles", dir.toString(), gold.toString());
        assertThat(r.out().lines().toList()).hasSize(8).first().isEqualTo("== articles/turkey.txt");
        assertThat(r.out().lines().toList().get(1)).isEqualTo("  missing actors: []");
    }

    @Test
    void aMinimumNotMetExitsOneAndSaysSo() {
        Cli.Run r = run("eval", "--articles", dir.toString(), "--min", "actor_recall=1.01", gold.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("  SHORT: actor_recall 1.00 < 1.01");
    }

    @Test
    void aMissingArticleIsOneLineNamingItAndIsScoredAsEmpty() throws IOException {
        Path lost = Files.writeString(dir.resolve("gold/lost.json"), GOLD.replace("turkey.txt", "lost.txt"));
        Cli.Run r = run("eval", "--articles", dir.toString(), gold.toString(), lost.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .isEqualTo("tahaluf eval: " + lost + ": article articles/lost.txt not found (give its folder with --articles)");
        assertThat(r.out()).startsWith("docs=2 actor_recall=0.50");
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        Cli.Run noGold = run("eval", dir.resolve("missing.json").toString());
        assertThat(noGold.status()).isEqualTo(2);
        assertThat(noGold.err().strip()).isEqualTo("tahaluf eval: " + dir.resolve("missing.json") + ": no such gold file or folder");
        Cli.Run badMin = run("eval", "--min", "recall", gold.toString());
        assertThat(badMin.status()).isEqualTo(2);
        assertThat(badMin.err().strip()).isEqualTo("tahaluf eval: --min recall: expected METRIC=VALUE");
    }
}
