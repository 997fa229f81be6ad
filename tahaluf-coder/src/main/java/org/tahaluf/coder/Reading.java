package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Lexicon;

/** What one sentence holds, with the document's memory and the actors it builds. */
final class Reading {
    final Sentence sentence;
    final List<Token> tokens;
    final String text;
    final Language language;
    final ByStart<Lexicon.NameRef> names;
    final ByStart<Lexicon.OrganForm> organs;
    final ByStart<Lexicon.GentilicForm> gentilics;
    /** Indefinite accusative nisbas ("أميركيا"): read only after an accusative noun, as they may spell a name ("سوريا"). */
    final ByStart<Lexicon.GentilicForm> accusativeGentilics;
    final SentenceCues cues;
    final Discourse discourse;
    final Unknowns unknowns;
    final List<Found> found = new ArrayList<>();

    Reading(Sentence sentence, String text, Language language, Lexicon.Matchers m, SentenceCues cues,
            Discourse discourse, Unknowns unknowns) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.text = text;
        this.language = language;
        this.names = new ByStart<>(tokens.size(), plausible(m.names().findAll(tokens), tokens, cues));
        this.organs = new ByStart<>(tokens.size(), m.organs().findAll(tokens));
        List<org.tahaluf.lexicon.PhraseMatcher.Match<Lexicon.GentilicForm>> plain = new ArrayList<>();
        List<org.tahaluf.lexicon.PhraseMatcher.Match<Lexicon.GentilicForm>> accusative = new ArrayList<>();
        for (var g : m.gentilics().findAll(tokens)) {
            (g.value().ending() == Lexicon.CaseEnding.ACCUSATIVE ? accusative : plain).add(g);
        }
        this.gentilics = new ByStart<>(tokens.size(), plain);
        this.accusativeGentilics = new ByStart<>(tokens.size(), accusative);
        this.cues = cues;
        this.discourse = discourse;
        this.unknowns = unknowns;
    }

    Found found(int first, int last, int start, String actorId, Found.Type type) {
        int end = tokens.get(last).end();
        return new Found(sentence.index(), first, last, start, end, text.substring(start, end), actorId, type, false);
    }

    /**
     * The name matches a reading keeps. The future prefix س only goes before a verb: a name read behind
     * it is a word's tail ("سنوي", "annual", is no Nawa). A place after عبد or أبو is part of a person's
     * name ("عبد الجليل" is no Galilee). A guarded place name is a common word unless a place is spoken of
     * ("كان دوما يقول" against "في دوما": {@link PlaceGuard}).
     */
    private static List<org.tahaluf.lexicon.PhraseMatcher.Match<Lexicon.NameRef>> plausible(
            List<org.tahaluf.lexicon.PhraseMatcher.Match<Lexicon.NameRef>> matches, List<org.tahaluf.core.Token> tokens,
            SentenceCues cues) {
        List<org.tahaluf.lexicon.PhraseMatcher.Match<Lexicon.NameRef>> kept = new ArrayList<>(matches.size());
        for (var m : matches) {
            boolean personal = m.value().place() && m.first() > 0
                    && Discovery.NAME_LEADS.contains(tokens.get(m.first() - 1).normalized());
            boolean common = m.value().guarded() && !PlaceGuard.names(m, matches, kept, tokens, cues);
            if (!m.proclitics().endsWith("س") && !personal && !common) {
                kept.add(m);
            }
        }
        return kept;
    }
}
