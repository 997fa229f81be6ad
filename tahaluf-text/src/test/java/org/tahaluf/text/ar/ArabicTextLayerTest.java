package org.tahaluf.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;

class ArabicTextLayerTest {

    private final ArabicTextLayer layer = new ArabicTextLayer();

    private Token only(String word) {
        List<Token> tokens = layer.tokenize(word, 0, word.length());
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    private List<String> forms(String word) {
        return only(word).forms().stream().map(Token.Form::text).toList();
    }

    @Test
    void conjunctionIsPeeledOff() {
        assertThat(forms("وواشنطن")).contains("واشنطن");
        assertThat(only("وواشنطن").proclitics()).isEqualTo("و");
    }

    @Test
    void wordsThatBeginWithWawKeepTheirWholeReading() {
        assertThat(forms("واشنطن").get(0)).isEqualTo("واشنطن");
    }

    @Test
    void prepositionBeforeTheArticleLeavesTheArticle() {
        assertThat(forms("بالعراق")).contains("العراق");
        assertThat(forms("والعراق")).contains("العراق");
    }

    @Test
    void lamLamIsReadAsPrepositionAndArticle() {
        assertThat(forms("للولايات")).contains("الولايات");
        assertThat(forms("وللحكومة")).contains("الحكومه");
    }

    @Test
    void prepositionBeforeAName() {
        assertThat(forms("لإيران")).contains("ايران");
    }

    @Test
    void futureParticleIsPeeledBeforeAnImperfect() {
        assertThat(forms("وسنطورها")).contains("نطورها");
    }

    @Test
    void pronounSuffixIsSplitFromTheStem() {
        Token t = only("قيادتها");
        assertThat(t.stem()).isEqualTo("قيادت");
        assertThat(t.enclitic()).isEqualTo("ها");
    }

    @Test
    void stemOffsetSkipsTheClitic() {
        String text = "عاد لإيران";
        Token t = layer.tokenize(text, 0, text.length()).get(1);
        Token.Form iran = t.forms().stream().filter(f -> f.text().equals("ايران")).findFirst().orElseThrow();
        assertThat(text.substring(iran.start(), t.end())).isEqualTo("إيران");
    }

    @Test
    void theIndefiniteAccusativeAlefIsAnEnding() {
        assertThat(forms("هجوما")).contains("هجوم");
        assertThat(forms("سوريا")).doesNotContain("سوري");
    }

    @Test
    void shortWordsAreNotEmptied() {
        assertThat(forms("لم")).containsExactly("لم");
        assertThat(forms("بل")).containsExactly("بل");
    }

    @Test
    void headlineAndBodyAreSeparateSentences() {
        String text = "تحالفات أميركية جديدة\nقال مسؤول إن الخطر كبير. وأضاف أن العمل مستمر.";
        List<Sentence> s = layer.process(text);
        assertThat(s).extracting(Sentence::text).containsExactly("تحالفات أميركية جديدة",
                "قال مسؤول إن الخطر كبير.", "وأضاف أن العمل مستمر.");
        assertThat(s.get(0).headline()).isTrue();
        assertThat(s.get(1).headline()).isFalse();
    }

    @Test
    void aQuotationIsNotSplitAtItsFullStop() {
        String text = "قال الوزير «لن نتراجع. سنواصل القتال» ثم غادر.";
        assertThat(layer.process(text)).hasSize(1);
    }

    @Test
    void arabicQuestionMarkEndsASentence() {
        assertThat(layer.process("هل تنسحب القوات؟ لا أحد يعرف.")).hasSize(2);
    }

    @Test
    void sentenceOffsetsCoverTheirText() {
        String text = "  أولا.  ثانيا.  ";
        for (Sentence s : layer.process(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void punctuationIsItsOwnToken() {
        String text = "بغداد، دمشق";
        List<Token> tokens = layer.tokenize(text, 0, text.length());
        assertThat(tokens).extracting(Token::surface).containsExactly("بغداد", "،", "دمشق");
        assertThat(tokens.get(1).punctuation()).isTrue();
    }

    @Test
    void aHashtagIsReadAsItsWords() {
        String text = "الرئيس #أردوغان والأمير #خالد_بن_سلمان";
        List<Token> tokens = layer.tokenize(text, 0, text.length());
        assertThat(tokens).extracting(Token::surface)
                .containsExactly("الرئيس", "أردوغان", "والأمير", "خالد", "بن", "سلمان");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("أردوغان");
    }

    @Test
    void aHashSignAloneStaysPunctuation() {
        String text = "العدد # 5";
        List<Token> tokens = layer.tokenize(text, 0, text.length());
        assertThat(tokens).extracting(Token::surface).containsExactly("العدد", "#", "5");
    }
}
