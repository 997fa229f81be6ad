package org.tahaluf.coder;

import org.tahaluf.core.EventType;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Deaths and damage the sentence puts down to an accident or to nature ({@code accident cause} cues):
 * "قتل جندي في حادث سير", "تسببت الأمطار في تدمير 3000 منزل". The words of harm are the same as
 * an attack's; the cause named beside them says no one attacked.
 */
final class Accidents {

    /** How far from the harm its cause may be named: "قتل ثلاثة أشخاص أمس في حادث سير". */
    private static final int REACH = 6;

    private Accidents() {
    }

    static boolean explain(Match<EventPattern> trigger, SentenceCues cues, Clauses clauses) {
        if (trigger.value().type() != EventType.ASSAULT) {
            return false;
        }
        for (Match<Cue> c : cues.of("accident")) {
            int gap = c.first() > trigger.last() ? c.first() - trigger.last() : trigger.first() - c.last();
            if (gap <= REACH && clauses.same(c.first(), trigger.first())) {
                return true;
            }
        }
        return false;
    }
}
