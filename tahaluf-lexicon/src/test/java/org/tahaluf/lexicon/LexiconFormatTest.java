package org.tahaluf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken lexicon file stops the load with the file, the line and the reason. */
class LexiconFormatTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            # file: test
            # version: 2026-11-29
            # provenance: test
            # licence: Apache-2.0
            # columns: see docs/lexicon-format.md
            """;

    @BeforeEach
    void copyBundledLexicon() throws IOException {
        for (String name : List.of("actors/states.tsv", "actors/groups.tsv", "actors/persons.tsv", "actors/peoples.tsv",
                "gentilics.tsv", "organs.tsv", "places.tsv", "facts.tsv", "events/ar.tsv", "events/en.tsv",
                "cues/ar.tsv", "cues/en.tsv")) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getResourceAsStream(LexiconLoader.BASE + name)) {
                Files.copy(in, target);
            }
        }
    }

    private void write(String name, String body) throws IOException {
        Files.writeString(dir.resolve(name), HEADER + body, StandardCharsets.UTF_8);
    }

    /** Adds rows to a bundled file; their line numbers follow its last line. */
    private int append(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        int lines = (int) Files.readAllLines(file, StandardCharsets.UTF_8).size();
        Files.writeString(file, rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return lines + 1;
    }

    @Test
    void theCopyLoads() {
        assertThat(LexiconLoader.load(dir).actors()).isNotEmpty();
    }

    @Test
    void aRowWithTooFewColumnsNamesFileAndLine() throws IOException {
        int line = append("actors/peoples.tsv", "TESTERS\tpopulation\t-\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining("actors/peoples.tsv:" + line).hasMessageContaining("columns");
    }

    @Test
    void anUnknownSectorIsRejected() throws IOException {
        append("actors/peoples.tsv", "TESTERS\tpopulation\t-\tXYZ\t-\tTesters\tالمختبرون\t-\t-\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("unknown sector 'XYZ'");
    }

    @Test
    void anAliasClaimedByTwoActorsIsRejected() throws IOException {
        append("actors/peoples.tsv", "TESTERS\tpopulation\t-\t-\t-\tTesters\tالمختبرون\t-\tالأكراد\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("names both");
    }

    @Test
    void anAliasMarkedAmbiguousEverywhereIsAllowed() throws IOException {
        append("actors/peoples.tsv", "TESTERS\tpopulation\t-\t-\t-\tTesters\tالمختبرون\t-\t~الفاحصون\n"
                + "TESTERS2\tpopulation\t-\t-\t-\tExaminers\tالممتحنون\t-\t~الفاحصون\n");
        assertThat(LexiconLoader.load(dir).actor("TESTERS2")).isPresent();
    }

    @Test
    void anAliasMarkedAmbiguousOnOneSideOnlyIsRejected() throws IOException {
        append("actors/peoples.tsv", "TESTERS\tpopulation\t-\t-\t-\tTesters\tالمختبرون\t-\t~الفاحصون\n"
                + "TESTERS2\tpopulation\t-\t-\t-\tExaminers\tالممتحنون\t-\tالفاحصون\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("names both");
    }

    @Test
    void aGuardedPlaceNameIsStrippedOfItsMarkAndMatchedAsGuarded() throws IOException {
        append("places.tsv", "SYR-TESTVILLE\ttown\tSYR\tSYR\t34.0\t37.0\t-\tTestville\t~الفاحصة\t-\t-\n");
        Lexicon lexicon = LexiconLoader.load(dir);
        assertThat(lexicon.place("SYR-TESTVILLE").orElseThrow().nameAr()).isEqualTo("الفاحصة");
        assertThat(lexicon.place("SYR-TESTVILLE").orElseThrow().guarded()).containsExactly("الفاحصة");
        String text = "في الفاحصة";
        var tokens = new org.tahaluf.text.ar.ArabicTextLayer().tokenize(text, 0, text.length());
        assertThat(lexicon.matchers(org.tahaluf.core.Language.AR).names().findAll(tokens))
                .extracting(m -> m.value().guarded()).containsExactly(true);
    }

    @Test
    void aGuardedCountryNameIsRejected() throws IOException {
        Path places = dir.resolve("places.tsv");
        String text = Files.readString(places, StandardCharsets.UTF_8).replace("\tIraq\tالعراق\t", "\tIraq\t~العراق\t");
        Files.writeString(places, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("places.tsv:")
                .hasMessageContaining("cannot be guarded");
    }

    @Test
    void aPlaceNameGuardedInOneSpellingOnlyIsRejected() throws IOException {
        append("places.tsv", "SYR-TESTVILLE\ttown\tSYR\tSYR\t34.0\t37.0\t-\tTestville\t~الفاحصة\t-\tالفاحصه\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("both with and without ~");
    }

    @Test
    void aTildeBeforeNoNameIsRejected() throws IOException {
        int line = append("places.tsv", "SYR-TESTVILLE\ttown\tSYR\tSYR\t34.0\t37.0\t-\tTestville\tالفاحصة\t-\t~\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("places.tsv:" + line)
                .hasMessageContaining("a ~ stands before no name");
    }

    @Test
    void aFactRunningBackwardsIsRejected() throws IOException {
        int line = append("facts.tsv", "KURDS\tallied_with\tARABS\t2020\t2019\tbackwards\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("facts.tsv:" + line)
                .hasMessageContaining("starts after it ends");
    }

    @Test
    void aPatternWithAnUnknownTypeIsRejected() throws IOException {
        int line = append("events/en.tsv", "FIGHT\t-1\t-\t-\tactive\tfight*\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("events/en.tsv:" + line)
                .hasMessageContaining("FIGHT");
    }

    @Test
    void aPrepositionStandingAloneInACueIsRejected() throws IOException {
        int line = append("cues/ar.tsv", "reference\tframe\tالمتهم ب\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("cues/ar.tsv:" + line)
                .hasMessageContaining("'ب' stands alone");
    }

    @Test
    void aMissingProvenanceHeaderIsRejected() throws IOException {
        Files.writeString(dir.resolve("cues/en.tsv"), "speech\tsay\tsaid\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("provenance header");
    }
}
