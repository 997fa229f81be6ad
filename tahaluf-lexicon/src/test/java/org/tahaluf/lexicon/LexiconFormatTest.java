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

    @Test
    void theCopyLoads() {
        assertThat(LexiconLoader.load(dir).actors()).isNotEmpty();
    }

    @Test
    void aRowWithTooFewColumnsNamesFileAndLine() throws IOException {
        write("actors/peoples.tsv", "KURDS\tpopulation\t-\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining("actors/peoples.tsv:6").hasMessageContaining("columns");
    }

    @Test
    void anUnknownSectorIsRejected() throws IOException {
        write("actors/peoples.tsv", "KURDS\tpopulation\t-\tXYZ\t-\tKurds\tالأكراد\t-\t-\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("unknown sector 'XYZ'");
    }

    @Test
    void anAliasClaimedByTwoActorsIsRejected() throws IOException {
        write("actors/peoples.tsv", "KURDS\tpopulation\t-\t-\t-\tKurds\tالأكراد\t-\t-\n"
                + "KURDS2\tpopulation\t-\t-\t-\tKurdish people\tالكرد\t-\tالأكراد\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("names both");
    }

    @Test
    void anAliasMarkedAmbiguousEverywhereIsAllowed() throws IOException {
        write("actors/peoples.tsv", "KURDS\tpopulation\t-\t-\t-\tKurds\tالأكراد\t-\t~الكرد\n"
                + "KURDS2\tpopulation\t-\t-\t-\tKurdish people\tالأكراد السوريون\t-\t~الكرد\n");
        assertThat(LexiconLoader.load(dir).actor("KURDS2")).isPresent();
    }

    @Test
    void aFactRunningBackwardsIsRejected() throws IOException {
        write("facts.tsv", "KURDS\tallied_with\tARABS\t2020\t2019\tbackwards\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("facts.tsv:6")
                .hasMessageContaining("starts after it ends");
    }

    @Test
    void aPatternWithAnUnknownTypeIsRejected() throws IOException {
        write("events/en.tsv", "FIGHT\t-1\t-\t-\tactive\tfight*\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("events/en.tsv:6")
                .hasMessageContaining("FIGHT");
    }

    @Test
    void aMissingProvenanceHeaderIsRejected() throws IOException {
        Files.writeString(dir.resolve("cues/en.tsv"), "speech\tsay\tsaid\n");
        assertThatThrownBy(() -> LexiconLoader.load(dir)).hasMessageContaining("provenance header");
    }
}
