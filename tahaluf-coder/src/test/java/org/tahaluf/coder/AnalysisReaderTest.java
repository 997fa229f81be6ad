package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;

/** An analysis read back from its contract JSON is the analysis that was written. */
class AnalysisReaderTest {

    private static final String ARTICLE = """
            غارات أميركية في الأنبار

            قال المتحدث باسم وزارة الدفاع الأميركية إن طائرات أميركية شنت غارات على مواقع لتنظيم داعش في محافظة الأنبار.
            واتهمت إيران الولايات المتحدة بانتهاك سيادة العراق.
            ويقود محمد شياع السوداني الحكومة العراقية.
            """;

    private final Analysis written = Pipeline.standard().analyze(
            new Document("a1", "غارات", ARTICLE, Language.AR, LocalDate.of(2026, 3, 2), "test", null, "https://example.org/a1"));

    @Test
    void everyPartComesBackAsItWasWritten() {
        Analysis read = AnalysisReader.read(AnalysisJson.toJson(written));

        assertThat(read.events()).isEqualTo(written.events());
        assertThat(read.actors()).isEqualTo(written.actors());
        assertThat(read.mentions()).isEqualTo(written.mentions());
        assertThat(read.claims()).isEqualTo(written.claims());
        assertThat(read.threats()).isEqualTo(written.threats());
        assertThat(read.relations()).isEqualTo(written.relations());
        assertThat(read.document().published()).isEqualTo(written.document().published());
    }

    @Test
    void theTextIsRebuiltSoEveryOffsetPointsAtTheSameWords() {
        Analysis read = AnalysisReader.read(AnalysisJson.toJson(written));

        assertThat(read.document().text().replaceAll("\\s+", " ").strip())
                .isEqualTo(written.document().text().replaceAll("\\s+", " ").strip());
        read.events().forEach(e -> assertThat(read.document().text().substring(e.trigger().start(), e.trigger().end()))
                .isEqualTo(e.triggerText()));
        assertThat(AnalysisJson.toJson(AnalysisReader.read(AnalysisJson.toJson(written)))).isEqualTo(AnalysisJson.toJson(written));
    }

    @Test
    void somethingElseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> AnalysisReader.read(AnalysisJson.mapper().readTree("{\"schema\":\"other\"}")))
                .hasMessageContaining("tahaluf.analysis/1");
        assertThatThrownBy(() -> AnalysisReader.read(AnalysisJson.mapper().readTree(
                "{\"schema\":\"tahaluf.analysis/1\",\"sentences\":[]}"))).hasMessageContaining("document");
    }
}
