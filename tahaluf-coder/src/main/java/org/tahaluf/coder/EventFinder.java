package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * Event triggers and their arguments.
 *
 * <p>Triggers are the longest pattern matches that do not fall inside an actor's name
 * ({@link Triggers}). Each is read in its voice and given a source and targets ({@link Arguments}),
 * its counterparts are checked and completed ({@link Counterparts}), an author the sentence does not
 * name is stood in for ({@link UnnamedAuthors}) and its modality is read ({@link EventModality}). A
 * target list that holds the source itself ("صيغة تعاون تشمل واشنطن ودمشق وقسد") makes a multilateral
 * event between every pair.
 */
final class EventFinder {

    /** An event before ids, times and places are attached. */
    record Coded(EventPattern pattern, Found source, Found target, Match<EventPattern> trigger, Modality modality,
                 SpeechFinder.Speech speech, double confidence) {
    }

    /** What a joint attack makes of those its author carries it out with. */
    private static final EventPattern JOINT = new EventPattern(EventType.COOPERATE, 1, null,
            "military", Voice.NOUN, "joint operation", "EventFinder: an attack carried out with partners");
    /** What a person's or a party's "attack" is: words ("شن الرئيس هجوما على الحكومة"). */
    private static final EventPattern ACCUSATION = new EventPattern(EventType.ACCUSE, -1, null,
            "political", Voice.ACTIVE, "verbal attack", "EventFinder: a person's or a party's attack");
    /** Actors whose "attacks" are words: they have no arms of their own, an army or a militia does. */
    private static final java.util.Set<ActorKind> SPEAKING_KINDS = java.util.EnumSet.of(
            ActorKind.PERSON, ActorKind.POLITICAL_GROUP, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION);
    /** Sectors whose statements of enemy dead are reports of their own fighting. */
    private static final java.util.Set<Sector> FORCES = java.util.EnumSet.of(Sector.MIL, Sector.COP, Sector.SPY);

    private final MentionFinder mentions;

    EventFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    List<Coded> find(Sentence sentence, Language language, PhraseMatcher<EventPattern> matcher, List<Found> found,
                     SentenceCues cues, Clauses clauses, List<SpeechFinder.Speech> speeches, Unknowns unknowns,
                     Discourse discourse, Scene scene) {
        List<Token> tokens = sentence.tokens();
        List<Match<EventPattern>> triggers = Triggers.triggers(Triggers.matches(matcher, tokens, found, cues), found, tokens,
                language);
        MentionFinder.Kinds kinds = mentions.kinds(found, unknowns);
        EventContext c = new EventContext(sentence, language, tokens, found, cues, clauses, speeches,
                new Roles(found, clauses, speeches, tokens, kinds), new Roles(found, clauses, List.of(), tokens, kinds),
                kinds, unknowns, discourse, scene);
        List<Coded> out = new ArrayList<>();
        Arguments.Previous previous = new Arguments.Previous();
        for (int k = 0; k < triggers.size(); k++) {
            code(c, triggers.get(k), Triggers.nextTriggerInClause(triggers, k, clauses, tokens.size()), previous, out);
        }
        return UnnamedAuthors.withoutNamedOnes(out);
    }

    /** Codes one trigger into zero or more events. */
    private void code(EventContext c, Match<EventPattern> trigger, int stop, Arguments.Previous previous,
                      List<Coded> out) {
        EventPattern p = trigger.value();
        SpeechFinder.Speech speech = Statements.containing(trigger, c.tokens(), c.speeches());
        SpeechFinder.Speech spoken = Statements.cuedBy(trigger, c.speeches());
        Roles roles = c.roles(speech, spoken);
        boolean conjoined = Agents.conjoined(trigger, c.tokens(), previous.trigger, previous.voice, c.clauses());
        Voice voice = Arguments.voice(c, roles, trigger, speech, conjoined);
        Assignment a = Arguments.of(c, roles, trigger, stop, voice, conjoined, speech, spoken, previous);
        previous.remember(trigger, voice, a.source());
        Found source = a.source();
        if (source == null && speech != null && announcedEnemyDeaths(p, voice, a.targets(), speech, c)) {
            // "أعلنت القوات العراقية مقتل 15 من عناصر داعش": a force that announces its enemies' dead killed them
            source = Statements.speaker(speech, c.found());
            previous.remember(trigger, voice, source);
        }
        if (source != null && isReporter(source, c.unknowns()) && p.type().quadClass().material()
                || Agents.imposedWithoutAgent(trigger, c.tokens()) && spoken == null) {
            // news agencies and monitors report material events, they do not carry them out; "حظر السلاح
            // المفروض على إيران": who imposed it is not said here
            return;
        }
        List<Found> named = new ArrayList<>(a.targets());
        List<Found> allies = Counterparts.allies(c, p, source, named);
        if (!allies.isEmpty()) {
            emit(c, JOINT, source, allies, trigger, EventModality.of(trigger, c.tokens(), c.cues(), c.clauses(), speech),
                    speech, 0.7, out);
        }
        // where the verb and its subject end: objects are looked for after it
        int afterSubject = a.source() == null ? trigger.last() : Math.max(trigger.last(), a.lastSubject().last());
        // subjects joined by و act together in a cooperation, and on one another in a reciprocal act
        boolean joint = !a.partners().isEmpty() && (p.sign() > 0 || p.voice() == Voice.MUTUAL || p.voice() == Voice.PREP);
        List<Found> targets = Counterparts.of(c, roles, trigger, stop, voice, source, afterSubject, joint,
                spoken != null, named);
        if (source == null) {
            source = UnnamedAuthors.of(c, roles, trigger, voice, a.victims(), targets);
        }
        if (source == null || targets.isEmpty() && !joint && !isMove(p, voice, a, trigger) && !UnnamedAuthors.placedProtest(p, c.scene())
                && !UnnamedAuthors.isStandIn(source)) {
            return;
        }
        Modality modality = EventModality.of(trigger, c.tokens(), c.cues(), c.clauses(), speech);
        if (joint && targets.isEmpty()) {
            // "وقعت الولايات المتحدة والعراق اتفاقا", "تبادلت روسيا وأوكرانيا الاتهامات": a joint act of its subjects
            multilateral(p, source, a.partners(), trigger, modality, speech, c, out);
        } else {
            for (Found subject : a.subjects(source)) {
                EventPattern coded = spokenAttack(p, c, trigger, subject) ? ACCUSATION : p;
                emit(c, coded, subject, targets, trigger, modality, speech, a.local() ? 0.8 : 0.6, out);
            }
        }
        previous.taken.addAll(targets);
    }

    /** One event per target; a cooperation whose targets hold its source joins every pair. */
    private void emit(EventContext c, EventPattern p, Found source, List<Found> targets, Match<EventPattern> trigger,
                      Modality modality, SpeechFinder.Speech speech, double confidence, List<Coded> out) {
        boolean crowdAfterVerb = p.type() == EventType.PROTEST && targets.size() == 1
                && targets.get(0).actorId().equals(source.actorId());
        if (targets.isEmpty() || crowdAfterVerb) {
            // "احتشد الآلاف من المتظاهرين": the crowd named after the verb is its subject, not its counterpart
            out.add(new Coded(p, source, null, trigger, modality, speech, confidence - 0.1));
        } else if (containsActor(targets, source.actorId()) && p.sign() > 0) {
            multilateral(p, source, targets, trigger, modality, speech, c, out);
        } else {
            for (Found t : targets) {
                if (!sameState(source.actorId(), t.actorId(), c.unknowns())) {
                    out.add(new Coded(p, source, t, trigger, modality, speech, confidence + 0.1));
                }
            }
        }
    }

    /**
     * "شن عباس أعنف هجوم له على حماس", "هاجم الحزب الحكومة": a person, a party, a government or an
     * organisation "attacks" with words ({@code attack verbal} cues name the words that serve both),
     * unless the sentence dates the attack or counts its dead, as news of fighting does.
     */
    private boolean spokenAttack(EventPattern p, EventContext c, Match<EventPattern> trigger, Found source) {
        if (p.type() != EventType.ASSAULT || p.mode() != null || c.scene().current()) {
            return false;
        }
        boolean verbal = false;
        for (int i = trigger.first(); i <= trigger.last() && !verbal; i++) {
            verbal = c.cues().at(i, "attack") != null;
        }
        Actor a = mentions.actorOf(source.actorId(), c.unknowns());
        return verbal && a != null && SPEAKING_KINDS.contains(a.kind());
    }

    /**
     * A move needs no counterpart, only a place (an event without a target is kept only where the
     * sentence names one): a redeployment, a visit, and a mobilisation whose author its verb or its noun
     * names itself ("دفعت تركيا بتعزيزات عسكرية إلى إدلب", "تأهب إسرائيلي في الضفة"); a build-up only
     * mentioned ("الانتشار النووي", "حشد من جمهوره") is no one's move.
     */
    private static boolean isMove(EventPattern p, Voice voice, Assignment a, Match<EventPattern> trigger) {
        if (p.type() == EventType.MOBILIZE) {
            return a.local() && a.source() != null && (voice == Voice.ACTIVE || namedAfter(a.source(), trigger));
        }
        return "visit".equals(p.mode()) || p.sign() == 0 && p.type() == EventType.RETREAT;
    }

    /** The agent a noun names right after itself, as a nisba or a genitive (past one word). */
    private static boolean namedAfter(Found agent, Match<EventPattern> trigger) {
        return agent.first() > trigger.last() && agent.first() <= trigger.last() + 2;
    }

    /** A security force that announces the death of members of an armed group. */
    private boolean announcedEnemyDeaths(EventPattern p, Voice voice, List<Found> targets, SpeechFinder.Speech speech,
                                         EventContext c) {
        if (p.type() != EventType.ASSAULT || voice == Voice.ACTIVE || targets.size() != 1 || speech.speaker() == null) {
            return false;
        }
        Actor speaker = mentions.actorOf(speech.speaker(), c.unknowns());
        Actor victim = mentions.actorOf(targets.get(0).actorId(), c.unknowns());
        return speaker != null && victim != null && FORCES.contains(speaker.sector())
                && victim.kind() == ActorKind.ARMED_GROUP && Statements.speaker(speech, c.found()) != null;
    }

    /** News agencies and monitors. */
    private boolean isReporter(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && (a.sector() == Sector.MED || a.sector() == Sector.NGO);
    }

    private void multilateral(EventPattern p, Found source, List<Found> targets, Match<EventPattern> trigger,
                              Modality modality, SpeechFinder.Speech speech, EventContext c, List<Coded> out) {
        List<Token> tokens = c.tokens();
        Unknowns unknowns = c.unknowns();
        List<Found> members = new ArrayList<>();
        members.add(source);
        for (Found t : targets) {
            if (!containsActor(members, t.actorId())) {
                members.add(t);
            }
        }
        // "بين التنظيم من جهة، وقوات التحالف وقسد من جهة أخرى": the parties on one side are no counterparts
        int split = Roles.sidesSplit(tokens);
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                boolean sameSide = split >= 0 && members.get(a).first() < split == members.get(b).first() < split;
                if (sameSide || sameState(members.get(a).actorId(), members.get(b).actorId(), unknowns)) {
                    continue;
                }
                out.add(new Coded(p, members.get(a), members.get(b), trigger, modality, speech, 0.7));
                if (p.sign() < 0) {
                    // a fight or a quarrel between them: each on the other
                    out.add(new Coded(p, members.get(b), members.get(a), trigger, modality, speech, 0.7));
                }
            }
        }
    }

    private static boolean containsActor(List<Found> list, String id) {
        for (Found f : list) {
            if (f.actorId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Two actors of one state (the army and the government) are not an alliance dyad. */
    private boolean sameState(String a, String b, Unknowns unknowns) {
        if (a.equals(b)) {
            return true;
        }
        Actor x = mentions.actorOf(a, unknowns);
        Actor y = mentions.actorOf(b, unknowns);
        return x != null && y != null && x.stateId() != null && x.stateId().equals(y.stateId());
    }
}
