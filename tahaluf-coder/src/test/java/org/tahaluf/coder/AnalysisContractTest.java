package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;

/** The analysis JSON validates against the contract's schema, and no text breaks the pipeline. */
class AnalysisContractTest {

    private static Pipeline pipeline;
    private static JsonSchema schema;

    private static final String SAMPLE = """
            تحالفات جديدة في المنطقة
            قال مسؤول أميركي إن واشنطن تسعى إلى شراكة مع الحكومة السورية بقيادة أحمد الشرع، \
            وإن القوات الأميركية ستواصل مكافحة داعش شمال شرقي سوريا.
            وأكدت بغداد أنها لن تسمح بعودة التنظيم.""";

    @BeforeAll
    static void build() {
        pipeline = Pipeline.standard();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AnalysisContractTest.class.getResourceAsStream("/org/tahaluf/coder/analysis.schema.json"));
    }

    @BeforeProperty
    void buildForProperties() {
        if (pipeline == null) {
            build();
        }
    }

    private static Analysis analyze(String text, Language language) {
        return pipeline.analyze(new Document("t", null, text, language, LocalDate.of(2026, 1, 5), null, null, null));
    }

    @Test
    void analysisJsonValidatesAgainstTheContractSchema() {
        JsonNode json = AnalysisJson.toJson(analyze(SAMPLE, Language.AR));
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).isEmpty();
        assertThat(json.get("events").size()).isPositive();
        assertThat(json.get("claims").size()).isPositive();
    }

    @Test
    void emptyTextGivesAnEmptyValidAnalysis() {
        JsonNode json = AnalysisJson.toJson(analyze("", Language.AR));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("sentences").size()).isZero();
    }

    @Test
    void theSchemaRejectsAnAnalysisWithoutActors() {
        var json = AnalysisJson.toJson(analyze(SAMPLE, Language.AR));
        json.remove("actors");
        assertThat(schema.validate(json)).isNotEmpty();
    }

    @Test
    void onePipelineServesManyThreadsWithTheSameResult() throws Exception {
        String expected = AnalysisJson.toJson(analyze(SAMPLE, Language.AR)).toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> AnalysisJson.toJson(analyze(SAMPLE, Language.AR)).toString()));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 200)
    void anyTextAnalyzesWithOffsetsThatPointAtTheirText(@ForAll String text) {
        assertOffsetsPointAtTheirText(text);
    }

    /**
     * Random text rarely holds a name or a trigger; news-like text from real words, punctuation,
     * diacritics, invisible marks and emoji reaches the finders and still must keep every offset true.
     */
    @Property(tries = 300)
    void newsLikeTextKeepsEveryOffsetTrue(@ForAll("newsLike") String text) {
        assertOffsetsPointAtTheirText(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> newsLike() {
        net.jqwik.api.Arbitrary<String> piece = net.jqwik.api.Arbitraries.of(
                "قال", "أعلن", "اتهمت", "شنت", "هجوما", "غارات", "على", "في", "مع", "ضد", "بين", "إن", "أن",
                "الولايات المتحدة", "واشنطن", "العراق", "بغداد", "إيران", "داعش", "تنظيم", "قوات سوريا الديمقراطية",
                "الرئيس", "التركي", "رجب طيب أردوغان", "وزير الدفاع", "الأميركي", "نظيره", "العراقي", "التحالف",
                "الميليشيات الموالية لإيران", "أمس", "الاثنين", "عام 2014", "١٢", "«", "»", "\"", "،", ".", "؟", "!",
                "\n", "\n\n", "ـ", "\u064e", "\u0651", "\u200b", "\u200f", "\u202e", "\ufeff", "😀", "👨\u200d👩",
                "Iran", "the US", "attacked", "said", "ISIS", "in", "Baghdad", "-", "(", ")");
        return piece.list().ofMinSize(1).ofMaxSize(60).map(words -> String.join(" ", words));
    }

    private void assertOffsetsPointAtTheirText(String text) {
        for (Language language : new Language[] {Language.AR, Language.EN}) {
            Analysis a = analyze(text, language);
            a.mentions().values().forEach(ms -> ms.forEach(m ->
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
            a.events().forEach(e -> assertThat(text.substring(e.trigger().start(), e.trigger().end()))
                    .isEqualTo(e.triggerText()));
            a.claims().forEach(c -> assertThat(text.substring(c.content().start(), c.content().end()))
                    .isEqualTo(c.text()));
            a.sentences().forEach(sentence -> assertThat(text.substring(sentence.start(), sentence.end()))
                    .isEqualTo(sentence.text()));
            assertThat(schema.validate(AnalysisJson.toJson(a))).isEmpty();
        }
    }
}
