package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Sentence;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * The cue words of one sentence, longest first where they overlap, so that "شمال غربي" is one
 * direction and not "شمال" followed by "غربي".
 */
final class SentenceCues {

    private final List<Match<Cue>> all;
    private final ByStart<Cue> byStart;
    private final java.util.Map<String, List<Match<Cue>>> byCategory = new java.util.HashMap<>();

    SentenceCues(Sentence sentence, List<Match<Cue>> matches) {
        List<Match<Cue>> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(b.last(), a.last()));
        this.all = List.copyOf(sorted);
        this.byStart = new ByStart<>(sentence.tokens().size(), all);
    }

    List<Match<Cue>> all() {
        return all;
    }

    /** Cues of a category, overlapping ones reduced to the longest; every finder asks, so kept once made. */
    List<Match<Cue>> of(String category) {
        return byCategory.computeIfAbsent(category, this::collect);
    }

    private List<Match<Cue>> collect(String category) {
        List<Match<Cue>> out = new ArrayList<>();
        int covered = -1;
        for (Match<Cue> m : all) {
            if (m.value().category().equals(category) && m.first() > covered) {
                out.add(m);
                covered = m.last();
            }
        }
        return List.copyOf(out);
    }

    /** True when a cue of the category ends right before token i: "أسفر عن" before "مقتل". */
    boolean endsBefore(String category, int i) {
        return of(category).stream().anyMatch(m -> m.last() == i - 1);
    }

    /** The longest cue of a category starting at token i, or null. */
    Match<Cue> at(int i, String category) {
        return byStart.longest(i, c -> c.category().equals(category));
    }
}
