package org.tahaluf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds word and punctuation spans in a stretch of text: the language-independent half of tokenization.
 *
 * <ul>
 *   <li>a word is a run of letters, digits, combining marks and inner apostrophes;</li>
 *   <li>digits joined by . or , stay one number (14,000; 3.5); initials joined by dots stay one word (U.S.);</li>
 *   <li>a hyphen, slash or underscore between two words separates them and is not a token ("Iran-backed",
 *       "#خالد_بن_سلمان", also after initials: "U.S.-led"), nor is the sign of a hashtag before a word ("#أردوغان");</li>
 *   <li>every other visible character is a punctuation token of its own.</li>
 * </ul>
 */
public final class WordSpans {

    /** A raw token span; {@code word} is false for punctuation. */
    public record Raw(int start, int end, boolean word) {
    }

    private WordSpans() {
    }

    public static List<Raw> find(CharSequence text, int from, int to) {
        List<Raw> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || (Scripts.isIgnorable(c) && !Scripts.isWordChar(c))) {
                i++;
                continue;
            }
            if (Scripts.isWordChar(c) && c != '\'' && c != '\u2019') {
                int end = wordEnd(text, i, to);
                out.add(new Raw(i, end, true));
                i = end;
                continue;
            }
            if ((c == '-' || c == '/' || c == '_' || c == '\u2010' || c == '\u2011') && i > from && i + 1 < to
                    && (Scripts.isWordChar(text.charAt(i - 1)) || afterInitials(out, i))
                    && Scripts.isWordChar(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '#' && i + 1 < to && Scripts.isWordChar(text.charAt(i + 1))
                    && (i == from || !Scripts.isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            out.add(new Raw(i, i + Character.charCount(Character.codePointAt(text, i)), false));
            i += Character.charCount(Character.codePointAt(text, i));
        }
        return out;
    }

    /** True when the word token just before {@code i} ends at it with a dot: initials such as "U.S." before "-led". */
    private static boolean afterInitials(List<Raw> out, int i) {
        if (out.isEmpty()) {
            return false;
        }
        Raw last = out.get(out.size() - 1);
        return last.word() && last.end() == i && last.end() - last.start() > 1;
    }

    private static int wordEnd(CharSequence text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Scripts.isWordChar(c)) {
                if ((c == '\'' || c == '\u2019') && !(i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                    break;
                }
                if (i > start && Scripts.isArabicLetter(text.charAt(i - 1)) != Scripts.isArabicLetter(c)
                        && (Character.isDigit(c) || Character.isDigit(text.charAt(i - 1)))) {
                    break; // "مقتل52": a number glued to an Arabic word is a word of its own
                }
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1))) {
                i++;
            } else if (c == '.' && isInitials(text, start, i, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** True for the dot in "U.S" / "U.S." / "U.N.", where every piece is one Latin letter. */
    private static boolean isInitials(CharSequence text, int start, int dot, int to) {
        if (dot - start < 1 || !isSingleLatinPiece(text, dot)) {
            return false;
        }
        return dot + 1 < to && Character.isLetter(text.charAt(dot + 1))
                && (dot + 2 >= to || !Character.isLetter(text.charAt(dot + 2)))
                || dot - start >= 3 && (dot + 1 >= to || !Character.isLetterOrDigit(text.charAt(dot + 1)));
    }

    private static boolean isSingleLatinPiece(CharSequence text, int dot) {
        char before = text.charAt(dot - 1);
        boolean single = dot - 2 < 0 || !Character.isLetter(text.charAt(dot - 2));
        return before < 128 && Character.isUpperCase(before) && single;
    }
}
