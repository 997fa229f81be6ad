package org.tahaluf.text.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tahaluf.core.Token;
import org.tahaluf.text.SentenceTextLayer;
import org.tahaluf.text.WordSpans;

/**
 * English sentences of lower-cased tokens. The possessive 's is a clitic: "Iran's" also reads
 * as "iran". Dots of initials are dropped from the normalized form, so "U.S." and "US" match alike.
 */
public final class EnglishTextLayer extends SentenceTextLayer {

    @Override
    public List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        for (WordSpans.Raw raw : WordSpans.find(text, from, to)) {
            String surface = text.subSequence(raw.start(), raw.end()).toString();
            String norm = normalize(surface);
            if (!raw.word()) {
                tokens.add(new Token(tokens.size(), raw.start(), raw.end(), surface,
                        List.of(new Token.Form(norm, raw.start(), "")), norm, "", "", true));
                continue;
            }
            List<Token.Form> forms = new ArrayList<>(2);
            forms.add(new Token.Form(norm, raw.start(), ""));
            String enclitic = "";
            String acronym = acronymKey(surface);
            if (acronym != null) {
                forms.add(new Token.Form(acronym, raw.start(), ""));
            }
            if (norm.length() > 3 && norm.endsWith("'s")) {
                forms.add(new Token.Form(norm.substring(0, norm.length() - 2), raw.start(), ""));
                enclitic = "'s";
            }
            String stem = forms.get(forms.size() - 1).text();
            tokens.add(new Token(tokens.size(), raw.start(), raw.end(), surface, forms, stem, "", enclitic, false));
        }
        return tokens;
    }

    /**
     * The case-sensitive key of an acronym ("US", "U.S.", "ISIS" → "^US", "^ISIS"), or null: an
     * acronym written in capitals must not match the common word ("us", "is") it spells.
     */
    public static String acronymKey(String surface) {
        String s = surface.replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        return "^" + s;
    }

    /** Lower case, typographic apostrophes made plain, dots of initials removed. */
    public static String normalize(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (s.length() > 1 && s.indexOf('.') > 0 && !Character.isDigit(s.charAt(0))) {
            s = s.replace(".", "");
        }
        return s;
    }
}
