package org.tahaluf.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;

class EnglishTextLayerTest {

    private final EnglishTextLayer layer = new EnglishTextLayer();

    private List<Token> tokens(String text) {
        return layer.tokenize(text, 0, text.length());
    }

    @Test
    void initialsStayOneWord() {
        assertThat(tokens("the U.S. military")).extracting(Token::surface).containsExactly("the", "U.S.", "military");
    }

    @Test
    void anAcronymAlsoReadsCaseSensitively() {
        assertThat(tokens("US").get(0).forms()).extracting(Token.Form::text).contains("^US");
        assertThat(tokens("us").get(0).forms()).extracting(Token.Form::text).doesNotContain("^US");
    }

    @Test
    void possessiveIsAClitic() {
        assertThat(tokens("Iran's").get(0).forms()).extracting(Token.Form::text).contains("iran");
    }

    @Test
    void hyphenatedCompoundsSplit() {
        assertThat(tokens("Iran-backed militias")).extracting(Token::normalized)
                .containsExactly("iran", "backed", "militias");
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertThat(tokens("14,000 fighters, 3.5 km")).extracting(Token::surface)
                .containsExactly("14,000", "fighters", ",", "3.5", "km");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<Sentence> s = layer.process("Mr. Smith met U.S. officials on Monday. They agreed.");
        assertThat(s).hasSize(2);
    }
}
