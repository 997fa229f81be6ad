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
import org.tahaluf.lexicon.PhraseMatcher;
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
    private static final int MAX_OBJECT_DISTANCE = 12;

    /** Types whose verbal noun takes its agent as genitive: "انسحاب القوات الأميركية", "حشد القوات التركية". */
    private static final java.util.Set<org.tahaluf.core.EventType> INTRANSITIVE = java.util.EnumSet.of(
            org.tahaluf.core.EventType.RETREAT, org.tahaluf.core.EventType.MOBILIZE, org.tahaluf.core.EventType.PROTEST);
    private static final int MODALITY_WINDOW = 7;

    private final MentionFinder mentions;

    EventFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    List<Coded> find(Sentence sentence, Language language, PhraseMatcher<EventPattern> matcher, List<Found> found,
                     SentenceCues cues, Clauses clauses, List<SpeechFinder.Speech> speeches, Unknowns unknowns,
                     Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Match<EventPattern>> triggers = triggers(matches(matcher, tokens, found), found, tokens);
        MentionFinder.Kinds kinds = mentions.kinds(found, unknowns);
        Roles reported = new Roles(found, clauses, speeches, tokens, kinds);
        Roles narrated = new Roles(found, clauses, List.of(), tokens, kinds);
        List<Coded> out = new ArrayList<>();
        List<Found> taken = new ArrayList<>();
        Match<EventPattern> previous = null;
        Found previousSource = null;
        Voice previousVoice = null;
        for (int k = 0; k < triggers.size(); k++) {
            Match<EventPattern> trigger = triggers.get(k);
            int stop = nextTriggerInClause(triggers, k, clauses, tokens.size());
            SpeechFinder.Speech speech = speechOf(trigger, tokens, speeches);
            Span within = speech == null ? null : speech.content();
            // a speaker is no party to what they report, but may well act outside it
            Roles roles = speech == null && spokenBy(trigger, speeches) == null ? narrated : reported;
            EventPattern p = trigger.value();
            boolean conjoined = conjoined(trigger, tokens, previous, previousVoice, clauses);
            boolean general = p.voice() == Voice.PREP;
            Voice voice = language == Language.AR && p.voice() == Voice.ACTIVE
                    && (conjoined || readsAsNoun(trigger, tokens)) || general ? Voice.NOUN : p.voice();
            Found source = null;
            Found target = null;
            List<Found> targets = new ArrayList<>();
            boolean local = true;
            SpeechFinder.Speech spoken = spokenBy(trigger, speeches);
            if (spoken != null) {
                // "اتهمت دمشق التحالف": a speech act that is itself an event has its speaker as source
                source = speakerOf(spoken, found);
                int from = Math.max(trigger.last(), spoken.speakerLast());
                targets.addAll(roles.after(from, stop, source, tokens));
                if (targets.isEmpty() && from == trigger.last()) {
                    targets.addAll(roles.nextClause(trigger.last(), source, tokens));
                }
            } else if (voice == Voice.PASSIVE) {
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
                if (voice == Voice.ACTIVE && language == Language.AR) {
                    source = preverbalSubject(roles, trigger, tokens, within);
                    if (source == null) {
                        source = verbSubject(roles, trigger, tokens);
                    }
                }
                if (voice == Voice.NOUN && language == Language.AR) {
                    source = nisbaAgent(found, trigger);
                }
                if (source == null && voice == Voice.NOUN && INTRANSITIVE.contains(p.type())) {
                    source = roles.startingWithin(trigger.first() + 1, trigger.last() + 1, trigger.last());
                }
                if (source == null && conjoined) {
                    source = previousSource;
                }
                Found agent = voice == Voice.NOUN ? relativeAgent(roles, trigger, tokens) : null;
                if (agent == null && voice == Voice.NOUN && agentFirst(trigger, tokens) != null) {
                    agent = roles.startingWithin(trigger.last() + 1, trigger.last() + 1, trigger.last());
                }
                if (agent == null && voice == Voice.NOUN && p.type() == org.tahaluf.core.EventType.ASSAULT) {
                    agent = possessorAgent(roles, trigger, tokens);
                }
                if (agent != null) {
                    // "هجمات شنها التنظيم على مواقع الجيش", "حظر تفرضه الأمم المتحدة على إيران"
                    source = agent;
                    List<Found> after = roles.after(agent.last(), stop, agent, tokens);
                    Found victim = after.isEmpty() ? roles.before(trigger.first(), List.of(), within) : null;
                    targets.addAll(victim != null ? List.of(victim) : after);
                } else {
                    if (source == null && voice == Voice.NOUN && isAdverbial(trigger, tokens)) {
                        source = roles.topic(trigger.first(), within);
                    }
                    if (source == null) {
                        source = roles.before(trigger.first(), voice == Voice.ACTIVE ? taken : List.of(), within);
                    }
                    if (source == null) {
                        local = false;
                        source = zeroSubject(roles, trigger, speech, tokens);
                    }
                    if (source == null && (voice == Voice.ACTIVE || language == Language.AR && trigger.first() > 0)) {
                        source = pronounSubject(language, trigger, tokens, discourse, sentence);
                    }
                    int from = source != null && source.first() > trigger.last() ? source.last() : trigger.last();
                    for (Found t : roles.after(from, stop, source, tokens)) {
                        if (!general || afterPreposition(t, tokens, trigger)) {
                            targets.add(t);
                        }
                    }
                    if (passiveMarked(trigger, tokens, clauses) && source != null && !targets.isEmpty()) {
                        // "تعرضت مواقع الجيش … لهجمات": the one before is hit, not hitting
                        targets.clear();
                    }
                }
            }
            previous = trigger;
            previousSource = source;
            previousVoice = voice;
            if (source != null && isReporter(source, unknowns) && p.type().quadClass().name().startsWith("MATERIAL")) {
                continue;
            }
            if (imposedWithoutAgent(trigger, tokens) && spoken == null) {
                // "حظر السلاح المفروض على إيران": who imposed it is not said here
                continue;
            }
            if (p.sign() == 0) {
                // a neutral move names its counterpart right after it, or has none
                targets.removeIf(t -> t.first() - trigger.last() > 3);
            }
            if (!targets.isEmpty() && spoken == null) {
                // an object stands within a few words of its verb (or of the verb's subject)
                int anchor = source != null && source.first() > trigger.last() ? source.last() : trigger.last();
                if (targets.get(0).first() - anchor > MAX_OBJECT_DISTANCE) {
                    targets.clear();
                }
            }
            if (targets.isEmpty() && source != null && voice != Voice.PASSIVE && agentFirst(trigger, tokens) == null) {
                targets.addAll(roles.nextClause(trigger.last(), source, tokens));
            }
            if (source == null || targets.isEmpty() && !isMove(p)) {
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

    /**
     * Pattern matches on the sentence, and on the sentence with its actors left out, so that a verb
     * and its object match across the subject between them ("نقلت القوات الأميركية معداتها").
     */
    private static List<Match<EventPattern>> matches(PhraseMatcher<EventPattern> matcher, List<Token> tokens,
                                                     List<Found> found) {
        List<Match<EventPattern>> out = new ArrayList<>(matcher.findAll(tokens));
        List<Token> kept = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!insideActor(found, i)) {
                kept.add(tokens.get(i));
                origin.add(i);
            }
        }
        if (kept.size() == tokens.size()) {
            return out;
        }
        for (Match<EventPattern> m : matcher.findAll(kept)) {
            int first = origin.get(m.first());
            int last = origin.get(m.last());
            if (last - first != m.last() - m.first()) {
                out.add(new Match<>(first, last, m.start(), tokens.get(last).end(), m.value(), m.proclitics()));
            }
        }
        return out;
    }

    private static boolean insideActor(List<Found> found, int token) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.first() <= token && token <= f.last()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "they", "he", "she");

    /**
     * The subject a verb takes from the sentences before: an English pronoun right before it ("it
     * launched a surprise attack"), or an Arabic verb that opens its sentence with no actor in it
     * ("وشنت غارات على …" after "أعلن الجيش التركي …"). It is the last group or state named, or
     * the last person for he / she.
     */
    private static Found pronounSubject(Language language, Match<EventPattern> trigger, List<Token> tokens,
                                        Discourse discourse, Sentence sentence) {
        boolean english = language == Language.EN && trigger.first() > 0
                && PRONOUNS.contains(tokens.get(trigger.first() - 1).normalized());
        boolean arabic = language == Language.AR && !sentence.headline() && opensSentence(trigger, tokens);
        if (!english && !arabic) {
            return null;
        }
        String w = english ? tokens.get(trigger.first() - 1).normalized() : "";
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

    /** Verbs that only carry a verbal noun: "شن غارات", "نفذ هجوما", "واصل القصف". */
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("شن", "شنت", "شنوا", "نفذ", "نفذت",
            "نفذوا", "اطلق", "اطلقت", "بدا", "بدات", "واصل", "واصلت", "استانف", "استانفت", "يشن", "تشن", "ينفذ", "تنفذ",
            "يواصل", "تواصل");

    /** True when only particles or a light verb, after a conjunction, come before the trigger in its sentence. */
    private static boolean opensSentence(Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = 0; k < trigger.first(); k++) {
            Token t = tokens.get(k);
            String w = t.forms().get(t.forms().size() - 1).text();
            if (!PARTICLES.contains(t.normalized()) && !LIGHT_VERBS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A move needs no counterpart, only a place: a redeployment, a mobilisation, a visit. */
    private static boolean isMove(EventPattern p) {
        return "visit".equals(p.mode()) || p.sign() == 0
                && (p.type() == org.tahaluf.core.EventType.RETREAT || p.type() == org.tahaluf.core.EventType.MOBILIZE);
    }

    /** Longest non-overlapping pattern matches outside actor names. */
    private static List<Match<EventPattern>> triggers(List<Match<EventPattern>> matches, List<Found> found,
                                                      List<Token> tokens) {
        List<Match<EventPattern>> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.first(), b.first()));
        List<Match<EventPattern>> chosen = new ArrayList<>();
        for (Match<EventPattern> m : sorted) {
            boolean free = !namesAnInstitution(m, tokens);
            for (Match<EventPattern> c : chosen) {
                if (m.first() <= c.last() && c.first() <= m.last()) {
                    free = false;
                    break;
                }
            }
            for (Found f : found) {
                if (f.first() <= m.first() && m.last() <= f.last()) {
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

    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("لجنه", "هيئه", "مكتب", "وزاره",
            "مجلس", "committee", "commission", "ministry", "council", "office", "department");

    /** "لجنة العقوبات", "sanctions committee": a trigger word that names an institution is no event. */
    private static boolean namesAnInstitution(Match<EventPattern> m, List<Token> tokens) {
        boolean before = m.first() > 0 && INSTITUTIONS.contains(tokens.get(m.first() - 1).normalized());
        boolean after = m.last() + 1 < tokens.size() && INSTITUTIONS.contains(tokens.get(m.last() + 1).normalized());
        return before || after;
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
                                     Voice previousVoice, Clauses clauses) {
        return previous != null && previousVoice == Voice.NOUN && trigger.value().voice() != Voice.PASSIVE
                && tokens.get(trigger.first()).startsWithConjunction() && clauses.same(previous.last(), trigger.first());
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("من", "الي", "علي", "في", "عن", "مع",
            "ضد", "بين", "حول", "لدي", "نحو", "عبر", "قرب", "بعد", "قبل", "خلال", "امام", "تجاه");

    /**
     * Unvocalised Arabic writes a verb and its verbal noun alike (منع, نقل). A word with the
     * article or a preposition attached, or right after a preposition ("تعمل على منع"), is the noun.
     */
    private static boolean readsAsNoun(Match<EventPattern> trigger, List<Token> tokens) {
        String p = trigger.proclitics();
        String word = tokens.get(trigger.first()).normalized();
        String rest = p.endsWith("لل") ? "ال" + word.substring(Math.min(word.length(), p.length()))
                : word.substring(Math.min(word.length(), p.length()));
        if (rest.startsWith("ال") || p.endsWith("ب") || p.endsWith("ل") || p.endsWith("ك")) {
            return true;
        }
        return trigger.first() > 0 && PREPOSITIONS.contains(tokens.get(trigger.first() - 1).normalized());
    }

    private static final java.util.Set<String> PREPOSITIONAL_LINKS = java.util.Set.of("ضد", "مع", "علي", "بين",
            "against", "with", "between", "on");

    /** "المعارك ضد التنظيم": the target of a general fighting noun stands right after a preposition. */
    private static boolean afterPreposition(Found target, List<Token> tokens, Match<EventPattern> trigger) {
        if (target.first() - trigger.last() > 4) {
            return false;
        }
        for (int k = Math.max(trigger.last() + 1, target.first() - 2); k < target.first(); k++) {
            if (PREPOSITIONAL_LINKS.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> AGENT_VERBS = java.util.Set.of("شن", "شنه", "شنها", "شنته", "شنتها",
            "شنوها", "نفذ", "نفذه", "نفذها", "نفذته", "نفذتها", "تفرضه", "تفرضها", "فرضه", "فرضها", "فرضته", "فرضتها",
            "يفرضه", "يفرضها", "تبناه", "تبناها", "تبنته", "تبنتها");

    /** "هجمات شنها التنظيم": a relative verb with an object pronoun after a noun trigger introduces its agent. */
    private static Found relativeAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = trigger.last() + 1; k < Math.min(tokens.size(), trigger.last() + 3); k++) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return null;
            }
            if (AGENT_VERBS.contains(t.normalized()) || AGENT_VERBS.contains(t.forms().get(t.forms().size() - 1).text())) {
                return roles.startingWithin(k + 1, k + 2, k);
            }
        }
        return null;
    }

    private static final java.util.List<String> INSTRUMENTS = java.util.List.of("طائرات", "طائره", "طيران", "مقاتلات",
            "مدفعيه", "مسيرات", "مسيره", "قوات", "صواريخ", "بوارج");

    /**
     * "قصف طائرات التحالف لمخازن التنظيم": a trigger ending in an instrument (planes, artillery,
     * forces) has its agent as the genitive right after; returns that instrument word, or null.
     */
    private static String agentFirst(Match<EventPattern> trigger, List<Token> tokens) {
        if (trigger.last() == trigger.first()) {
            return null;
        }
        String last = tokens.get(trigger.last()).forms().get(tokens.get(trigger.last()).forms().size() - 1).text();
        for (String instrument : INSTRUMENTS) {
            if (last.equals(instrument) || last.equals("ال" + instrument)) {
                return instrument;
            }
        }
        return null;
    }

    /** The statement whose cue is this trigger ("اتهم", "warned"), or null. */
    private static SpeechFinder.Speech spokenBy(Match<EventPattern> trigger, List<SpeechFinder.Speech> speeches) {
        for (SpeechFinder.Speech s : speeches) {
            if (s.cue().first() <= trigger.last() && trigger.first() <= s.cue().last() && s.speakerFirst() >= 0) {
                return s;
            }
        }
        return null;
    }

    private static Found speakerOf(SpeechFinder.Speech s, List<Found> found) {
        for (Found f : found) {
            if (f.first() == s.speakerFirst() && f.last() == s.speakerLast() && f.hasActor()) {
                return f;
            }
        }
        return null;
    }

    /** A passive participle right after the trigger ("المفروض", "imposed") leaves the agent unsaid. */
    private static boolean imposedWithoutAgent(Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = trigger.last() + 1; k < Math.min(tokens.size(), trigger.last() + 3); k++) {
            String w = tokens.get(k).forms().get(tokens.get(k).forms().size() - 1).text();
            if (w.startsWith("المفروض") || w.startsWith("مفروض") || w.equals("imposed")) {
                return true;
            }
        }
        return false;
    }

    /** "غارات للولايات المتحدة", "هجوم لداعش": an attack noun's ل-genitive right after it is its agent. */
    private static Found possessorAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        Found f = roles.startingWithin(trigger.last() + 1, trigger.last() + 2, trigger.last());
        if (f == null) {
            return null;
        }
        String p = f.proclitics(tokens);
        return p.endsWith("ل") ? f : null;
    }

    /** News agencies and monitors report material events; they do not carry them out. */
    private boolean isReporter(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && (a.sector() == org.tahaluf.core.Sector.MED || a.sector() == org.tahaluf.core.Sector.NGO);
    }

    /** "بالتعاون مع", "لدعم": a verbal noun with a preposition attached is adverbial; its agent is the clause's subject. */
    private static boolean isAdverbial(Match<EventPattern> trigger, List<Token> tokens) {
        String p = trigger.proclitics();
        return p.endsWith("ب") || p.endsWith("ل");
    }

    /** "تعرضت مواقع الجيش لهجمات": تعرض before a noun trigger in its clause makes the actor before it the victim. */
    private static boolean passiveMarked(Match<EventPattern> trigger, List<Token> tokens, Clauses clauses) {
        for (int k = trigger.first() - 1; k >= Math.max(0, trigger.first() - 8); k--) {
            if (!clauses.same(k, trigger.first())) {
                return false;
            }
            String w = tokens.get(k).forms().get(tokens.get(k).forms().size() - 1).text();
            if (w.startsWith("تعرض") || w.startsWith("يتعرض") || w.startsWith("تتعرض")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وكانت واشنطن قد اغتالت": an actor a few words before the verb in its clause, with only
     * particles between and no preposition in front of it, is its subject (subject-verb order).
     */
    private static Found preverbalSubject(Roles roles, Match<EventPattern> trigger, List<Token> tokens, Span within) {
        Found f = roles.before(trigger.first(), List.of(), within);
        if (f == null || trigger.first() - f.last() > 3) {
            return null;
        }
        if (f.hasPrepositionClitic(tokens)
                || f.first() > 0 && PREPOSITIONS.contains(tokens.get(f.first() - 1).normalized())) {
            return null;
        }
        for (int k = f.last() + 1; k < trigger.first(); k++) {
            if (!PARTICLES.contains(tokens.get(k).normalized())) {
                return null;
            }
        }
        return f;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("قد", "لقد", "كان", "كانت", "كانوا",
            "لم", "لن", "لا", "سوف", "ما", "ان", "انها", "انه", "بدورها", "بدوره", "ايضا", "امس", "اليوم");

    /**
     * The subject of an Arabic verb: the actor right after it, or one word later past an adverb
     * ("هاجمت أمس القوات"), never one behind a preposition ("نقل قيادتها من العراق").
     */
    private static Found verbSubject(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        if (trigger.last() > trigger.first()) {
            Found inside = roles.startingWithin(trigger.first() + 1, trigger.first() + 1, trigger.first());
            if (inside != null && inside.last() < trigger.last()) {
                return inside;
            }
        }
        int next = trigger.last() + 1;
        int to = next;
        if (next < tokens.size() && !tokens.get(next).punctuation()
                && !PREPOSITIONS.contains(tokens.get(next).normalized())) {
            to = next + 1;
        }
        Found f = roles.startingWithin(next, to, trigger.last());
        if (f == null) {
            return null;
        }
        return f.hasPrepositionClitic(tokens) ? null : f;
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
        if (inside != null || !speech.speakerIsSubject() || speech.speaker() == null) {
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
