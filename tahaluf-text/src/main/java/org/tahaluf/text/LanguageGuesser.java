package org.tahaluf.text;

import org.tahaluf.core.Language;

/** Guesses a text's language from its script: Arabic letters against Latin ones. */
public final class LanguageGuesser {

    private static final int SAMPLE = 4000;

    private LanguageGuesser() {
    }

    public static Language guess(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Scripts.isArabicLetter(c)) {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return Language.OTHER;
        }
        return arabic >= latin ? Language.AR : Language.EN;
    }
}
