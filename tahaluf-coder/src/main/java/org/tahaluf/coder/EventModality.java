package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * How the text commits to an event: the nearest {@code modality} cue before its trigger in a few
 * words ("تعتزم تركيا شن عملية", "ربما تستهدف"), a negation only in the trigger's own clause and
 * closer still, the future prefix on the verb itself, and a denial that governs it.
 */
final class EventModality {

    /** How far before a trigger a modality cue still governs it. */
    private static final int WINDOW = 7;
    /** How far a negation reaches: "لم تشن الطائرات التركية أي غارة" but not a negation a clause back. */
    private static final int NEGATION_WINDOW = 4;

    private EventModality() {
    }

    static Modality of(Match<EventPattern> trigger, List<Token> tokens, SentenceCues cues, Clauses clauses,
                       SpeechFinder.Speech speech) {
        if (speech != null && speech.denial()) {
            return Modality.NEGATED;
        }
        // "ستنفجر": the future prefix on the verb itself, unless a cue nearer says otherwise
        Modality found = trigger.proclitics().endsWith("س") ? Modality.EXPECTED : Modality.ASSERTED;
        int nearest = Integer.MAX_VALUE;
        for (Match<Cue> c : cues.of("modality")) {
            int distance = trigger.first() - c.last();
            if (distance <= 0 || distance > WINDOW) {
                continue;
            }
            if ("may".equals(c.value().value()) && !beforeImperfect(c.last(), tokens)) {
                continue;
            }
            Modality m = "may".equals(c.value().value()) ? Modality.HYPOTHETICAL : Modality.fromCode(c.value().value());
            if (m == Modality.NEGATED && (distance > NEGATION_WINDOW || !clauses.same(c.last(), trigger.first()))) {
                continue;
            }
            if (m == Modality.NEGATED || distance < nearest && found != Modality.NEGATED) {
                found = m;
                nearest = distance;
            }
        }
        return found;
    }

    /**
     * "قد يستهدف", "قد تتعرض", "قد تكون": an imperfect after قد. A perfect of the form تفعّل also begins
     * with ت ("قد تعرض لقصف"), so of the words in ت only the imperfect's تت and تكون are taken.
     */
    private static boolean beforeImperfect(int cue, List<Token> tokens) {
        if (cue + 1 >= tokens.size()) {
            return false;
        }
        String w = tokens.get(cue + 1).normalized();
        return w.startsWith("ي") || w.startsWith("ن") || w.startsWith("تت") || w.startsWith("تكون");
    }
}
