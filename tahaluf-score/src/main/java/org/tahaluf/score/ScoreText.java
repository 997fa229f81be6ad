package org.tahaluf.score;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the scorer compares it (score.py's {@code norm}): names, aliases and claim contents
 * are equal when they are equal after these steps.
 *
 * <ul>
 *   <li>NFKC, then lower case;</li>
 *   <li>Arabic diacritics, Quranic marks and tatweel removed;</li>
 *   <li>alef forms to bare alef, alef maqsura and yeh with hamza to yeh, taa marbuta to ha, waw with hamza to waw;</li>
 *   <li>runs of white space, dots, underscores, hyphens, slashes, apostrophes, backticks and quotes to one space, trimmed;</li>
 *   <li>a leading English "the " dropped.</li>
 * </ul>
 */
public final class ScoreText {

    private static final Pattern DIACRITICS = Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
    // UNICODE_CHARACTER_CLASS: Python's \s matches every Unicode space, Java's only ASCII ones without it
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-/'\u2019`\"]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private ScoreText() {
    }

    /** The compared form of a text; "" for null. */
    public static String norm(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = DIACRITICS.matcher(t).replaceAll("");
        t = fold(t);
        t = SEPARATORS.matcher(t).replaceAll(" ").strip();
        return LEADING_THE.matcher(t).replaceFirst("");
    }

    private static String fold(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0649', '\u0626' -> '\u064a';
                case '\u0629' -> '\u0647';
                case '\u0624' -> '\u0648';
                default -> c;
            });
        }
        return out.toString();
    }
}
