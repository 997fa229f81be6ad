package org.tahaluf.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tahaluf.text.NormalizedText;

class ArabicNormalizerTest {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    private String norm(String s) {
        return normalizer.normalize(s);
    }

    @Test
    void hamzaFormsOfAlefBecomeBareAlef() {
        assertThat(norm("أإآٱ")).isEqualTo("اااا");
        assertThat(norm("إيران")).isEqualTo("ايران");
    }

    @Test
    void taaMarbutaBecomesHa() {
        assertThat(norm("سورية")).isEqualTo("سوريه");
    }

    @Test
    void alefMaqsuraAndYehWithHamzaBecomeYeh() {
        assertThat(norm("مصطفى")).isEqualTo("مصطفي");
        assertThat(norm("رئيس")).isEqualTo("رييس");
    }

    @Test
    void wawWithHamzaBecomesWaw() {
        assertThat(norm("مؤتمر")).isEqualTo("موتمر");
    }

    @Test
    void diacriticsAndTatweelAreRemoved() {
        assertThat(norm("يُتَوَقَّعُ")).isEqualTo("يتوقع");
        assertThat(norm("تحسّن")).isEqualTo("تحسن");
        assertThat(norm("لـــبنان")).isEqualTo("لبنان");
    }

    @Test
    void easternArabicDigitsBecomeAscii() {
        assertThat(norm("٢٠٢٥")).isEqualTo("2025");
        assertThat(norm("۱۴۰۳")).isEqualTo("1403");
    }

    @Test
    void persianLettersBecomeArabic() {
        assertThat(norm("کردستان")).isEqualTo("كردستان");
        assertThat(norm("ایران")).isEqualTo("ايران");
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        assertThat(norm("دا\u200Cعش\u200F")).isEqualTo("داعش");
    }

    @Test
    void offsetsPointBackIntoTheOriginal() {
        String text = "قَالَ";
        NormalizedText n = normalizer.normalize(text, 0, text.length());
        assertThat(n.text()).isEqualTo("قال");
        assertThat(n.originOf(1)).isEqualTo(2);
        assertThat(n.originOf(3)).isEqualTo(text.length());
    }

    @Test
    void presentationFormsAreDecomposed() {
        assertThat(norm("\uFEFB")).isEqualTo("لا");
    }
}
