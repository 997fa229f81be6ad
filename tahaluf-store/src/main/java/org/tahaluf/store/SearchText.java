package org.tahaluf.store;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.text.ar.ArabicNormalizer;

/**
 * The one normalization full-text search applies to indexed articles and to queries alike, so
 * that "إيران", "ايران" and "إيرانَ" find each other: the coder's Arabic normalizer (diacritics and
 * tatweel removed, alef forms unified, taa marbuta as ha, Latin lower-cased), then every run of
 * letters and digits is a word. No stemming: a search for "الميليشيات" does not find "ميليشيا"
 * (Lucene's ArabicAnalyzer would; kept out to keep the store's dependencies small).
 */
final class SearchText {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private SearchText() {
    }

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return String.join(" ", words(text));
    }

    /** The normalized words of a text, in order. */
    static List<String> words(String text) {
        String folded = NORMALIZER.normalize(text, 0, text.length()).text();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
