package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * The voice of a trigger and the arguments its voice gives it:
 * <ul>
 *   <li>an Arabic verb takes the actor right after it as its source (verb-subject-object), an English
 *       verb the actor before it; the target is the next actor in the clause;</li>
 *   <li>a verbal noun takes a nisba right after it as source ("الغارات الأميركية"), else the nearest
 *       actor before it in the clause; the target is the actor after it (its genitive or after مع/ضد/على);</li>
 *   <li>a passive takes its subject as target and the agent after من قبل / by as source;</li>
 *   <li>a statement's own cue ("اتهمت دمشق التحالف") takes its speaker as source;</li>
 *   <li>without a local source the sentence's topic stands in (a zero subject), inside reported
 *       speech the topic of what was said, or the speaker when أنه/إنه points back to them.</li>
 * </ul>
 */
final class Arguments {

    /** Types whose verbal noun takes its agent as genitive: "انسحاب القوات الأميركية", "حشد القوات التركية". */
    private static final java.util.Set<EventType> INTRANSITIVE = java.util.EnumSet.of(
            EventType.RETREAT, EventType.MOBILIZE, EventType.PROTEST);

    private Arguments() {
    }

    /** What the previous trigger of the sentence left: its match, voice and source, and the targets taken so far. */
    static final class Previous {
        Match<EventPattern> trigger;
        Voice voice;
        Found source;
        final List<Found> taken = new ArrayList<>();

        void remember(Match<EventPattern> trigger, Voice voice, Found source) {
            this.trigger = trigger;
            this.voice = voice;
            this.source = source;
        }
    }

    /**
     * How the trigger reads here: a pattern of either voice with its subject after it is passive, so is an
     * English active pattern written as a participle after "be" with its agent after "by" ("was praised by"),
     * and an Arabic verb conjoined to a noun before it or written as a noun is a verbal noun.
     */
    static Voice voice(EventContext c, Roles roles, Match<EventPattern> trigger, SpeechFinder.Speech speech,
                       boolean conjoined) {
        EventPattern p = trigger.value();
        Voice declared = p.voice().isActive() || p.voice() == Voice.EITHER ? Voice.ACTIVE : p.voice();
        if (p.voice() == Voice.EITHER && !Agents.readsAsNoun(trigger, c.tokens())
                && Agents.readsPassive(roles, trigger, c.tokens(), speech == null ? null : speech.content())) {
            declared = Voice.PASSIVE;
        }
        if (c.language() == Language.EN && p.voice() == Voice.ACTIVE && EnglishPassives.passive(roles, trigger, c.tokens())) {
            declared = Voice.PASSIVE;
        }
        boolean noun = c.language() == Language.AR && declared == Voice.ACTIVE
                && (conjoined || Agents.readsAsNoun(trigger, c.tokens()));
        return noun || declared == Voice.PREP ? Voice.NOUN : declared;
    }

    /** Who does what to whom for one trigger read in {@code voice}. */
    static Assignment of(EventContext c, Roles roles, Match<EventPattern> trigger, int stop, Voice voice,
                         boolean conjoined, SpeechFinder.Speech speech, SpeechFinder.Speech spoken, Previous previous) {
        Assignment a;
        if (spoken != null) {
            a = spokenAct(c, roles, trigger, stop, spoken);
        } else if (voice == Voice.ACTIVE && describedAttack(trigger, previous, c)) {
            // "انفجار سيارة مفخخة استهدف الزوار": the attack named right before the verb is its subject,
            // so the actor after the verb is what it struck; its author is the attack's, or unnamed
            Found author = previous.source != null ? previous.source : UnnamedAuthors.at(trigger, c.tokens(), c.sentence());
            a = new Assignment(author, roles.after(trigger.last(), stop, author, c.tokens()), true);
        } else if (voice == Voice.PASSIVE) {
            a = passive(c, roles, trigger, stop, speech, previous.taken);
        } else {
            a = activeOrNoun(c, roles, trigger, stop, speech, voice, conjoined ? previous.source : null, previous.taken);
        }
        if (a.source() == null && previous.source != null && Agents.outcome(c.cues(), trigger)) {
            // "قصف الطيران مواقع التنظيم ما أسفر عن مقتل سبعة": the deaths are the bombing's
            a = new Assignment(previous.source, a.targets(), true);
        }
        if (a.source() == null && previous.source != null && a.targets().isEmpty() && !previous.taken.isEmpty()
                && Agents.meansOf(trigger, previous.trigger, previous.voice)) {
            // "مقتل 49 مسلحا من تنظيم داعش بقصف جوي": the strike is the killers', on those it killed
            a = new Assignment(previous.source, List.of(previous.taken.get(previous.taken.size() - 1)), true);
        }
        return a;
    }

    /** "اتهمت دمشق التحالف": a speech act that is itself an event has its speaker as source. */
    private static Assignment spokenAct(EventContext c, Roles roles, Match<EventPattern> trigger, int stop,
                                        SpeechFinder.Speech spoken) {
        Found source = Statements.speaker(spoken, c.found());
        int from = Math.max(trigger.last(), spoken.speakerLast());
        List<Found> targets = new ArrayList<>(roles.after(from, stop, source, c.tokens()));
        if (targets.isEmpty() && from == trigger.last()) {
            targets.addAll(roles.nextClause(trigger.last(), source, c.tokens()));
        }
        return new Assignment(source, targets, true);
    }

    /** An attack verb right after an attack noun that is no actor's: the noun is its subject. */
    private static boolean describedAttack(Match<EventPattern> trigger, Previous previous, EventContext c) {
        return trigger.value().type() == EventType.ASSAULT && previous.trigger != null
                && previous.trigger.value().type() == EventType.ASSAULT
                && previous.voice == Voice.NOUN && previous.trigger.last() == trigger.first() - 1
                && (previous.source != null || c.scene().placed());
    }

    /** A passive: its subject is the target, the agent after من قبل / by the source. */
    private static Assignment passive(EventContext c, Roles roles, Match<EventPattern> trigger, int stop,
                                      SpeechFinder.Speech speech, List<Found> taken) {
        Span within = speech == null ? null : speech.content();
        Found target = null;
        if (c.language() == Language.AR) {
            // "تلقى الرئيس المصري اتصالا": the subject may stand inside a verb–object match
            Found inside = roles.startingWithin(trigger.first() + 1, trigger.first() + 1, trigger.first());
            target = inside != null && inside.last() < trigger.last() ? roles.bearer(inside)
                    : roles.startingWithin(trigger.last() + 1, trigger.last() + 2, trigger.last());
            if (target == null) {
                // "مقتل 15 عنصرا من تنظيم داعش": the group whose members are counted
                target = Agents.countedMembersOf(roles, trigger, c.tokens());
            }
        }
        if (target == null) {
            target = roles.before(trigger.first(), taken, within);
        }
        Found source = Agents.agent(roles, trigger, c.tokens(), stop);
        if (source == null && c.language() == Language.AR) {
            source = Agents.fromAgent(roles, trigger, c.tokens());
        }
        return new Assignment(source, target == null ? List.of() : List.of(target), true);
    }

    /** A verb or a verbal noun: its agent by the rules of {@link Agents}, its objects after it. */
    private static Assignment activeOrNoun(EventContext c, Roles roles, Match<EventPattern> trigger, int stop,
                                           SpeechFinder.Speech speech, Voice voice, Found conjoinedSource,
                                           List<Found> taken) {
        List<Token> tokens = c.tokens();
        Span within = speech == null ? null : speech.content();
        EventPattern p = trigger.value();
        Found source = localSubject(c, roles, trigger, voice, within);
        if (source == null) {
            source = conjoinedSource;
        }
        // an English word of either part of speech ("attacks", "support") with no subject before it is a noun:
        // "attacks on Iraqi forces by Islamic State"
        boolean nominal = voice == Voice.NOUN || c.language() == Language.EN && voice == Voice.ACTIVE && source == null
                && roles.before(trigger.first(), List.of(), within) == null;
        Assignment byAgent = nominal ? agentAfter(c, roles, trigger, stop, within, taken) : null;
        if (byAgent != null) {
            return byAgent;
        }
        if (source == null && voice == Voice.NOUN && p.type() == EventType.ASSAULT
                && c.scene().countedBefore(trigger.first()) && Agents.circumstance(c.cues(), trigger)) {
            // "لقي 26 شخصا بينهم ستة جنود عراقيين في هجوم انتحاري": those before it died in it
            Found victim = roles.before(trigger.first(), List.of(), within);
            return Assignment.victims(victim == null ? List.of() : List.of(victim));
        }
        boolean local = true;
        if (source == null && voice == Voice.NOUN && Agents.isAdverbial(trigger, tokens)) {
            // "يؤرق الرئيس الأميركي أن إيران حولت المال لدعم الميليشيات": the purpose belongs to the
            // subject of the clause أن / إن opens, when one opens before it
            Span clause = complementBefore(c.cues(), tokens, trigger.first());
            source = clause == null ? null : roles.topic(trigger.first(), clause);
            if (source == null) {
                source = roles.topic(trigger.first(), within);
            }
        }
        if (source == null) {
            source = roles.before(trigger.first(), voice == Voice.ACTIVE ? taken : List.of(), within);
        }
        if (source == null) {
            local = false;
            source = zeroSubject(roles, trigger, speech, tokens);
        }
        if (source == null && (voice == Voice.ACTIVE || c.language() == Language.AR && trigger.first() > 0)) {
            source = Pronouns.subject(c.language(), trigger, tokens, c.discourse(), c.sentence());
        }
        // subjects joined by و: of a verb, or before a noun in its clause ("شنت الولايات المتحدة وبريطانيا وفرنسا
        // فجر السبت عملية عسكرية")
        boolean before = voice == Voice.NOUN && local && source != null && source.last() < trigger.first();
        List<Found> partners = source != null && (voice == Voice.ACTIVE || before) ? roles.conjuncts(source, tokens)
                : List.of();
        Found lastSubject = partners.isEmpty() ? source : partners.get(partners.size() - 1);
        // a subject between the verb and its noun ("وقعت الولايات المتحدة مع العراق اتفاقا") is followed by the object
        int from = source != null && source.first() > trigger.first() ? lastSubject.last() : trigger.last();
        List<Found> targets = new ArrayList<>();
        for (Found t : roles.after(from, stop, source, tokens)) {
            // "إلى جانب الولايات المتحدة وفرنسا": who is joined to an accepted party is one too (the actors after
            // the first are the ones coordinated with it)
            boolean joined = !targets.isEmpty();
            if (p.voice() != Voice.PREP || joined || Agents.afterPreposition(t, tokens, trigger)) {
                targets.add(t);
            }
        }
        if (Agents.passiveMarked(trigger, tokens, c.clauses()) && source != null) {
            // "تعرضت مواقع الجيش … لهجمات", "تعرض قيادي في حماس … للخطف": the one before is hit, not hitting
            return Assignment.victims(List.of(source));
        }
        if (voice == Voice.NOUN && !"mediation".equals(p.mode()) && Agents.betweenParties(targets, trigger, tokens)) {
            // "رحبت قطر بالاتفاق بين إيران والولايات المتحدة", "المعارك بين الجيش والتنظيم": the parties
            // are the actors after بين, whoever speaks of it; a cooperation or a fight between parties joins
            // them: each acts with, or on, the others
            Found first = targets.get(0);
            List<Found> others = targets.subList(1, targets.size());
            return p.sign() > 0 || p.voice() == Voice.PREP ? new Assignment(first, others, List.of(), true)
                    : new Assignment(first, List.of(), others, true);
        }
        return new Assignment(source, partners, targets, local);
    }

    /**
     * The subject a verb or a verbal noun names next to itself: before or right after an Arabic verb (not
     * a counterpart: "زار بغداد حيث التقى نظيره العراقي"), the nisba after an Arabic noun ("الغارات
     * الأميركية"), the genitive of an intransitive noun ("انسحاب القوات الأميركية"), past the forces or members
     * that name a group's side ("انسحاب قوات التحالف"، "انسحاب عناصر حزب الله").
     */
    private static Found localSubject(EventContext c, Roles roles, Match<EventPattern> trigger, Voice voice,
                                      Span within) {
        Found source = null;
        if (voice == Voice.ACTIVE && c.language() == Language.AR) {
            source = Agents.preverbalSubject(roles, trigger, c.tokens(), within);
            if (source == null) {
                source = Agents.verbSubject(roles, trigger, c.tokens());
            }
            if (source != null && source.first() > trigger.last() && c.cues().at(source.first(), "counterpart") != null) {
                source = null;
            }
        }
        if (voice == Voice.NOUN && c.language() == Language.AR) {
            source = Agents.nisbaAgent(c.found(), trigger);
        }
        if (source == null && voice == Voice.NOUN && INTRANSITIVE.contains(trigger.value().type())) {
            source = roles.startingWithin(trigger.first() + 1, Agents.pastSideMembers(trigger.last() + 1, c.tokens()),
                    trigger.last());
        }
        return source;
    }

    /**
     * "هجمات شنها التنظيم على مواقع الجيش", "حظر تفرضه الأمم المتحدة على إيران", "هجوم تنظيم داعش",
     * "تسليح إيران للحوثيين": the agent a verbal noun names after itself, in a relative clause, as a
     * genitive before its ل-object, after an instrument or as its genitive, with those joined to it and
     * the objects after them; with none, what it struck is named before it, or is what the verb before
     * it struck ("قتلوا، في كمين نصبه التنظيم"). Null when it names no agent.
     */
    private static Assignment agentAfter(EventContext c, Roles roles, Match<EventPattern> trigger, int stop, Span within,
                                         List<Found> taken) {
        List<Token> tokens = c.tokens();
        if (c.language() == Language.EN) {
            return englishAgentAfter(roles, trigger, stop, tokens);
        }
        Found agent = Agents.relativeAgent(roles, trigger, tokens);
        if (agent == null) {
            agent = Agents.genitiveAgent(roles, trigger, tokens);
        }
        if (agent == null && Agents.agentFirst(trigger, tokens)) {
            agent = roles.startingWithin(trigger.last() + 1, trigger.last() + 1, trigger.last());
        }
        if (agent == null && trigger.value().type() == EventType.ASSAULT) {
            agent = Agents.possessorAgent(roles, trigger, tokens);
        }
        if (agent == null) {
            return null;
        }
        List<Found> partners = joinedAfter(roles, agent, tokens);
        Found lastAgent = partners.isEmpty() ? agent : partners.get(partners.size() - 1);
        List<Found> after = roles.after(lastAgent.last(), stop, agent, tokens);
        after.removeAll(partners);
        Found victim = after.isEmpty() ? roles.before(trigger.first(), List.of(), within) : null;
        if (after.isEmpty() && victim == null && !taken.isEmpty()) {
            victim = taken.get(taken.size() - 1);
        }
        return new Assignment(agent, partners, victim != null ? List.of(victim) : after, true);
    }

    /**
     * Those joined to an agent after it, who act with it: "هجمات نفذتها الولايات المتحدة وفرنسا على مواقع",
     * "an agreement signed by the rebels and the Kurdish militia".
     */
    private static List<Found> joinedAfter(Roles roles, Found agent, List<Token> tokens) {
        List<Found> partners = new ArrayList<>();
        for (Found p : roles.conjuncts(agent, tokens)) {
            if (p.first() > agent.last()) {
                partners.add(p);
            }
        }
        return partners;
    }

    /**
     * "attacks on Iraqi forces by Islamic State": an English noun's agent after "by", and what it acts on between
     * the noun and "by" or after the agent. Null when no "by" names one.
     */
    private static Assignment englishAgentAfter(Roles roles, Match<EventPattern> trigger, int stop, List<Token> tokens) {
        int by = EnglishPassives.nounBy(roles, trigger, tokens, stop);
        if (by < 0) {
            return null;
        }
        Found agent = EnglishPassives.byAgent(roles, by);
        List<Found> partners = joinedAfter(roles, agent, tokens);
        Found lastAgent = partners.isEmpty() ? agent : partners.get(partners.size() - 1);
        List<Found> targets = new ArrayList<>(roles.after(trigger.last(), by, agent, tokens));
        if (targets.isEmpty()) {
            targets.addAll(roles.after(lastAgent.last(), stop, agent, tokens));
            targets.removeAll(partners);
        }
        return new Assignment(agent, partners, targets, true);
    }

    /**
     * A subject from outside the trigger's clause: the sentence's topic, inside a statement the topic of
     * what was said, or the speaker when the verb points back to them ("أعلن الجيش أنه استهدف …").
     */
    private static Found zeroSubject(Roles roles, Match<EventPattern> trigger, SpeechFinder.Speech speech,
                                     List<Token> tokens) {
        if (speech == null) {
            return roles.topic(trigger.first(), null);
        }
        Found inside = roles.topic(trigger.first(), speech.content());
        // "أعلن الجيش استهدافه مواقع": a verbal noun opening what was said, with a pronoun, is the speaker's act
        Token head = tokens.get(trigger.first());
        boolean own = head.start() == speech.content().start() && Triggers.objectPronoun(head);
        if (inside != null || !(speech.speakerIsSubject() || own) || speech.speaker() == null) {
            return inside;
        }
        int first = Math.max(0, speech.speakerFirst());
        Token t = tokens.get(first);
        return new Found(-1, first, Math.max(first, speech.speakerLast()), t.start(), t.end(), speech.speakerText(),
                speech.speaker(), Found.Type.NAME, false);
    }

    /** The text from the last complementizer (أن، إن) before token {@code at} to it, or null. */
    private static Span complementBefore(SentenceCues cues, List<Token> tokens, int at) {
        Span out = null;
        for (Match<Cue> m : cues.of("clause")) {
            if ("complement".equals(m.value().value()) && m.last() < at - 1) {
                out = new Span(tokens.get(m.last() + 1).start(), tokens.get(at).start());
            }
        }
        return out;
    }
}
