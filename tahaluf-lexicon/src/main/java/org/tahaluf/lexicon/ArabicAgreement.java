package org.tahaluf.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The inflection of Arabic nisba adjectives (عراقي): gender, number and the definite article.
 * Sound plurals and duals carry a case ending (-ون/-ان nominative, -ين oblique).
 */
final class ArabicAgreement {

    private static final String[] SUFFIXES = {"", "ه", "ان", "ين", "تان", "تين", "ون", "ات"};

    private ArabicAgreement() {
    }

    /**
     * Every form of a normalized masculine singular nisba, with and without the article, and the
     * indefinite accusative ("أميركيا"), which may spell a country's name ("سوريا") and so only
     * counts after an accusative noun.
     */
    static List<String> nisbaForms(String stem) {
        List<String> forms = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            forms.add(stem + suffix);
            forms.add("ال" + stem + suffix);
        }
        forms.add(stem + "ا");
        return forms;
    }

    static boolean isPluralNisba(String form) {
        return form.endsWith("ون") || form.endsWith("ين") || form.endsWith("ات");
    }

    /** The adjective agreeing with a noun label: feminine after ة/ات nouns ("القوات العراقية"), masculine otherwise. */
    static String adjective(String nounLabel, String stem) {
        boolean feminine = nounLabel.endsWith("ة") || nounLabel.endsWith("ات");
        return "ال" + stem + (feminine ? "ة" : "");
    }
}
