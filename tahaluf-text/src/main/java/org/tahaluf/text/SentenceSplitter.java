package org.tahaluf.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tahaluf.core.Span;

/**
 * Splits text into sentences without losing a character's offset.
 *
 * <ul>
 *   <li>a line break always ends a sentence: news puts headlines, bylines and paragraphs on lines of their own;</li>
 *   <li>inside a line, . ! ? ؟ and … end a sentence when followed by space or the line's end,
 *       but not inside «…» or "…" quotes, not after a known abbreviation (Mr., U.S.) or an initial,
 *       and not between digits;</li>
 *   <li>a line that does not end in terminal punctuation is a headline.</li>
 * </ul>
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "sen", "rep", "gov",
            "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
            "vs", "etc", "inc", "co", "corp", "jr", "sr", "prof", "rev", "u.s", "u.k", "u.n", "e.g", "i.e",
            "approx", "est", "dept", "govt", "brig", "cmdr", "pres");

    /** A sentence span and whether it is a headline (a line of its own without final punctuation). */
    public record Piece(Span span, boolean headline) {
    }

    public List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, pieces);
            lineStart = lineEnd + 1;
        }
        return pieces;
    }

    private void splitLine(String text, int from, int to, List<Piece> out) {
        int start = from;
        int quoteDepth = 0;
        boolean inStraightQuote = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                quoteDepth++;
            } else if ((c == '»' || c == '”') && quoteDepth > 0) {
                quoteDepth--;
            } else if (c == '"') {
                inStraightQuote = !inStraightQuote;
            } else if (isTerminal(c) && quoteDepth == 0 && !inStraightQuote && endsSentence(text, i, to)) {
                int end = i + 1;
                while (end < to && isTerminal(text.charAt(end))) {
                    end++;
                }
                emit(text, start, end, false, out);
                start = end;
                i = end - 1;
            }
        }
        if (start < to) {
            int end = trimEnd(text, start, to);
            boolean headline = end > start && !isTerminal(text.charAt(end - 1)) && !isClosingQuote(text.charAt(end - 1));
            emit(text, start, to, headline, out);
        }
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean isClosingQuote(char c) {
        return c == '»' || c == '”' || c == '"' || c == ')';
    }

    private boolean endsSentence(String text, int i, int to) {
        int next = i + 1;
        while (next < to && isTerminal(text.charAt(next))) {
            next++;
        }
        if (next < to && !Character.isWhitespace(text.charAt(next)) && !isClosingQuote(text.charAt(next))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void emit(String text, int start, int end, boolean headline, List<Piece> out) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = trimEnd(text, s, end);
        if (e > s) {
            out.add(new Piece(new Span(s, e), headline));
        }
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
