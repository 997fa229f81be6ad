package org.tahaluf.text.ar;

import java.text.Normalizer.Form;
import org.tahaluf.text.NormalizedText;
import org.tahaluf.text.Normalizer;
import org.tahaluf.text.Scripts;

/**
 * Normalizes Arabic for matching, one character at a time so that offsets survive.
 *
 * <ul>
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef), Quranic marks and tatweel are removed;</li>
 *   <li>alef with hamza above or below, alef madda and alef wasla become bare alef;</li>
 *   <li>taa marbuta becomes ha, alef maqsura and yeh with hamza become yeh, waw with hamza becomes waw;</li>
 *   <li>Persian and Urdu letters (keheh, gaf, Farsi yeh) become their Arabic counterparts;</li>
 *   <li>Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits; presentation forms are decomposed;</li>
 *   <li>Latin letters are lower-cased; invisible format characters are removed.</li>
 * </ul>
 * These are the conflations of Larkey et al. (2007) light stemming and of the evaluation's scorer.
 */
public final class ArabicNormalizer implements Normalizer {

    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char ALEF_MAQSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char YEH_HAMZA = '\u0626';
    public static final char WAW = '\u0648';
    public static final char WAW_HAMZA = '\u0624';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KEHEH = '\u06A9';
    public static final char GAF = '\u06AF';
    public static final char KAF = '\u0643';

    @Override
    public NormalizedText normalize(CharSequence text, int start, int end) {
        var out = new org.tahaluf.text.NormalizedBuilder();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scripts.isIgnorable(c)) {
                continue;
            }
            if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)) {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), Form.NFKC);
                for (int k = 0; k < decomposed.length(); k++) {
                    char d = decomposed.charAt(k);
                    if (!Scripts.isIgnorable(d) && d != ' ') {
                        out.append(fold(d), i);
                    }
                }
                continue;
            }
            out.append(fold(c), i);
        }
        return out.build(end);
    }

    /** The normalized form of one character. */
    public static char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, '\u0672', '\u0673':
                return ALEF;
            case TEH_MARBUTA, '\u06C0':
                return HEH;
            case ALEF_MAQSURA, YEH_HAMZA, FARSI_YEH:
                return YEH;
            case WAW_HAMZA:
                return WAW;
            case KEHEH, GAF:
                return KAF;
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return Character.toLowerCase(c);
    }
}
