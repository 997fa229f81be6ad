package org.tahaluf.core;

import java.util.List;
import java.util.Objects;

/**
 * A word of the text with its clitics segmented.
 *
 * <p>{@code forms} are the normalized readings the lexicon may match, the whole word first, then
 * the word with its proclitics removed (و ف ب ك ل لل س); each reading knows where in the original
 * text its stem begins, so a match points at "إيران" inside "لإيران". {@code stem} is the
 * segmenter's best reading with pronoun suffixes removed as well.
 */
public record Token(int index, int start, int end, String surface, List<Form> forms, String stem,
                    String proclitics, String enclitic, boolean punctuation) {

    public Token {
        Objects.requireNonNull(surface, "surface");
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one form: '" + surface + "'");
        }
    }

    /** One normalized reading of the token, beginning at {@code start} in the original text. */
    public record Form(String text, int start, String proclitics) {
    }

    /** The normalized whole word. */
    public String normalized() {
        return forms.get(0).text();
    }

    public Span span() {
        return new Span(start, end);
    }

    /** True when the word carries the conjunction و or ف in front. */
    public boolean startsWithConjunction() {
        return proclitics.startsWith("و") || proclitics.startsWith("ف");
    }
}
