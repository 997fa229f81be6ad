package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * English passives and nouns whose agent follows "by": "Iraq was praised by the United Nations",
 * "attacks on Iraqi forces by Islamic State".
 */
final class EnglishPassives {

    private EnglishPassives() {
    }

    /**
     * "Iraq was praised by the United Nations", "the rebels were reportedly trained by Turkey": an English
     * verb written as a past participle right after a form of "be" (past one -ly adverb), with an agent
     * after "by", is passive. Without the agent it stays active: "Hezbollah is allied with Iran" describes.
     */
    static boolean passive(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        int before = trigger.first() - 1;
        if (before > 0 && tokens.get(before).normalized().endsWith("ly")) {
            before--;
        }
        if (before < 0 || !WordClass.BE_AUXILIARY.contains(tokens.get(before).normalized())) {
            return false;
        }
        return participle(tokens.get(trigger.first())) && Agents.agent(roles, trigger, tokens, tokens.size()) != null;
    }

    /**
     * "attacks on Iraqi forces by Islamic State", "an agreement signed by the rebels": the "by" after an English
     * noun trigger, within its phrase (no punctuation between), that an actor follows within a few words. A
     * participle before it further on has its own agent: in "an attack on refugees cleared by the government"
     * the government permits, it does not attack. -1 when none.
     */
    static int nounBy(Roles roles, Match<EventPattern> trigger, List<Token> tokens, int stop) {
        for (int i = trigger.last() + 1; i < Math.min(stop, trigger.last() + 8); i++) {
            Token t = tokens.get(i);
            if (t.punctuation()) {
                return -1;
            }
            if (t.normalized().equals("by")) {
                boolean ownParticiple = i - 1 > trigger.last() + 1 && participle(tokens.get(i - 1));
                return ownParticiple || byAgent(roles, i) == null ? -1 : i;
            }
        }
        return -1;
    }

    /** The actor right after "by" at {@code by}, past an article and a description ("by the rebel Free Syrian Army"). */
    static Found byAgent(Roles roles, int by) {
        return roles.startingWithin(by + 1, by + 3, by);
    }

    private static boolean participle(Token t) {
        String w = t.normalized();
        return w.endsWith("ed") || WordClass.PARTICIPLE.contains(w);
    }
}
