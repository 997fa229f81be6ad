package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/**
 * The map the project was founded on: after storing only the founding article (../shared/seed),
 * the graph and the brief show its alliance system. Skipped where ../shared is absent.
 */
class FoundingArticleTest {

    private static final Path SEED = Path.of("..", "..", "shared", "seed", "000_5553bbcc5957a43b.txt");

    @TempDir
    static Path folder;

    private static Store store;
    private static AllianceGraph graph;

    @BeforeAll
    static void storeTheFoundingArticle() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "the founding article is in ../shared/seed");
        store = Stores.open(StoreLocation.sqlite(folder.resolve("seed.db")));
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        store.put(Pipeline.standard().analyze(new Document("seed", null, text, Language.AR, null, null, null, null)));
        graph = new Analytics(store).graph(Window.all());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theUnitedStatesFightsIsis() {
        assertThat(graph.edge("USA", "ISIS")).hasValueSatisfying(e -> assertThat(e.sign()).isEqualTo(-1));
    }

    @Test
    void theUnitedStatesCooperatesWithTheSyrianGovernmentAndWithIraq() {
        assertThat(graph.edge("USA", "SYR")).hasValueSatisfying(e -> assertThat(e.sign()).isEqualTo(1));
        assertThat(graph.edge("USA", "IRQ")).hasValueSatisfying(e -> assertThat(e.sign()).isEqualTo(1));
    }

    @Test
    void theUnitedStatesAndTheIranAlignedMilitiasAreAmbivalent() {
        assertThat(graph.edge("USA", "IRN_ALIGNED_MILITIAS")).hasValueSatisfying(e -> assertThat(e.ambivalent()).isTrue());
    }

    @Test
    void theUnitedStatesMediatesBetweenTheSdfAndDamascus() {
        assertThat(graph.brokers()).anySatisfy(b -> {
            assertThat(b.actor()).isEqualTo("USA");
            assertThat(b.mediates()).contains("SDF", "SYR");
        });
    }

    @Test
    void theBriefNamesErbilIsisSyriaIraqAndTheRelocationOfTheUsCommand() {
        String md = BriefMarkdown.render(new Analytics(store).brief(Window.all(), "en"));

        assertThat(md).contains("Erbil", "ISIS", "Islamic State", "Syria", "Iraq", "relocation");
        assertThat(md).containsPattern("United States Armed Forces\\*\\* — relocation .* at Erbil \\[1:s\\d+]");
    }

    @Test
    void theArabicBriefSpeaksArabic() {
        String md = BriefMarkdown.render(new Analytics(store).brief(Window.all(), "ar"));

        assertThat(md).contains("موجز التحالفات", "أربيل", "تنظيم الدولة الإسلامية", "إعادة تموضع");
    }

    @Test
    void theGraphJsonHasTheContractFields() {
        var json = AnalyticsJson.graph(graph);

        assertThat(json.get("nodes").get(0).fieldNames()).toIterable().contains("id", "name", "kind", "bloc");
        assertThat(json.get("edges").get(0).fieldNames()).toIterable()
                .contains("source", "target", "sign", "weight", "cooperation", "conflict", "ambivalent", "events");
    }
}
