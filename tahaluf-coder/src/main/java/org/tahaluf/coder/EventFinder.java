package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Language;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * Event triggers and their arguments.
 *
 * <p>Triggers are the longest pattern matches that do not fall inside an actor's name. Their
 * roles, by voice:
 * <ul>
 *   <li>an Arabic verb takes the actor right after it as its source (verb-subject-object), an English
 *       verb the actor before it; the target is the next actor in the clause;</li>
 *   <li>a verbal noun takes a nisba right after it as source ("الغارات الأميركية"), else the nearest
 *       actor before it in the clause; the target is the actor after it (its genitive or after مع/ضد/على);</li>
 *   <li>a passive takes its subject as target and the agent after من قبل / by as source;</li>
 *   <li>without a local source the sentence's topic stands in (a zero subject), inside reported
 *       speech the topic of what was said, or the speaker when أنه/إنه points back to them.</li>
 * </ul>
 * A target list that holds the source itself ("صيغة تعاون تشمل واشنطن ودمشق وقسد") makes a
 * multilateral event between every pair.
 */
final class EventFinder {

    /** An event before ids, times and places are attached. */
    record Coded(EventPattern pattern, Found source, Found target, Match<EventPattern> trigger, Modality modality,
                 SpeechFinder.Speech speech, double confidence) {
    }

    private static final int NEGATION_WINDOW = 4;
    private static final int MODALITY_WINDOW = 7;

    private final MentionFinder mentions;

    EventFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    List<Coded> find(Sentence sentence, Language language, List<Match<EventPattern>> matches, List<Found> found,
                     SentenceCues cues, Clauses clauses, List<SpeechFinder.Speech> speeches, Unknowns unknowns) {
        List<Token> tokens = sentence.tokens();
        List<Match<EventPattern>> triggers = triggers(matches, found);
        Roles roles = new Roles(found, clauses, speeches);
        List<Coded> out = new ArrayList<>();
        List<Found> taken = new ArrayList<>();
        Match<EventPattern> previous = null;
        Found previousSource = null;
        for (int k = 0; k < triggers.size(); k++) {
            Match<EventPattern> trigger = triggers.get(k);
            int stop = nextTriggerInClause(triggers, k, clauses, tokens.size());
            SpeechFinder.Speech speech = speechOf(trigger, tokens, speeches);
            Span within = speech == null ? null : speech.content();
            EventPattern p = trigger.value();
            Found source = null;
            Found target = null;
            List<Found> targets = new ArrayList<>();
            boolean local = true;
            if (p.voice() == Voice.PASSIVE) {
                target = language == Language.AR ? roles.startingWithin(trigger.last() + 1, trigger.last() + 2, trigger.last())
                        : roles.before(trigger.first(), taken, within);
                if (target == null) {
                    target = roles.before(trigger.first(), taken, within);
                }
                source = agent(roles, trigger, tokens, stop);
                if (target != null) {
                    targets.add(target);
                }
            } else {
                if (p.voice() == Voice.ACTIVE && language == Language.AR) {
                    source = roles.startingWithin(trigger.last() + 1, trigger.last() + 2, trigger.last());
                }
                if (p.voice() == Voice.NOUN && language == Language.AR) {
                    source = nisbaAgent(found, trigger);
                }
                if (source == null && conjoined(trigger, tokens, previous, clauses)) {
                    source = previousSource;
                }
                if (source == null) {
                    source = roles.before(trigger.first(), p.voice() == Voice.ACTIVE ? taken : List.of(), within);
                }
                if (source == null) {
                    local = false;
                    source = zeroSubject(roles, trigger, speech, tokens);
                }
                int from = source != null && source.first() > trigger.last() ? source.last() : trigger.last();
                targets.addAll(roles.after(from, stop, source, tokens));
            }
            previous = trigger;
            previousSource = source;
            if (source == null || targets.isEmpty() && p.sign() != 0) {
                continue;
            }
            Modality modality = modality(trigger, cues, clauses, speech);
            double confidence = local ? 0.8 : 0.6;
            if (targets.isEmpty()) {
                out.add(new Coded(p, source, null, trigger, modality, speech, confidence - 0.1));
                continue;
            }
            if (containsActor(targets, source.actorId()) && p.sign() > 0) {
                multilateral(p, source, targets, trigger, modality, speech, out);
            } else {
                for (Found t : targets) {
                    if (!sameState(source.actorId(), t.actorId(), unknowns)) {
                        out.add(new Coded(p, source, t, trigger, modality, speech, confidence + 0.1));
                    }
                }
            }
            taken.addAll(targets);
        }
        return out;
    }

    /** Longest non-overlapping pattern matches outside actor names. */
    private static List<Match<EventPattern>> triggers(List<Match<EventPattern>> matches, List<Found> found) {
        List<Match<EventPattern>> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.first(), b.first()));
        List<Match<EventPattern>> chosen = new ArrayList<>();
        for (Match<EventPattern> m : sorted) {
            boolean free = true;
            for (Match<EventPattern> c : chosen) {
                if (m.first() <= c.last() && c.first() <= m.last()) {
                    free = false;
                    break;
                }
            }
            for (Found f : found) {
                if (m.first() <= f.last() && f.first() <= m.last()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return chosen;
    }

    private static int nextTriggerInClause(List<Match<EventPattern>> triggers, int k, Clauses clauses, int end) {
        for (int j = k + 1; j < triggers.size(); j++) {
            if (clauses.same(triggers.get(j).first(), triggers.get(k).last())) {
                return triggers.get(j).first();
            }
        }
        return end;
    }

    private static SpeechFinder.Speech speechOf(Match<EventPattern> trigger, List<Token> tokens,
                                                List<SpeechFinder.Speech> speeches) {
        int at = tokens.get(trigger.first()).start();
        for (SpeechFinder.Speech s : speeches) {
            if (s.content().start() <= at && at < s.content().end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * "للحد من خطر التنظيم ومنع وصوله": a verbal noun joined by و to the previous trigger of its
     * clause shares that trigger's agent.
     */
    private static boolean conjoined(Match<EventPattern> trigger, List<Token> tokens, Match<EventPattern> previous,
                                     Clauses clauses) {
        return previous != null && previous.value().voice() == Voice.NOUN && trigger.value().voice() == Voice.NOUN
                && tokens.get(trigger.first()).startsWithConjunction() && clauses.same(previous.last(), trigger.first());
    }

    /** "الغارات الأميركية": a nisba right after a verbal noun (past one adjective) is its agent. */
    private static Found nisbaAgent(List<Found> found, Match<EventPattern> trigger) {
        for (Found f : found) {
            if (f.type() == Found.Type.GENTILIC && !f.nested() && f.first() > trigger.last()
                    && f.first() <= trigger.last() + 2) {
                return f;
            }
        }
        return null;
    }

    /** The agent of a passive: the actor after من قبل / على يد / by. */
    private static Found agent(Roles roles, Match<EventPattern> trigger, List<Token> tokens, int stop) {
        for (int i = trigger.last() + 1; i < Math.min(stop, trigger.last() + 8); i++) {
            String w = tokens.get(i).normalized();
            if (w.equals("by") || w.equals("قبل") || w.equals("يد")) {
                Found f = roles.startingWithin(i + 1, i + 2, i);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Found zeroSubject(Roles roles, Match<EventPattern> trigger, SpeechFinder.Speech speech, List<Token> tokens) {
        if (speech == null) {
            return roles.topic(trigger.first(), null);
        }
        Found inside = roles.topic(trigger.first(), speech.content());
        if (inside != null || !speech.pronounComplement() || speech.speaker() == null) {
            return inside;
        }
        int first = Math.max(0, speech.speakerFirst());
        Token t = tokens.get(first);
        return new Found(-1, first, Math.max(first, speech.speakerLast()), t.start(), t.end(), speech.speakerText(),
                speech.speaker(), Found.Type.NAME, false);
    }

    private static Modality modality(Match<EventPattern> trigger, SentenceCues cues, Clauses clauses,
                                     SpeechFinder.Speech speech) {
        if (speech != null && speech.denial()) {
            return Modality.NEGATED;
        }
        Modality found = Modality.ASSERTED;
        int nearest = Integer.MAX_VALUE;
        for (Match<Cue> c : cues.of("modality")) {
            int distance = trigger.first() - c.last();
            if (distance <= 0 || distance > MODALITY_WINDOW) {
                continue;
            }
            Modality m = Modality.fromCode(c.value().value());
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

    private void multilateral(EventPattern p, Found source, List<Found> targets, Match<EventPattern> trigger,
                              Modality modality, SpeechFinder.Speech speech, List<Coded> out) {
        List<Found> members = new ArrayList<>();
        members.add(source);
        for (Found t : targets) {
            if (!containsActor(members, t.actorId())) {
                members.add(t);
            }
        }
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                out.add(new Coded(p, members.get(a), members.get(b), trigger, modality, speech, 0.7));
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
