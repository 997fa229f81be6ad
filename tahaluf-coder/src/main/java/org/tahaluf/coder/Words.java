package org.tahaluf.coder;

import java.util.List;
import java.util.Set;
import org.tahaluf.core.Token;

/** Small lookups around a mention that several finders share. */
final class Words {

    private Words() {
    }

    /** True when one of the {@code window} words before token {@code first} is in {@code words} (normalized). */
    static boolean precededBy(List<Token> tokens, int first, Set<String> words, int window) {
        for (int k = Math.max(0, first - window); k < first; k++) {
            if (words.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the {@code window} words after token {@code last} is in {@code words} (normalized). */
    static boolean followedBy(List<Token> tokens, int last, Set<String> words, int window) {
        for (int k = last + 1; k <= Math.min(tokens.size() - 1, last + window); k++) {
            if (words.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }
}
