package org.tahaluf.coder;

import java.time.LocalDate;
import java.util.List;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * Whether a trigger reports an occurrence or only recalls one the reader knows from elsewhere.
 *
 * <p>A recalled event is not emitted: the article that reported it at the time carries it, and
 * coding it again from every later mention would count one attack many times, dated to the wrong
 * day, with whoever stands near the mention as its author. A trigger recalls:
 * <ul>
 *   <li>when a reference frame ({@code reference frame} cues) stands right before it: "منذ اغتيال",
 *       "ذكرى التفجير", "قضية اغتيال", "ضحايا الهجوم", "المتورطين في اغتيال";</li>
 *   <li>when it is a verbal noun a condemnation, an accusation or a warning governs ({@code reference
 *       condemn}): "أدانت الحكومة الهجوم" is an event of condemning, the attack it names is not reported
 *       by it; "حذر من هجوم" fears one; or one that cuts or ends it ({@code reference block}: "قطع طرق
 *       الإمدادات", "سقوط الهدنة");</li>
 *   <li>when it is a verbal noun and a period of the past is named in its clause ({@code reference
 *       past}: "في الثمانينات");</li>
 *   <li>when it is a verbal noun and the time nearest to it in its sentence (the press often sets a date off with a comma)
 *       lies in a year before publication ("عام 2005" in a 2008
 *       article); without a publication date, a year without a day: the press dates background
 *       with a bare year and incidents with their day;</li>
 *   <li>when it is a definite noun of protest ("المظاهرة", "الاحتجاجات"): the press introduces a
 *       protest with a verb or an indefinite noun ("تظاهر الآلاف", "خرجت مظاهرة") and then refers
 *       back to it, or to protest as a topic ("حق التظاهر"), with the article.</li>
 * </ul>
 * An attack named by its verbal noun with the article or its victim's name ("عقب اغتيال الحريري")
 * in a sentence that neither dates it nor counts its dead, nor tells it with a verb of occurrence
 * ("شن", "وقع", "حدث"), is the name of one already known ({@link #named}).
 * A verb that narrates a past event with its date ("وكانت واشنطن قد اغتالت سليماني عام 2020") asserts
 * it: that event is kept, dated to its own time.
 */
final class Recollection {

    private static final int CONDEMN_REACH = 4;
    /** How far "بين" may follow an agreement noun that names its parties: "الاتفاق الأمني بين". */
    private static final int PARTIES_REACH = 3;
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("بين", "between");
    /** How far a verb of occurrence may stand before the noun it tells: "كما حدث في الغارات الجوية واغتيال". */
    private static final int OCCURRENCE_REACH = 6;

    private Recollection() {
    }

    static boolean recalls(Match<EventPattern> trigger, List<Token> tokens, Language language, SentenceCues cues,
                           Clauses clauses, Scene scene, TimeResolver.When when, LocalDate published) {
        boolean nominal = nominal(trigger, tokens, language);
        return framed(trigger, tokens, cues, clauses, nominal)
                || nominal && (pastPeriod(trigger, cues, clauses) || before(when, published)
                || toldProtest(trigger, tokens, cues, clauses, scene));
    }

    /**
     * "اغتيال الحريري", "التفجير": an attack named by its verbal noun with the article or with its
     * victim's name, in a sentence that neither dates it nor counts its dead, is the name of one the
     * reader knows; the news of a new one dates it or counts its dead ("اغتيال مسؤول محلي أمس").
     */
    static boolean named(EventFinder.Coded c, List<Token> tokens, Language language, Scene scene, SentenceCues cues,
                         Clauses clauses) {
        Match<EventPattern> trigger = c.trigger();
        if (trigger.value().type() == EventType.AGREE && trigger.value().voice() == Voice.NOUN
                && trigger.first() == trigger.last() && Agents.definite(trigger, tokens)
                && !Words.followedBy(tokens, trigger.last(), BETWEEN, PARTIES_REACH)) {
            // "الاتفاق النووي", "الاتفاق": an agreement named with the article is one already made, not
            // news of one; "الاتفاق بين بغداد وأربيل" names its parties and tells it
            return true;
        }
        if (trigger.value().type() != EventType.ASSAULT || trigger.value().voice() == Voice.PASSIVE
                || !nominal(trigger, tokens, language) || scene.current() || told(trigger, cues, clauses)) {
            return false;
        }
        if (c.source().first() == trigger.last() + 1) {
            // "الغارات الأميركية": its author named with it, the noun tells who struck
            return false;
        }
        boolean ofVictim = c.target() != null && c.target().first() == trigger.last() + 1 && !c.target().isPlace();
        return Agents.definite(trigger, tokens) || ofVictim;
    }

    /**
     * "بعد مقتل 16 شخصا في هجوم انتحاري", "الهجوم الذي أدى إلى مقتل": the attack a recalled death
     * happened in, or the death a recalled attack caused, is part of what is recalled.
     */
    static boolean partOf(Match<EventPattern> recalled, Match<EventPattern> trigger, SentenceCues cues,
                          Clauses clauses) {
        if (recalled == null || trigger.first() <= recalled.last() || !clauses.same(recalled.last(), trigger.first())) {
            return false;
        }
        return Agents.circumstance(cues, trigger) || Agents.outcome(cues, trigger);
    }

    /** "شن التحالف آلاف الغارات": a verb of its clause tells the attack as having taken place. */
    static boolean told(Match<EventPattern> trigger, SentenceCues cues, Clauses clauses) {
        for (Match<Cue> c : cues.of("occurrence")) {
            int gap = trigger.first() - c.last();
            if (gap >= 1 && gap <= OCCURRENCE_REACH && clauses.same(c.last(), trigger.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldProtest(Match<EventPattern> trigger, List<Token> tokens, SentenceCues cues,
                                       Clauses clauses, Scene scene) {
        return trigger.value().type() == EventType.PROTEST && definitePhrase(trigger, tokens) && !Agents.purpose(trigger, scene)
                && !told(trigger, cues, clauses);
    }

    /**
     * "المظاهرات", and "أعمال الشغب": a two-word noun is definite by its second word too, the genitive
     * of a construct or an adjective that agrees with it.
     */
    private static boolean definitePhrase(Match<EventPattern> trigger, List<Token> tokens) {
        return Agents.definite(trigger, tokens) || trigger.value().voice() == Voice.NOUN
                && trigger.last() == trigger.first() + 1 && tokens.get(trigger.last()).normalized().startsWith("ال");
    }

    static boolean nominal(Match<EventPattern> trigger, List<Token> tokens, Language language) {
        Voice v = trigger.value().voice();
        return v == Voice.NOUN || v == Voice.PREP
                || language == Language.AR && (v.isActive() || v == Voice.EITHER) && Agents.readsAsNoun(trigger, tokens);
    }

    private static boolean framed(Match<EventPattern> trigger, List<Token> tokens, SentenceCues cues, Clauses clauses,
                                  boolean nominal) {
        for (Match<Cue> c : cues.of("reference")) {
            String kind = c.value().value();
            int gap = trigger.first() - c.last();
            boolean adjacent = gap == 1 || gap == 2 && WordClass.OCCURRENCE.contains(tokens.get(c.last() + 1).normalized());
            if (("frame".equals(kind) || "gathered".equals(kind) && trigger.value().type() == EventType.PROTEST)
                    && adjacent) {
                return true;
            }
            if (("condemn".equals(kind) || "block".equals(kind)) && nominal && gap >= 1 && gap <= CONDEMN_REACH
                    && clauses.same(c.last(), trigger.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastPeriod(Match<EventPattern> trigger, SentenceCues cues, Clauses clauses) {
        for (Match<Cue> c : cues.of("reference")) {
            if ("past".equals(c.value().value()) && clauses.same(c.first(), trigger.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(TimeResolver.When when, LocalDate published) {
        if (when == null || when.time().start() == null) {
            return false;
        }
        if (published != null) {
            return when.time().end().getYear() < published.getYear();
        }
        // only explicit dates are found without a publication date; a range is a year or a month
        return !when.time().start().equals(when.time().end());
    }
}
