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
        this.names = new ByStart<>(tokens.size(), m.names().findAll(tokens));
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
}
