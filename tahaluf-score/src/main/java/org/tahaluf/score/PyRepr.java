package org.tahaluf.score;

import java.util.List;

/** Writes values the way Python's {@code repr} does, so that --verbose reads exactly as score.py's. */
final class PyRepr {

    private PyRepr() {
    }

    /** A string in quotes (single unless it holds a single quote and no double one), or None. */
    static String str(String s) {
        if (s == null) {
            return "None";
        }
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    /** A tuple of already written items: {@code (a, b)}. */
    static String tuple(String... items) {
        return "(" + String.join(", ", items) + ")";
    }

    /** A list of already written items: {@code [a, b]}. */
    static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** A list of strings: {@code ['a', 'b']}. */
    static String strings(List<String> items) {
        return list(items.stream().map(PyRepr::str).toList());
    }
}
