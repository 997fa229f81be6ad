package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tahaluf.core.Actor;

/**
 * What the reader remembers while reading one document: the actors named so far, in order, and
 * the last speaker. Coreference and zero subjects are resolved against it. One per analysis.
 */
final class Discourse {

    private final List<Actor> named = new ArrayList<>();
    private final List<Integer> namedIn = new ArrayList<>();
    private int sentence;
    private Found lastOfficial;
    private String lastSpeaker;
    private String lastSpeakerText;
    private int lastSpeechSentence = -1;

    /** Marks the start of a new sentence, so that "before this sentence" can be asked. */
    void sentence(int index) {
        sentence = index;
    }

    void named(Actor actor) {
        named.add(actor);
        namedIn.add(sentence);
    }

    /** The most recently named actor of an earlier sentence that satisfies {@code test}, or null. */
    Actor lastBefore(int sentenceIndex, Predicate<Actor> test) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (namedIn.get(i) < sentenceIndex && test.test(named.get(i))) {
                return named.get(i);
            }
        }
        return null;
    }

    /** The most recently named actor that satisfies {@code test}, or null. */
    Actor last(Predicate<Actor> test) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (test.test(named.get(i))) {
                return named.get(i);
            }
        }
        return null;
    }

    boolean wasNamed(String id) {
        for (Actor a : named) {
            if (a.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    void official(Found f) {
        if (f.hasActor()) {
            lastOfficial = f;
        }
    }

    Found lastOfficial() {
        return lastOfficial;
    }

    /** The last speaker introduced by each indefinite noun of a source ("مصادر" → مصادر عسكرية عراقية). */
    private final java.util.Map<String, String[]> speakersByNoun = new java.util.HashMap<>();

    /** Remembers who spoke as "مصادر عسكرية عراقية", so that "المصادر" later refers back to them. */
    void spokeAs(String noun, String speaker, String speakerText) {
        speakersByNoun.put(noun, new String[] {speaker, speakerText});
    }

    /** The speaker id and text last introduced by {@code noun}, or null. */
    String[] spokenAs(String noun) {
        return speakersByNoun.get(noun);
    }

    /** The last medium named with each head noun ("وكالة" in "وكالة الأناضول", "صحيفة" in "صحيفة "صباح""). */
    private final java.util.Map<String, String[]> mediaByNoun = new java.util.HashMap<>();

    /** Remembers that {@code medium} was named as "وكالة …", so that "الوكالة" later refers back to it. */
    void mediumNamed(String noun, String medium, String text) {
        mediaByNoun.put(noun, new String[] {medium, text});
    }

    /** The id and text of the medium last named with {@code noun}, or null. */
    String[] mediumNamedAs(String noun) {
        return mediaByNoun.get(noun);
    }

    void spoke(String speaker, String speakerText, int sentence) {
        lastSpeaker = speaker;
        lastSpeakerText = speakerText;
        lastSpeechSentence = sentence;
    }

    /** The index of the last sentence that held a statement with a speaker, or -1. */
    int lastSpeechSentence() {
        return lastSpeechSentence;
    }

    String lastSpeaker() {
        return lastSpeaker;
    }

    String lastSpeakerText() {
        return lastSpeakerText;
    }
}
