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

    /** What one sentence offers every trigger: its words, actors, cues, clauses, statements and memory. */
    private record Context(Sentence sentence, Language language, List<Token> tokens, List<Found> found, SentenceCues cues,
                           Clauses clauses, List<SpeechFinder.Speech> speeches, Roles reported, Roles narrated,
                           Unknowns unknowns, Discourse discourse, Scene scene) {
    }

    /**
     * Who does what to whom for one trigger, before the checks that keep or drop the event;
     * {@code partners} are the actors coordinated with the source in a compound subject.
     */
    private record Assignment(Found source, List<Found> partners, List<Found> targets, boolean local, boolean victims) {

        Assignment(Found source, List<Found> partners, List<Found> targets, boolean local) {
            this(source, partners, targets, local, false);
        }

        Assignment(Found source, List<Found> targets, boolean local) {
            this(source, List.of(), targets, local);
        }

        /** Those an attack without a named author struck. */
        static Assignment victims(List<Found> victims) {
            return new Assignment(null, List.of(), victims, true, true);
        }

        /** The last actor of the subject: the source or its last partner. */
        Found lastSubject() {
            return partners.isEmpty() ? source : partners.get(partners.size() - 1);
        }
    }

    /** What the previous trigger of the sentence left: its match, voice and source, and the targets taken so far. */
    private static final class Previous {
        Match<EventPattern> trigger;
        Voice voice;
        Found source;
        final List<Found> taken = new ArrayList<>();
    }

    List<Coded> find(Sentence sentence, Language language, PhraseMatcher<EventPattern> matcher, List<Found> found,
                     SentenceCues cues, Clauses clauses, List<SpeechFinder.Speech> speeches, Unknowns unknowns,
                     Discourse discourse, Scene scene) {
        List<Token> tokens = sentence.tokens();
        List<Match<EventPattern>> triggers = Triggers.triggers(Triggers.matches(matcher, tokens, found, cues), found, tokens);
        MentionFinder.Kinds kinds = mentions.kinds(found, unknowns);
        Context c = new Context(sentence, language, tokens, found, cues, clauses, speeches,
                new Roles(found, clauses, speeches, tokens, kinds), new Roles(found, clauses, List.of(), tokens, kinds),
                unknowns, discourse, scene);
        List<Coded> out = new ArrayList<>();
        Previous previous = new Previous();
        for (int k = 0; k < triggers.size(); k++) {
            code(c, triggers.get(k), Triggers.nextTriggerInClause(triggers, k, clauses, tokens.size()), previous, out);
        }
        return withoutStandIns(out);
    }

    /** Codes one trigger into zero or more events. */
    private void code(Context c, Match<EventPattern> trigger, int stop, Previous previous, List<Coded> out) {
        EventPattern p = trigger.value();
        SpeechFinder.Speech speech = speechOf(trigger, c.tokens(), c.speeches());
        SpeechFinder.Speech spoken = spokenBy(trigger, c.speeches());
        // a speaker is no party to what they report, but may well act outside it
        Roles roles = speech == null && spoken == null ? c.narrated() : c.reported();
        boolean conjoined = Agents.conjoined(trigger, c.tokens(), previous.trigger, previous.voice, c.clauses());
        Voice declared = p.voice().isActive() || p.voice() == Voice.EITHER ? Voice.ACTIVE : p.voice();
        if (p.voice() == Voice.EITHER && !Agents.readsAsNoun(trigger, c.tokens())
                && Agents.readsPassive(roles, trigger, c.tokens(), speech == null ? null : speech.content())) {
            declared = Voice.PASSIVE;
        }
        Voice voice = c.language() == Language.AR && declared == Voice.ACTIVE
                && (conjoined || Agents.readsAsNoun(trigger, c.tokens())) || declared == Voice.PREP ? Voice.NOUN : declared;
        Assignment a;
        if (spoken != null) {
            a = spokenAct(c, roles, trigger, stop, spoken);
        } else if (voice == Voice.ACTIVE && describedAttack(trigger, previous, c)) {
            // "انفجار سيارة مفخخة استهدف الزوار": the attack named right before the verb is its subject,
            // so the actor after the verb is what it struck; its author is the attack's, or unnamed
            Found author = previous.source != null ? previous.source : unnamed(UNNAMED_AGENTS.get(p.type()), trigger,
                    c.tokens(), c.sentence());
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
        previous.trigger = trigger;
        previous.source = a.source();
        previous.voice = voice;
        Found source = a.source();
        List<Found> targets = new ArrayList<>(a.targets());
        if (source == null && speech != null && announcedEnemyDeaths(p, voice, targets, speech, c)) {
            // "أعلنت القوات العراقية مقتل 15 من عناصر داعش": a force that announces its enemies' dead killed them
            source = speakerOf(speech, c.found());
        }
        // where the verb and its subject end: objects are looked for after it
        int afterSubject = a.source() == null ? trigger.last() : Math.max(trigger.last(), a.lastSubject().last());
        // subjects joined by و act together in a cooperation, and on one another in a reciprocal act
        boolean joint = !a.partners().isEmpty() && (p.sign() > 0 || p.voice() == Voice.MUTUAL || p.voice() == Voice.PREP);
        if (source != null && isReporter(source, c.unknowns()) && p.type().quadClass().material()) {
            return;
        }
        if (Agents.imposedWithoutAgent(trigger, c.tokens()) && spoken == null) {
            // "حظر السلاح المفروض على إيران": who imposed it is not said here
            return;
        }
        if (p.sign() > 0) {
            // "تدعم العمليات العسكرية ضد الجهاديين": those a cooperation is against are not its partner
            targets.removeIf(t -> Words.precededBy(c.tokens(), t.first(), AGAINST, 1));
        }
        List<Found> allies = new ArrayList<>();
        if (p.sign() < 0 && p.voice() != Voice.PREP && p.voice() != Voice.MUTUAL && source != null) {
            // "تجري عملية عسكرية مشتركة مع فرنسا وبريطانيا": those an attack is carried out jointly with are partners
            for (Found t : targets) {
                boolean with = Words.precededBy(c.tokens(), t.first(), WITH, 1)
                        && Words.precededBy(c.tokens(), t.first() - 1, JOINTLY, 2);
                if (with || !allies.isEmpty()) {
                    allies.add(t);
                }
            }
            targets.removeAll(allies);
            if (!allies.isEmpty()) {
                emit(c, JOINT, source, allies, trigger, modality(trigger, c.tokens(), c.cues(), c.clauses(), speech),
                        speech, 0.7, out);
            }
        }
        if (p.sign() == 0) {
            // a neutral move names its counterpart right after it, or has none
            targets.removeIf(t -> t.first() - trigger.last() > 3);
        }
        if (!targets.isEmpty() && spoken == null) {
            // an object stands within a few words of its verb (or of the verb's subject)
            int anchor = source != null && source.first() > trigger.first() ? afterSubject : trigger.last();
            if (targets.get(0).first() - anchor > MAX_OBJECT_DISTANCE) {
                targets.clear();
            }
        }
        if (targets.isEmpty() && source != null && voice == Voice.ACTIVE && c.language() == Language.EN) {
            Found object = Agents.pronounObject(c.language(), trigger, c.tokens(), c.found(), source,
                    mentions.kinds(c.found(), c.unknowns()));
            if (object != null) {
                targets.add(object);
            }
        }
        if (targets.isEmpty() && source != null && voice == Voice.ACTIVE && p.sign() < 0 && c.language() == Language.AR) {
            Found object = Agents.foughtThem(trigger, c.tokens(), c.discourse(), c.sentence(), source);
            if (object != null) {
                targets.add(object);
            }
        }
        if (source != null && p.sign() < 0) {
            // "استهدفت غارات إسرائيلية مواقع إيرانية", "اعترضت تركيا شحنات أسلحة إيرانية … وأبلغت لجنة العقوبات":
            // whose holdings were struck, named by a nisba, is the object when it comes first
            Found owner = Agents.assetOwner(c.found(), c.cues(), afterSubject, stop, c.clauses());
            if (owner != null && !owner.actorId().equals(source.actorId())
                    && (targets.isEmpty() || owner.first() < targets.get(0).first())) {
                targets.clear();
                targets.add(owner);
            }
        }
        if (targets.isEmpty() && source != null && (p.type() == org.tahaluf.core.EventType.THREATEN
                || p.type() == org.tahaluf.core.EventType.ACCUSE)
                && stop - afterSubject <= 2) {
            // "هددت إسرائيل باستهداف قادة الحركة", "نسب الوزير الهجوم إلى التنظيم": who is threatened or
            // blamed is named after the act
            targets.addAll(roles.after(trigger.last(), c.tokens().size(), source, c.tokens()));
        }
        if (targets.isEmpty() && source != null && !joint && voice != Voice.PASSIVE
                && Agents.agentFirst(trigger, c.tokens()) == null) {
            targets.addAll(roles.nextClause(trigger.last(), source, c.tokens()));
        }
        // a victim with no one else named in its clause who could have done it; a verb written alike in
        // both voices with no subject anywhere is the passive ("قتل أحد أفراد البيشمركة")
        boolean passive = voice == Voice.PASSIVE || p.voice() == Voice.EITHER && source == null;
        boolean unnamedVictim = a.victims() || passive && targets.size() == 1
                && roles.onlyOneInClause(targets.get(0), trigger.first());
        // a crowd protests against whom it names ("اعتصم عشرات المواطنين أمام السفارة الأميركية"): the
        // named party is its target, not its author, so protesters stand for the unnamed crowd
        boolean protestOn = p.type() == org.tahaluf.core.EventType.PROTEST && voice != Voice.PASSIVE;
        if (source == null && (targets.isEmpty() || unnamedVictim || protestOn) && UNNAMED_AGENTS.containsKey(p.type())
                && !(p.voice() != Voice.NOUN && Triggers.objectPronoun(c.tokens().get(trigger.last())))
                && p.voice() != Voice.PREP && (!Agents.definite(trigger, c.tokens()) || protestOn && Agents.purpose(trigger, c.scene())
                        || Recollection.told(trigger, c.cues(), c.clauses()) || Agents.passiveMarked(trigger, c.tokens(), c.clauses()))
                && (Agents.imperfect(trigger, c.tokens(), c.language()) ? c.scene().current() : c.scene().placed())) {
            // "قتل جنديان في هجوم انتحاري في هرات أمس", "تظاهر الآلاف في بغداد الجمعة": it happened
            // somewhere, its author unnamed: unidentified attackers, protesters — also when a witness
            // or an officer reports it. Only a verb or an indefinite noun introduces an occurrence: a
            // definite one ("الهجوم", "المظاهرات") points back to one already told, or to the kind,
            // unless a verb of occurrence tells it ("وقع الهجوم فجر أمس") or it is a crowd's purpose
            // ("خرجوا للاحتجاج"). Fighting in general ("المعارك") has sides, not an unnamed author. A victim named as the
            // subject of a passive ("تعرضت القوات العراقية لهجوم في الموصل") is attacked by it.
            // An imperfect tells what such hands do or will do ("هم يخطفون ويقتلون") unless the
            // sentence dates it or counts its victims. A verb whose object is only a pronoun ("قتله") speaks of someone already
            // told, not of an incident it reports.
            source = unnamed(UNNAMED_AGENTS.get(p.type()), trigger, c.tokens(), c.sentence());
        }
        if (source == null || targets.isEmpty() && !joint && !isMove(p) && !placedProtest(p, c)
                && !UNNAMED_AGENTS.containsValue(source.actorId())) {
            return;
        }
        Modality modality = modality(trigger, c.tokens(), c.cues(), c.clauses(), speech);
        if (joint && targets.isEmpty()) {
            // "وقعت الولايات المتحدة والعراق اتفاقا", "تبادلت روسيا وأوكرانيا الاتهامات": a joint act of its subjects
            multilateral(p, source, a.partners(), trigger, modality, speech, c.unknowns(), out);
        } else {
            for (Found subject : subjects(source, a.partners())) {
                EventPattern coded = spokenAttack(p, c, trigger, subject) ? ACCUSATION : p;
                emit(c, coded, subject, targets, trigger, modality, speech, a.local() ? 0.8 : 0.6, out);
            }
        }
        previous.taken.addAll(targets);
    }

    /** "اتهمت دمشق التحالف": a speech act that is itself an event has its speaker as source. */
    private static Assignment spokenAct(Context c, Roles roles, Match<EventPattern> trigger, int stop,
                                        SpeechFinder.Speech spoken) {
        Found source = speakerOf(spoken, c.found());
        int from = Math.max(trigger.last(), spoken.speakerLast());
        List<Found> targets = new ArrayList<>(roles.after(from, stop, source, c.tokens()));
        if (targets.isEmpty() && from == trigger.last()) {
            targets.addAll(roles.nextClause(trigger.last(), source, c.tokens()));
        }
        return new Assignment(source, targets, true);
    }

    /** A passive: its subject is the target, the agent after من قبل / by the source. */
    private static Assignment passive(Context c, Roles roles, Match<EventPattern> trigger, int stop,
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
        } else {
            target = roles.before(trigger.first(), taken, within);
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
    private Assignment activeOrNoun(Context c, Roles roles, Match<EventPattern> trigger, int stop,
                                    SpeechFinder.Speech speech, Voice voice, Found conjoinedSource, List<Found> taken) {
        List<Token> tokens = c.tokens();
        Span within = speech == null ? null : speech.content();
        EventPattern p = trigger.value();
        Found source = null;
        if (voice == Voice.ACTIVE && c.language() == Language.AR) {
            source = Agents.preverbalSubject(roles, trigger, tokens, within);
            if (source == null) {
                source = Agents.verbSubject(roles, trigger, tokens);
            }
            if (source != null && source.first() > trigger.last() && c.cues().at(source.first(), "counterpart") != null) {
                // "زار بغداد حيث التقى نظيره العراقي": a counterpart right after the verb is its object
                source = null;
            }
        }
        if (voice == Voice.NOUN && c.language() == Language.AR) {
            source = Agents.nisbaAgent(c.found(), trigger);
        }
        if (source == null && voice == Voice.NOUN && INTRANSITIVE.contains(p.type())) {
            source = roles.startingWithin(trigger.first() + 1, trigger.last() + 1, trigger.last());
        }
        if (source == null) {
            source = conjoinedSource;
        }
        Found agent = voice == Voice.NOUN ? Agents.relativeAgent(roles, trigger, tokens) : null;
        if (agent == null && voice == Voice.NOUN && Agents.agentFirst(trigger, tokens) != null) {
            agent = roles.startingWithin(trigger.last() + 1, trigger.last() + 1, trigger.last());
        }
        if (agent == null && voice == Voice.NOUN && p.type() == org.tahaluf.core.EventType.ASSAULT) {
            agent = Agents.possessorAgent(roles, trigger, tokens);
        }
        if (agent != null) {
            // "هجمات شنها التنظيم على مواقع الجيش", "حظر تفرضه الأمم المتحدة على إيران"
            List<Found> after = roles.after(agent.last(), stop, agent, tokens);
            Found victim = after.isEmpty() ? roles.before(trigger.first(), List.of(), within) : null;
            if (after.isEmpty() && victim == null && !taken.isEmpty()) {
                // "قتلوا، في كمين نصبه التنظيم": the ambush struck those the verb before it killed
                victim = taken.get(taken.size() - 1);
            }
            return new Assignment(agent, victim != null ? List.of(victim) : after, true);
        }
        if (source == null && voice == Voice.NOUN && p.type() == org.tahaluf.core.EventType.ASSAULT
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
            source = Agents.pronounSubject(c.language(), trigger, tokens, c.discourse(), c.sentence());
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
            // are the actors after بين, whoever speaks of it
            Found first = targets.get(0);
            List<Found> others = targets.subList(1, targets.size());
            // a cooperation or a fight between parties joins them: each acts with, or on, the others
            return p.sign() > 0 || p.voice() == Voice.PREP ? new Assignment(first, others, List.of(), true)
                    : new Assignment(first, List.of(), others, true);
        }
        return new Assignment(source, partners, targets, local);
    }

    /**
     * "قتل 21 مقاتلا في كمين نصبه التنظيم": the unnamed attackers stand in for an author the sentence does
     * not name; when another trigger of the sentence names the author of an attack on the same victims,
     * the stand-in goes.
     */
    private static List<Coded> withoutStandIns(List<Coded> coded) {
        String unnamed = UNNAMED_AGENTS.get(org.tahaluf.core.EventType.ASSAULT);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Coded c : coded) {
            if (c.pattern().type() == org.tahaluf.core.EventType.ASSAULT && c.target() != null
                    && !c.source().actorId().equals(unnamed)) {
                named.add(c.target().actorId());
            }
        }
        List<Coded> kept = new ArrayList<>(coded);
        kept.removeIf(c -> c.source().actorId().equals(unnamed) && c.target() != null
                && named.contains(c.target().actorId()));
        return kept;
    }

    /** An attack verb right after an attack noun that is no actor's: the noun is its subject. */
    private static boolean describedAttack(Match<EventPattern> trigger, Previous previous, Context c) {
        return trigger.value().type() == org.tahaluf.core.EventType.ASSAULT && previous.trigger != null
                && previous.trigger.value().type() == org.tahaluf.core.EventType.ASSAULT
                && previous.voice == Voice.NOUN && previous.trigger.last() == trigger.first() - 1
                && (previous.source != null || c.scene().placed());
    }

    /** One event per target; a cooperation whose targets hold its source joins every pair. */
    private void emit(Context c, EventPattern p, Found source, List<Found> targets, Match<EventPattern> trigger,
                      Modality modality, SpeechFinder.Speech speech, double confidence, List<Coded> out) {
        boolean crowdAfterVerb = p.type() == org.tahaluf.core.EventType.PROTEST && targets.size() == 1
                && targets.get(0).actorId().equals(source.actorId());
        if (targets.isEmpty() || crowdAfterVerb) {
            // "احتشد الآلاف من المتظاهرين": the crowd named after the verb is its subject, not its counterpart
            out.add(new Coded(p, source, null, trigger, modality, speech, confidence - 0.1));
        } else if (containsActor(targets, source.actorId()) && p.sign() > 0) {
            multilateral(p, source, targets, trigger, modality, speech, c.unknowns(), out);
        } else {
            for (Found t : targets) {
                if (!sameState(source.actorId(), t.actorId(), c.unknowns())) {
                    out.add(new Coded(p, source, t, trigger, modality, speech, confidence + 0.1));
                }
            }
        }
    }

    private static final java.util.Set<String> AGAINST = java.util.Set.of("ضد", "against");
    private static final java.util.Set<String> WITH = java.util.Set.of("مع", "with");
    /** Words that make مع join partners rather than name an opponent ("مواجهة مع" is a fight): "مشتركة مع". */
    private static final java.util.Set<String> JOINTLY = java.util.Set.of("مشتركه", "المشتركه", "مشترك", "المشترك",
            "بالاشتراك", "بالتعاون", "بالتنسيق", "joint", "jointly", "together");
    /** What a joint attack makes of those its author carries it out with. */
    private static final EventPattern JOINT = new EventPattern(org.tahaluf.core.EventType.COOPERATE, 1, null,
            "military", Voice.NOUN, "joint operation", "EventFinder: an attack carried out with partners");

    /** The dictionary actors that stand in for an author the text does not name, by event type. */
    static final java.util.Map<org.tahaluf.core.EventType, String> UNNAMED_AGENTS = java.util.Map.of(
            org.tahaluf.core.EventType.ASSAULT, "UNIDENTIFIED", org.tahaluf.core.EventType.PROTEST, "PROTESTERS");

    private static Found unnamed(String id, Match<EventPattern> trigger, List<Token> tokens, Sentence sentence) {
        Token t = tokens.get(trigger.first());
        return new Found(sentence.index(), trigger.first(), trigger.first(), t.start(), t.start(), "", id,
                Found.Type.COREF, true);
    }

    /**
     * A protest is against a policy or a state of things as often as against an actor ("تظاهر أنصار
     * الحزب أمام البرلمان احتجاجا على الغلاء"): placed in space or time, it needs no counterpart.
     */
    private static boolean placedProtest(EventPattern p, Context c) {
        return p.type() == org.tahaluf.core.EventType.PROTEST && c.scene().placed();
    }

    /** Actors whose "attacks" are words: they have no arms of their own, an army or a militia does. */
    private static final java.util.Set<org.tahaluf.core.ActorKind> SPEAKING_KINDS = java.util.EnumSet.of(
            org.tahaluf.core.ActorKind.PERSON, org.tahaluf.core.ActorKind.POLITICAL_GROUP,
            org.tahaluf.core.ActorKind.GOVERNMENT, org.tahaluf.core.ActorKind.ORGANIZATION);

    /** What a person's or a party's "attack" is: words ("شن الرئيس هجوما على الحكومة"). */
    private static final EventPattern ACCUSATION = new EventPattern(org.tahaluf.core.EventType.ACCUSE, -1, null,
            "political", Voice.ACTIVE, "verbal attack", "EventFinder: a person's or a party's attack");

    /**
     * "شن عباس أعنف هجوم له على حماس", "هاجم الحزب الحكومة": a person, a party, a government or an
     * organisation "attacks" with words ({@code attack verbal} cues name the words that serve both),
     * unless the sentence dates the attack or counts its dead, as news of fighting does.
     */
    private boolean spokenAttack(EventPattern p, Context c, Match<EventPattern> trigger, Found source) {
        if (p.type() != org.tahaluf.core.EventType.ASSAULT || p.mode() != null || c.scene().current()) {
            return false;
        }
        boolean verbal = false;
        for (int i = trigger.first(); i <= trigger.last() && !verbal; i++) {
            verbal = c.cues().at(i, "attack") != null;
        }
        Actor a = mentions.actorOf(source.actorId(), c.unknowns());
        return verbal && a != null && SPEAKING_KINDS.contains(a.kind());
    }

    /** A move needs no counterpart, only a place: a redeployment, a mobilisation, a visit. */
    private static boolean isMove(EventPattern p) {
        return "visit".equals(p.mode()) || p.sign() == 0
                && (p.type() == org.tahaluf.core.EventType.RETREAT || p.type() == org.tahaluf.core.EventType.MOBILIZE);
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

    /** Sectors whose statements of enemy dead are reports of their own fighting. */
    private static final java.util.Set<org.tahaluf.core.Sector> FORCES = java.util.EnumSet.of(
            org.tahaluf.core.Sector.MIL, org.tahaluf.core.Sector.COP, org.tahaluf.core.Sector.SPY);

    private boolean announcedEnemyDeaths(EventPattern p, Voice voice, List<Found> targets, SpeechFinder.Speech speech,
                                         Context c) {
        if (p.type() != org.tahaluf.core.EventType.ASSAULT || voice == Voice.ACTIVE || targets.size() != 1
                || speech.speaker() == null) {
            return false;
        }
        Actor speaker = mentions.actorOf(speech.speaker(), c.unknowns());
        Actor victim = mentions.actorOf(targets.get(0).actorId(), c.unknowns());
        return speaker != null && victim != null && FORCES.contains(speaker.sector())
                && victim.kind() == org.tahaluf.core.ActorKind.ARMED_GROUP && speakerOf(speech, c.found()) != null;
    }

    /** News agencies and monitors report material events; they do not carry them out. */
    private boolean isReporter(Found f, Unknowns unknowns) {
        Actor a = mentions.actorOf(f.actorId(), unknowns);
        return a != null && (a.sector() == org.tahaluf.core.Sector.MED || a.sector() == org.tahaluf.core.Sector.NGO);
    }

    private Found zeroSubject(Roles roles, Match<EventPattern> trigger, SpeechFinder.Speech speech, List<Token> tokens) {
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

    private static Modality modality(Match<EventPattern> trigger, List<Token> tokens, SentenceCues cues,
                                     Clauses clauses, SpeechFinder.Speech speech) {
        if (speech != null && speech.denial()) {
            return Modality.NEGATED;
        }
        // "ستنفجر": the future prefix on the verb itself, unless a cue nearer says otherwise
        Modality found = trigger.proclitics().endsWith("س") ? Modality.EXPECTED : Modality.ASSERTED;
        int nearest = Integer.MAX_VALUE;
        for (Match<Cue> c : cues.of("modality")) {
            int distance = trigger.first() - c.last();
            if (distance <= 0 || distance > MODALITY_WINDOW) {
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

    private static List<Found> subjects(Found source, List<Found> partners) {
        List<Found> all = new ArrayList<>();
        all.add(source);
        all.addAll(partners);
        return all;
    }

    private void multilateral(EventPattern p, Found source, List<Found> targets, Match<EventPattern> trigger,
                              Modality modality, SpeechFinder.Speech speech, Unknowns unknowns, List<Coded> out) {
        List<Found> members = new ArrayList<>();
        members.add(source);
        for (Found t : targets) {
            if (!containsActor(members, t.actorId())) {
                members.add(t);
            }
        }
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                if (sameState(members.get(a).actorId(), members.get(b).actorId(), unknowns)) {
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
