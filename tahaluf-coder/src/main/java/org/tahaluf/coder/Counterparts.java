package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * The counterparts of an event once its source is known: the objects its roles offered, less those that
 * are no counterpart (the enemy a cooperation is against, the partners of a joint attack, objects too
 * far from the verb), plus those the roles miss (a pronoun object, the owner of the holdings struck,
 * who is threatened or blamed, the next clause's actor).
 */
final class Counterparts {

    /** How many words after its verb (or the verb's subject) an object may stand. */
    private static final int MAX_OBJECT_DISTANCE = 12;
    /** How many words after a neutral move its counterpart may stand. */
    private static final int MAX_MOVE_DISTANCE = 3;

    private static final Set<String> AGAINST = Set.of("ضد", "against");
    private static final Set<String> WITH = Set.of("مع", "with");

    private Counterparts() {
    }

    /**
     * "تجري عملية عسكرية مشتركة مع فرنسا وبريطانيا": those an attack is carried out jointly with are
     * partners, not targets; they are taken out of {@code targets} and returned.
     */
    static List<Found> allies(EventContext c, EventPattern p, Found source, List<Found> targets) {
        List<Found> allies = new ArrayList<>();
        if (source == null || p.sign() >= 0 || p.voice() == Voice.PREP || p.voice() == Voice.MUTUAL) {
            return allies;
        }
        for (Found t : targets) {
            boolean with = Words.precededBy(c.tokens(), t.first(), WITH, 1)
                    && Words.precededBy(c.tokens(), t.first() - 1, WordClass.JOINTLY.forms(), 2);
            if (with || !allies.isEmpty()) {
                allies.add(t);
            }
        }
        targets.removeAll(allies);
        return allies;
    }

    /**
     * The counterparts of a trigger from the {@code named} objects its roles found; {@code afterSubject}
     * is where the verb and its subject end, {@code joint} says the subjects act together, {@code spoken}
     * that the trigger is a statement's own cue. Without a source only the named objects that hold are
     * kept: they may be the victims of an unnamed author.
     */
    static List<Found> of(EventContext c, Roles roles, Match<EventPattern> trigger, int stop, Voice voice,
                          Found source, int afterSubject, boolean joint, boolean spoken, List<Found> named) {
        EventPattern p = trigger.value();
        List<Found> targets = new ArrayList<>(named);
        if (p.sign() > 0) {
            // "تدعم العمليات العسكرية ضد الجهاديين": those a cooperation is against are not its partner
            targets.removeIf(t -> Words.precededBy(c.tokens(), t.first(), AGAINST, 1));
        }
        if (p.sign() == 0) {
            // a neutral move names its counterpart right after it, or has none
            targets.removeIf(t -> t.first() - trigger.last() > MAX_MOVE_DISTANCE);
        }
        if (!targets.isEmpty() && !spoken) {
            // an object stands within a few words of its verb (or of the verb's subject)
            int anchor = source != null && source.first() > trigger.first() ? afterSubject : trigger.last();
            if (targets.get(0).first() - anchor > MAX_OBJECT_DISTANCE) {
                targets.clear();
            }
        }
        if (source == null) {
            return targets;
        }
        if (targets.isEmpty() && voice == Voice.ACTIVE) {
            Found object = pronounObject(c, trigger, source);
            if (object != null) {
                targets.add(object);
            }
        }
        if (p.sign() < 0) {
            // "استهدفت غارات إسرائيلية مواقع إيرانية", "اعترضت تركيا شحنات أسلحة إيرانية … وأبلغت لجنة العقوبات":
            // whose holdings were struck, named by a nisba, is the object when it comes first
            Found owner = Agents.assetOwner(c.found(), c.cues(), afterSubject, stop, c.clauses());
            if (owner != null && !owner.actorId().equals(source.actorId())
                    && (targets.isEmpty() || owner.first() < targets.get(0).first())) {
                targets.clear();
                targets.add(owner);
            }
        }
        if (targets.isEmpty()) {
            // "رفضت إيران المقترح الأميركي", "أفرجت إيران عن ناقلة نفط بريطانية": the state a nisba names on
            // the object noun is the counterpart (not past the next trigger, whose object it would be)
            Found owner = objectOwner(c, trigger, source, afterSubject);
            if (owner != null && owner.first() < stop && !owner.actorId().equals(source.actorId())) {
                targets.add(owner);
            }
        }
        if (targets.isEmpty() && (p.type() == EventType.THREATEN || p.type() == EventType.ACCUSE)
                && stop - afterSubject <= 2) {
            // "هددت إسرائيل باستهداف قادة الحركة", "نسب الوزير الهجوم إلى التنظيم": who is threatened or
            // blamed is named after the act
            targets.addAll(roles.after(trigger.last(), c.tokens().size(), source, c.tokens()));
        }
        if (targets.isEmpty() && !joint && voice != Voice.PASSIVE && !Agents.agentFirst(trigger, c.tokens())) {
            targets.addAll(roles.nextClause(trigger.last(), source, c.tokens()));
        }
        return targets;
    }

    /**
     * The nisba on the object noun after the verb and its subject; when the agent is named further on
     * ("the release of Turkish hostages by Islamic State"), the object right after the trigger.
     */
    private static Found objectOwner(EventContext c, Match<EventPattern> trigger, Found source, int afterSubject) {
        Found owner = Agents.objectOwner(c.found(), c.cues(), c.tokens(), afterSubject + 1, c.language());
        if (owner == null && source.first() > trigger.last() + 1) {
            owner = Agents.objectOwner(c.found(), c.cues(), c.tokens(), trigger.last() + 1, c.language());
        }
        return owner;
    }

    /**
     * An object that is only a pronoun: in English the thing last named ("and the airforce bombed it"),
     * in Arabic the armed group an act of conflict is on ("حيث تقاتلهم القوات الحكومية").
     */
    private static Found pronounObject(EventContext c, Match<EventPattern> trigger, Found source) {
        if (c.language() == Language.EN) {
            return Pronouns.object(c.language(), trigger, c.tokens(), c.found(), source, c.kinds());
        }
        return trigger.value().sign() < 0 ? Pronouns.foughtThem(trigger, c.tokens(), c.discourse(), c.sentence(), source)
                : null;
    }
}
