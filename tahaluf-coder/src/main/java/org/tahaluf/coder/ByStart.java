package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/** Matches of one matcher over a sentence, indexed by the token they start at. */
final class ByStart<T> {

    private final List<List<Match<T>>> byStart;

    ByStart(int tokens, List<Match<T>> matches) {
        byStart = new ArrayList<>(tokens);
        for (int i = 0; i < tokens; i++) {
            byStart.add(new ArrayList<>(0));
        }
        for (Match<T> m : matches) {
            byStart.get(m.first()).add(m);
        }
    }

    List<Match<T>> at(int i) {
        return i >= 0 && i < byStart.size() ? byStart.get(i) : List.of();
    }

    /** The longest match at {@code i} whose value passes {@code test}, or null. */
    Match<T> longest(int i, Predicate<T> test) {
        Match<T> best = null;
        for (Match<T> m : at(i)) {
            if (test.test(m.value()) && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }

    Match<T> longest(int i) {
        return longest(i, v -> true);
    }
}
