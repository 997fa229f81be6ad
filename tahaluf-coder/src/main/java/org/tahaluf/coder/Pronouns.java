package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Who a pronoun stands for as an event's subject or object: an English "it", "they", "he" before a
 * verb, an Arabic verb with no subject of its own that opens its sentence, an object pronoun ("bombed
 * it", "تقاتلهم"). Each is an actor told before, found in the {@link Discourse}.
 */
final class Pronouns {

    private Pronouns() {
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "they", "he", "she");

    /**
     * The subject a verb takes from the sentences before: an English pronoun right before it ("it
     * launched a surprise attack"), or an Arabic verb that opens its sentence with no actor in it
     * ("وشنت غارات على …" after "أعلن الجيش التركي …"). It is the last group or state named, or
     * the last person for he / she.
     */
    static Found subject(Language language, Match<EventPattern> trigger, List<Token> tokens,
                                        Discourse discourse, Sentence sentence) {
        int pronoun = language == Language.EN ? englishPronoun(trigger, tokens) : -1;
        boolean arabic = language == Language.AR && !sentence.headline() && Agents.opensSentence(trigger, tokens);
        if (pronoun < 0 && !arabic) {
            return null;
        }
        String w = pronoun >= 0 ? tokens.get(pronoun).normalized() : "";
        boolean person = w.equals("he") || w.equals("she");
        Actor a = discourse.lastBefore(sentence.index(), x -> x.kind() != org.tahaluf.core.ActorKind.LOCATION
                && (person == (x.kind() == org.tahaluf.core.ActorKind.PERSON))
                && x.kind() != org.tahaluf.core.ActorKind.POPULATION);
        if (a == null) {
            return null;
        }
        Token t = tokens.get(trigger.first());
        return new Found(sentence.index(), trigger.first(), trigger.first(), t.start(), t.start(), "", a.id(),
                Found.Type.COREF, true);
    }

    /**
     * The English pronoun subject of a trigger: right before it, or before the light verb that carries it
     * ("it launched a surprise attack", "they carried out an attack"); -1 when there is none.
     */
    private static int englishPronoun(Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = trigger.first() - 1; k >= Math.max(0, trigger.first() - 5); k--) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return -1;
            }
            if (PRONOUNS.contains(t.normalized())) {
                return k == trigger.first() - 1 || WordClass.LIGHT_VERB.contains(tokens.get(k + 1).normalized()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "حيث تقاتلهم القوات الحكومية": a verb of conflict whose object is the pronoun هم fights the armed
     * group last named before this sentence, other than its subject.
     */
    static Found foughtThem(Match<EventPattern> trigger, List<Token> tokens, Discourse discourse, Sentence sentence,
                            Found source) {
        Token verb = tokens.get(trigger.last());
        if (!verb.surface().endsWith("هم") || !"هم".equals(verb.enclitic())) {
            return null;
        }
        Actor a = discourse.lastBefore(sentence.index(), x -> x.kind() == org.tahaluf.core.ActorKind.ARMED_GROUP
                && !x.id().equals(source.actorId()));
        if (a == null) {
            return null;
        }
        return new Found(sentence.index(), trigger.last(), trigger.last(), verb.start(), verb.start(), "", a.id(),
                Found.Type.COREF, true);
    }

    /**
     * "rebels overran the town of Ras al-Ain and the airforce bombed it": an English object pronoun
     * right after a verb stands for the last thing named before it in the sentence ("it": not a
     * person; "them": a group or a people), never for the verb's own subject.
     */
    static Found object(Language language, Match<EventPattern> trigger, List<Token> tokens, List<Found> found,
                               Found source, MentionFinder.Kinds kinds) {
        int after = trigger.last() + 1;
        if (language != Language.EN || after >= tokens.size()) {
            return null;
        }
        String w = tokens.get(after).normalized();
        if (!w.equals("it") && !w.equals("them")) {
            return null;
        }
        Found best = null;
        for (Found f : found) {
            boolean fits = w.equals("it") ? !kinds.persons().contains(f.actorId()) : !f.isPlace()
                    && !kinds.persons().contains(f.actorId());
            if (f.hasActor() && f.last() < trigger.first() && fits
                    && (source == null || !f.actorId().equals(source.actorId()))) {
                best = f;
            }
        }
        return best;
    }
}
