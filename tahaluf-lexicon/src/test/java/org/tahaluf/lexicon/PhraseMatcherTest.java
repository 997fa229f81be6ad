package org.tahaluf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.text.ar.ArabicTextLayer;

class PhraseMatcherTest {

    private final ArabicTextLayer layer = new ArabicTextLayer();

    private List<PhraseMatcher.Match<String>> match(PhraseMatcher<String> m, String text) {
        List<Token> tokens = layer.tokenize(text, 0, text.length());
        return m.findAll(tokens);
    }

    private static PhraseMatcher<String> names(String... aliases) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        for (String a : aliases) {
            b.addWords(PhraseCompiler.words(Language.AR, a), a);
        }
        return b.build();
    }

    @Test
    void aNameIsFoundBehindItsClitics() {
        var m = names("الولايات المتحدة");
        var found = match(m, "وتعمل بالولايات المتحدة");
        assertThat(found).hasSize(1);
        assertThat("وتعمل بالولايات المتحدة".substring(found.get(0).start(), found.get(0).end()))
                .isEqualTo("الولايات المتحدة");
    }

    @Test
    void theArticleIsPartOfAName() {
        var m = names("الشرع");
        assertThat(match(m, "شرع الجيش في الهجوم")).isEmpty();
        assertThat(match(m, "التقى الشرع والوفد")).hasSize(1);
    }

    @Test
    void hamzaSpellingsMatchEachOther() {
        var m = names("إيران");
        assertThat(match(m, "الموالية لايران")).hasSize(1);
    }

    @Test
    void aPrefixPatternMatchesInflections() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add(PhraseCompiler.pattern(Language.AR, "هاجم*|يهاجم*"), "attack").build();
        assertThat(match(m, "وهاجمت القوات")).hasSize(1);
        assertThat(match(m, "يهاجمون المواقع")).hasSize(1);
        assertThat(match(m, "هجوم")).isEmpty();
    }

    @Test
    void multiwordIdiomsMatchWholly() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add(PhraseCompiler.pattern(Language.AR, "جنبا الى جنب"), "side by side").build();
        assertThat(match(m, "تعمل جنبا إلى جنب مع")).hasSize(1);
        assertThat(match(m, "تعمل جنبا مع")).isEmpty();
    }

    @Test
    void aQuotationMarkInsideANameIsSteppedOver() {
        var m = names("قوات سوريا الديمقراطية");
        assertThat(match(m, "قوات «سوريا الديمقراطية» تتقدم")).hasSize(1);
        assertThat(match(m, "قوات \"سوريا الديمقراطية\" تتقدم")).hasSize(1);
        assertThat(match(m, "قوات، سوريا الديمقراطية")).isEmpty();
    }
}
