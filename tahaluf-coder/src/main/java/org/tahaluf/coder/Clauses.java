package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Clause numbers of a sentence's tokens. A clause ends at a comma, semicolon, colon, bracket or
 * quotation mark (not the comma between two sides, "من جهة، و"), and before a clause-opening word
 * (بينما، إذ، حيث، while, but …). Roles are looked for inside a clause first.
 */
final class Clauses {

    private static final String BREAKS = "،,؛;:()«»\"“”[]—–|";

    private final int[] clauseOf;

    Clauses(Sentence sentence, SentenceCues cues) {
        List<Token> tokens = sentence.tokens();
        clauseOf = new int[tokens.size()];
        boolean[] opens = new boolean[tokens.size()];
        for (Match<Cue> m : cues.of("clause")) {
            if (m.value().value().equals("boundary")) {
                opens[m.first()] = true;
            }
        }
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.punctuation() && BREAKS.indexOf(t.surface().charAt(0)) >= 0 && !afterFirstSide(tokens, i) || opens[i]) {
                clause++;
            }
            clauseOf[i] = clause;
        }
    }

    /** "بين قوات النظام من جهة، وفصائل المعارضة من جهة أخرى": the comma after the first side goes on with the second. */
    private static boolean afterFirstSide(List<Token> tokens, int comma) {
        return comma >= 2 && Roles.isSideMarker(tokens, comma - 2) && comma + 1 < tokens.size()
                && tokens.get(comma + 1).startsWithConjunction();
    }

    int of(int token) {
        return clauseOf[token];
    }

    boolean same(int a, int b) {
        return clauseOf[a] == clauseOf[b];
    }
}
