package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * The dictionary actors that stand in for an author a sentence does not name ("قتل جنديان في هجوم
 * انتحاري في هرات أمس": unidentified attackers; "تظاهر الآلاف في بغداد الجمعة": protesters), and when
 * they may.
 */
final class UnnamedAuthors {

    /** The stand-in actor by event type. */
    static final Map<EventType, String> BY_TYPE = Map.of(EventType.ASSAULT, "UNIDENTIFIED", EventType.PROTEST, "PROTESTERS");

    private UnnamedAuthors() {
    }

    /** True for an event whose source is a stand-in, not a named author. */
    static boolean isStandIn(Found source) {
        return BY_TYPE.containsValue(source.actorId());
    }

    /** The stand-in for the trigger's type, placed at its first word. */
    static Found at(Match<EventPattern> trigger, List<Token> tokens, Sentence sentence) {
        Token t = tokens.get(trigger.first());
        return new Found(sentence.index(), trigger.first(), trigger.first(), t.start(), t.start(), "",
                BY_TYPE.get(trigger.value().type()), Found.Type.COREF, true);
    }

    /**
     * The stand-in author of a trigger no actor is the source of, or null. It happened somewhere, its
     * author unnamed — also when a witness or an officer reports it. Only a verb or an indefinite noun
     * introduces an occurrence: a definite one ("الهجوم", "المظاهرات") points back to one already told,
     * or to the kind, unless a verb of occurrence tells it ("وقع الهجوم فجر أمس"), it is a crowd's
     * purpose ("خرجوا للاحتجاج") or its victim is the subject of a passive ("تعرضت القوات العراقية لهجوم
     * في الموصل"). Fighting in general ("المعارك") has sides, not an unnamed author. An imperfect tells
     * what such hands do or will do ("هم يخطفون ويقتلون") unless the sentence dates it or counts its
     * victims. A verb whose object is only a pronoun ("قتله") speaks of someone already told.
     */
    static Found of(EventContext c, Roles roles, Match<EventPattern> trigger, Voice voice, boolean victims,
                    List<Found> targets) {
        EventPattern p = trigger.value();
        // a crowd protests against whom it names ("اعتصم عشرات المواطنين أمام السفارة الأميركية"): the
        // named party is its target, not its author
        boolean protestOn = p.type() == EventType.PROTEST && voice != Voice.PASSIVE;
        if (!BY_TYPE.containsKey(p.type()) || p.voice() == Voice.PREP
                || !(targets.isEmpty() || protestOn || victims || unnamedVictim(roles, trigger, voice, targets))
                || p.voice() != Voice.NOUN && Triggers.objectPronoun(c.tokens().get(trigger.last()))) {
            return null;
        }
        boolean introduced = !Agents.definite(trigger, c.tokens()) || protestOn && Agents.purpose(trigger, c.scene())
                || Recollection.told(trigger, c.cues(), c.clauses()) || Agents.passiveMarked(trigger, c.tokens(), c.clauses());
        boolean happened = Agents.imperfect(trigger, c.tokens(), c.language()) ? c.scene().current() : c.scene().placed();
        return introduced && happened ? at(trigger, c.tokens(), c.sentence()) : null;
    }

    /**
     * A victim with no one else named in its clause who could have done it; a verb written alike in
     * both voices with no subject anywhere is the passive ("قتل أحد أفراد البيشمركة").
     */
    private static boolean unnamedVictim(Roles roles, Match<EventPattern> trigger, Voice voice, List<Found> targets) {
        boolean passive = voice == Voice.PASSIVE || trigger.value().voice() == Voice.EITHER;
        return passive && targets.size() == 1 && roles.onlyOneInClause(targets.get(0), trigger.first());
    }

    /**
     * A protest is against a policy or a state of things as often as against an actor ("تظاهر أنصار
     * الحزب أمام البرلمان احتجاجا على الغلاء"): placed in space or time, it needs no counterpart.
     */
    static boolean placedProtest(EventPattern p, Scene scene) {
        return p.type() == EventType.PROTEST && scene.placed();
    }

    /**
     * "قتل 21 مقاتلا في كمين نصبه التنظيم": when another trigger of the sentence names the author of an
     * attack on the same victims, the stand-in for that attack goes.
     */
    static List<EventFinder.Coded> withoutNamedOnes(List<EventFinder.Coded> coded) {
        String unnamed = BY_TYPE.get(EventType.ASSAULT);
        Set<String> named = new HashSet<>();
        for (EventFinder.Coded c : coded) {
            if (c.pattern().type() == EventType.ASSAULT && c.target() != null && !c.source().actorId().equals(unnamed)) {
                named.add(c.target().actorId());
            }
        }
        List<EventFinder.Coded> kept = new ArrayList<>(coded);
        kept.removeIf(c -> c.source().actorId().equals(unnamed) && c.target() != null
                && named.contains(c.target().actorId()));
        return kept;
    }
}
