package org.tahaluf.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void aCopyWithAnotherHeadlineIsAboveTheThreshold() {
        MinHash a = MinHash.of(Articles.BAGHDAD);
        MinHash b = MinHash.of(Articles.BAGHDAD_COPY);

        assertThat(a.similarity(b)).isGreaterThanOrEqualTo(MinHash.THRESHOLD);
    }

    @Test
    void anotherStoryIsFarBelowIt() {
        assertThat(MinHash.of(Articles.BAGHDAD).similarity(MinHash.of(Articles.DAMASCUS))).isLessThan(0.2);
    }

    @Test
    void diacriticsAndAlefFormsDoNotMakeADifferentText() {
        MinHash plain = MinHash.of("أعلنت الحكومة العراقية إغلاق المعبر الحدودي مع سوريا اليوم");
        MinHash marked = MinHash.of("أَعلَنتْ الحكومةُ العراقيّة إِغلاق المعبرِ الحدوديّ مع سوريا اليوم");

        assertThat(plain.similarity(marked)).isEqualTo(1.0);
    }

    @Test
    void aSignatureSurvivesItsTextForm() {
        MinHash a = MinHash.of(Articles.BAGHDAD);

        assertThat(MinHash.decode(a.encode()).similarity(a)).isEqualTo(1.0);
        assertThat(MinHash.decode(a.encode()).buckets()).containsExactly(a.buckets());
    }

    @Test
    void tooShortATextHasNoSignature() {
        assertThat(MinHash.of("ثلاث كلمات فقط")).isNull();
    }
}
