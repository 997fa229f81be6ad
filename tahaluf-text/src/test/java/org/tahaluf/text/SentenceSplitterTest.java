package org.tahaluf.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;

class SentenceSplitterTest {

    @Property(tries = 300)
    void everyOffsetLiesInsideTheTextAndPointsAtItsToken(@ForAll String text) {
        for (Language language : Language.values()) {
            for (Sentence s : TextLayers.forLanguage(language).process(text)) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                for (Token t : s.tokens()) {
                    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
                    for (Token.Form f : t.forms()) {
                        assertThat(f.start()).isBetween(t.start(), t.end());
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void arabicLikeTextNeverBreaksTheLayer(@ForAll("arabicish") String text) {
        for (Sentence s : TextLayers.forLanguage(Language.AR).process(text)) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> arabicish() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" .،؟«»\n\u200F\u0640")
                .ofMaxLength(200);
    }
}
