package org.tahaluf.text;

/** Character classes shared by the languages. */
public final class Scripts {

    private Scripts() {
    }

    public static boolean isArabicLetter(int c) {
        return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5
                || (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
    }

    /** Characters that are dropped from the text for matching: marks, tatweel, invisible format characters. */
    public static boolean isIgnorable(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A)
                || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640
                || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x00AD
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A character that belongs inside a word. */
    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || isIgnorable(c) && c != 0x200B && !(c >= 0x202A && c <= 0x202E)
                || c == '\'' || c == '\u2019';
    }
}
