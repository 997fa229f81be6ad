package org.tahaluf.coder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Token;

/** Actors a document builds from its own words (not in the dictionary), collected per analysis. */
final class Unknowns {

    /**
     * A document surname: the person it names, and whether it names them only where a name stands (a word of the
     * class common-surname: "القدرة على" is no Ashraf al-Qudra).
     */
    record Surname(String id, boolean guarded) {
    }

    /** A surname two persons of the document bear, or one the body used alone before the full name: nobody's. */
    private static final Surname NOBODY = new Surname(null, true);

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Surname> surnames = new java.util.HashMap<>();
    private final java.util.List<org.tahaluf.core.Relation> ties = new java.util.ArrayList<>();
    /** Where the body begins in the document text, after the headline; -1 until a body sentence is read. */
    private int bodyStart = -1;

    Actor add(Actor actor) {
        return actors.computeIfAbsent(actor.id(), k -> actor);
    }

    Actor get(String id) {
        return actors.get(id);
    }

    /** Notes where the body begins: its first sentence after the headline (a kicker above the headline is none). */
    void reading(org.tahaluf.core.Sentence sentence) {
        if (sentence.headline()) {
            bodyStart = -1;
        } else if (bodyStart < 0) {
            bodyStart = sentence.start();
        }
    }

    /**
     * Remembers that the surname of a person named in full by {@code tokens[first..last]} names them alone later in the
     * document ("آشتون كارتر" … "كارتر"); after عبد or أبو the surname is both words ("محمد عبد السلام" … "عبد
     * السلام"). A surname another person of the document bears names neither ("صدام حسين" and "كفاح بشير حسين"), nor
     * does a shared one the body used alone before this full name ("ويقول حسين إنه" before "صدام حسين").
     */
    void surname(List<Token> tokens, int first, int last, String id, String text) {
        String word = tokens.get(last).normalized();
        if (last > first && Discovery.NAME_LEADS.contains(tokens.get(last - 1).normalized())) {
            word = tokens.get(last - 1).normalized() + " " + word;
        }
        if (word.length() < 3) {
            return;
        }
        Surname known = surnames.get(word);
        if (known == null) {
            boolean shared = WordClass.SHARED_SURNAME.contains(word);
            surnames.put(word, shared && usedAlone(text, tokens.get(first).start(), tokens.get(last))
                    ? NOBODY : new Surname(id, WordClass.COMMON_SURNAME.contains(word)));
        } else if (known.id() != null && !known.id().equals(id)) {
            surnames.put(word, NOBODY);
        }
    }

    /** True when the body, before {@code until}, writes the last word of a name as a word of its own. */
    private boolean usedAlone(String text, int until, Token lastWord) {
        String word = lastWord.surface();
        if (bodyStart < 0) {
            return false;
        }
        int from = bodyStart;
        for (int k = text.indexOf(word, from); k >= 0 && k + word.length() <= until; k = text.indexOf(word, k + 1)) {
            if (startsWord(text, k) && !isLetterAt(text, k + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A word starts at k: no letter before it, or one proclitic (و ف ب ل ك) that itself opens a word. */
    private static boolean startsWord(String text, int k) {
        if (!isLetterAt(text, k - 1)) {
            return true;
        }
        return "وفبلك".indexOf(text.charAt(k - 1)) >= 0 && !isLetterAt(text, k - 2);
    }

    private static boolean isLetterAt(String text, int k) {
        return k >= 0 && k < text.length() && Character.isLetter(text.charAt(k));
    }

    /** The person a surname names, with its guard; null when it names nobody. */
    Surname bySurname(String normalized) {
        Surname s = surnames.get(normalized);
        return s == null || s.id() == null ? null : s;
    }

    /** A tie the words that built an actor state: a described group's patron, a titled person's body. */
    void tie(org.tahaluf.core.Relation relation) {
        ties.add(relation);
    }

    java.util.List<org.tahaluf.core.Relation> ties() {
        return ties;
    }
}
