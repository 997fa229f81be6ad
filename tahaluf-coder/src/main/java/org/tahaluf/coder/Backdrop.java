package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Protests a sentence names as the backdrop of its news rather than as the news: the setting of a
 * harm or an arrest ("سقط خمسة متظاهرين في مظاهرات أمس"), a crowd described by what it was doing
 * ("متظاهرين يحتجون على الغلاء"), the reason of another act ("أحرق نفسه احتجاجا على الاتفاق"). The
 * act in the foreground is coded by its own trigger; coding the protest as well would report a
 * second event the article does not tell.
 */
final class Backdrop {

    /** How far before a protest the harm it is the setting of may stand: "جرح مائة متظاهر، خمسون منهم راهبا في مظاهرات". */
    private static final int SETTING_REACH = 8;
    /** "احتجاجا": the verbal noun in the accusative of purpose. */
    private static final String PURPOSE_ACCUSATIVE = "احتجاجا";

    private Backdrop() {
    }

    /** True when the trigger names a protest only as the backdrop of another act. */
    static boolean of(Match<EventPattern> trigger, List<Match<EventPattern>> triggers, List<Token> tokens,
                      Language language, SentenceCues cues, List<Found> found, Scene scene) {
        return trigger.value().type() == EventType.PROTEST
                && (setting(trigger, triggers, tokens, language, cues) || describesCrowd(trigger, tokens, found, cues)
                || reasonOnly(trigger, tokens, scene));
    }

    /**
     * "سقط خمسة متظاهرين في مظاهرات أمس", "أوقفوا خلال تظاهرة": a protest named as where someone was
     * killed, hurt or held is the setting of that act, which is what the sentence reports; one the
     * police banned or stopped ("منعت قوات الأمن تظاهرة") did not take place. One they dispersed did.
     */
    private static boolean setting(Match<EventPattern> trigger, List<Match<EventPattern>> triggers, List<Token> tokens,
                                   Language language, SentenceCues cues) {
        if (!Recollection.nominal(trigger, tokens, language)) {
            return false;
        }
        boolean circumstance = Agents.circumstance(cues, trigger);
        int act = -1;
        int protest = -1;
        for (Match<Cue> c : cues.of("scene")) {
            if (circumstance && "harm".equals(c.value().value()) && c.last() < trigger.first()) {
                act = Math.max(act, c.last());
            }
        }
        for (Match<EventPattern> other : triggers) {
            if (other.last() >= trigger.first()) {
                continue;
            }
            EventType type = other.value().type();
            if ("ban".equals(other.value().mode()) || (type == EventType.COERCE || type == EventType.ASSAULT) && circumstance) {
                act = Math.max(act, other.last());
            } else if (type == EventType.PROTEST) {
                if (other.last() == trigger.first() - 1) {
                    // "تظاهرة احتجاجية": one protest named by two words
                    return setting(other, triggers, tokens, language, cues);
                }
                protest = Math.max(protest, other.last());
            }
        }
        return act > protest && trigger.first() - act <= SETTING_REACH;
    }

    /**
     * "فتحت الشرطة النار على متظاهرين يحتجون على الغلاء", "قدرت الشرطة عددهم بمئة ألف شخص، تجمعوا
     * بدعوة من النقابات", "صحافيين كانوا يتظاهرون": a plural verb right after an indefinite crowd is a
     * clause describing it (Arabic needs no relative pronoun after an indefinite noun), and one after
     * كانوا tells what the crowd was doing when the news happened; neither is the news.
     */
    private static boolean describesCrowd(Match<EventPattern> trigger, List<Token> tokens, List<Found> found,
                                          SentenceCues cues) {
        String verb = tokens.get(trigger.first()).normalized();
        boolean imperfect = (verb.startsWith("ي") || verb.startsWith("ت")) && verb.endsWith("ون");
        if (!trigger.value().voice().isActive() || !imperfect && !verb.endsWith("وا")) {
            return false;
        }
        int before = trigger.first() - 1;
        while (before >= 0 && tokens.get(before).punctuation()) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String word = tokens.get(before).normalized();
        if (imperfect && WordClass.PROGRESSIVE.contains(word)) {
            return true;
        }
        if (word.startsWith("ال")) {
            return false;
        }
        Match<Cue> crowd = cues.at(before, "scene");
        if (crowd != null && "toll".equals(crowd.value().value())) {
            return true;
        }
        for (Found f : found) {
            if (f.last() == before) {
                return true;
            }
        }
        return false;
    }

    /**
     * "أحرق نفسه احتجاجا على الاتفاق", "دعا إلى مقاطعة الألعاب احتجاجا على القمع": the accusative of
     * purpose tells why an act was done; it is a protest of its own only where a crowd counted before
     * it did that act ("خرج مئات من المتظاهرين احتجاجا على الغلاء"). Otherwise the act is the news,
     * coded by its own trigger when it is an event (a strike, a boycott).
     */
    private static boolean reasonOnly(Match<EventPattern> trigger, List<Token> tokens, Scene scene) {
        return trigger.first() == trigger.last()
                && PURPOSE_ACCUSATIVE.equals(tokens.get(trigger.first()).normalized())
                && !scene.countedBefore(trigger.first());
    }
}
