package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Whether a sentence reports an incident on the ground: it places what it tells in space, in time,
 * or counts its victims.
 *
 * <p>The press reports an attack or a protest whose author it cannot name by where ("في منطقة
 * عوريج"), when ("ظهر أمس", "يوم 27 ديسمبر") or at what cost ("مقتل 17 شخصا"); the same words
 * without any of these speak of violence or protest in general ("الهجمات على الحريات"). Places are
 * gazetteer entries or a place noun ({@code scene place} cues: منطقة، بلدة، حاجز); a toll is a number
 * before a word of victims ({@code scene toll} cues: قتيلا، جنود، شخصا), a victim word in the dual
 * (جنديين، شرطيين), or one right after a word of harm ({@code scene harm}: "مقتل شخص").
 */
final class Scene {

    /** A number stands this many words at most before the victims it counts ("17 شخصا", "ثلاثة من الجنود"). */
    private static final int COUNT_REACH = 3;
    /** A word of harm stands this close before its victim: "مقتل شخص", "إصابة أحد الحراس". */
    private static final int HARM_REACH = 2;

    private final boolean placed;
    private final boolean dated;
    /** Where the victims counted in the sentence are named, or -1. */
    private final int firstToll;

    private Scene(boolean placed, boolean dated, int firstToll) {
        this.placed = placed;
        this.dated = dated;
        this.firstToll = firstToll;
    }

    static Scene of(List<Token> tokens, List<Found> found, SentenceCues cues, boolean dated) {
        boolean place = found.stream().anyMatch(Found::isPlace)
                || cues.of("scene").stream().anyMatch(c -> "place".equals(c.value().value()));
        boolean time = dated || !cues.of("time").isEmpty();
        int toll = firstToll(tokens, found, cues);
        return new Scene(place || time || toll >= 0, time, toll);
    }

    /** True when the sentence places, dates or counts what it reports. */
    boolean placed() {
        return placed;
    }

    /** True when the sentence dates what it reports or counts its victims: news of the day, not its background. */
    boolean current() {
        return dated || firstToll >= 0;
    }

    /** True when victims are counted before the word at {@code index}: "قتل 26 شخصا في هجوم". */
    boolean countedBefore(int index) {
        return firstToll >= 0 && firstToll < index;
    }

    private static int firstToll(List<Token> tokens, List<Found> found, SentenceCues cues) {
        int first = -1;
        for (Match<Cue> c : cues.of("scene")) {
            if ("toll".equals(c.value().value())
                    && (dual(tokens.get(c.last())) || harmed(cues, c.first()) || countedAt(tokens, cues, c.first()))) {
                first = c.first();
                break;
            }
        }
        for (Found f : found) {
            // "تسعة عراقيين", "ثلاثة جنود أميركيين": a people or an organ counted by a number before it
            boolean people = f.type() == Found.Type.PEOPLE || f.type() == Found.Type.GENTILIC || f.type() == Found.Type.ORGAN;
            if (people && (first < 0 || f.first() < first) && countedAt(tokens, cues, f.first())) {
                first = f.first();
            }
        }
        return first;
    }

    /** A number stands within reach before the word at {@code at}. */
    private static boolean countedAt(List<Token> tokens, SentenceCues cues, int at) {
        for (int i = Math.max(0, at - COUNT_REACH); i < at; i++) {
            if (number(tokens.get(i), cues, i)) {
                return true;
            }
        }
        return false;
    }

    /** "مقتل شخص", "إصابة أحد الحراس": a victim right after a word of death or wounds. */
    private static boolean harmed(SentenceCues cues, int victim) {
        for (int i = Math.max(0, victim - HARM_REACH); i < victim; i++) {
            Match<Cue> c = cues.at(i, "scene");
            if (c != null && "harm".equals(c.value().value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean number(Token t, SentenceCues cues, int i) {
        return t.surface().chars().anyMatch(Character::isDigit) || cues.at(i, "number") != null;
    }

    /** "جنديين", "شرطيان": two victims, counted by the word itself. */
    private static boolean dual(Token t) {
        String w = t.normalized();
        return w.length() > 4 && (w.endsWith("يين") || w.endsWith("يان"));
    }
}
