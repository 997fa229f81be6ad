package org.tahaluf.text.ar;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.text.NormalizedText;

/**
 * Lexicon-free clitic segmentation of one normalized Arabic word into the readings a matcher
 * should try.
 *
 * <p>Proclitics are peeled in the order Arabic stacks them: a conjunction (و ف), then a
 * preposition (ب ك ل) or the future particle (س before an imperfect prefix), then the
 * article. The article itself is kept in the readings, because names carry it ("الشرع" is a
 * name, "شرع" a verb); لل is read as ل + ال. Every reading keeps at least two letters, so short
 * words are never emptied. Pronoun suffixes (ه ها هم هما هن كم نا ي) are removed only for the
 * {@link #stem}, the reading used by coreference and patterns that want the bare word. The
 * alef of the indefinite accusative ("هجوما") is read off as well.
 */
public final class ArabicSegmenter {

    private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"};
    private static final int MIN_STEM = 2;

    private ArabicSegmenter() {
    }

    /** The readings of a normalized word, whole word first. */
    public static List<Token.Form> forms(NormalizedText word) {
        String w = word.text();
        List<Token.Form> forms = new ArrayList<>(4);
        forms.add(new Token.Form(w, word.originOf(0), ""));
        addPrepositionReadings(word, 0, "", forms);
        if (w.length() - 1 >= MIN_STEM && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            String conj = w.substring(0, 1);
            add(forms, w.substring(1), word.originOf(1), conj);
            addPrepositionReadings(word, 1, conj, forms);
        }
        if (w.length() >= 4 && w.endsWith("ا") && !w.startsWith("ال") && !w.endsWith("ها") && !w.endsWith("نا")
                && !w.endsWith("يا")) {
            // the indefinite accusative's alef ("هجوما", "ائتلافا") is an ending, not part of the word;
            // ها and نا are pronouns, يا mostly a name's ending (سوريا)
            int n = forms.size();
            for (int k = 0; k < n; k++) {
                Token.Form f = forms.get(k);
                if (f.text().length() >= 4 && f.text().endsWith("ا")) {
                    add(forms, f.text().substring(0, f.text().length() - 1), f.start(), f.proclitics());
                }
            }
        }
        return forms;
    }

    private static void addPrepositionReadings(NormalizedText word, int at, String before, List<Token.Form> forms) {
        String w = word.text();
        String rest = w.substring(at);
        if (rest.startsWith("لل") && rest.length() >= 2 + MIN_STEM) {
            add(forms, "ال" + rest.substring(2), word.originOf(at + 2), before + "لل");
            return;
        }
        if (rest.length() < 1 + MIN_STEM) {
            return;
        }
        char first = rest.charAt(0);
        if (first == 'ب' || first == 'ك' || first == 'ل') {
            add(forms, rest.substring(1), word.originOf(at + 1), before + first);
        } else if (first == 'س' && rest.length() >= 4 && "يتنا".indexOf(rest.charAt(1)) >= 0) {
            add(forms, rest.substring(1), word.originOf(at + 1), before + first);
        }
    }

    private static void add(List<Token.Form> forms, String text, int start, String proclitics) {
        for (Token.Form f : forms) {
            if (f.text().equals(text)) {
                return;
            }
        }
        forms.add(new Token.Form(text, start, proclitics));
    }

    /** The deepest reading with a pronoun suffix removed when at least three letters remain. */
    public static String stem(List<Token.Form> forms) {
        String deepest = forms.get(forms.size() - 1).text();
        for (String suffix : SUFFIXES) {
            if (deepest.endsWith(suffix) && deepest.length() - suffix.length() >= 3) {
                return deepest.substring(0, deepest.length() - suffix.length());
            }
        }
        return deepest;
    }

    /** The pronoun suffix {@link #stem} removed, or "". */
    public static String enclitic(List<Token.Form> forms) {
        String deepest = forms.get(forms.size() - 1).text();
        String stem = stem(forms);
        return deepest.substring(stem.length());
    }
}
