package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/** Statements made of a quotation alone, with no speech cue of their own. */
final class Quotations {

    private Quotations() {
    }

    /** The cue of a statement that is only a quotation: its opening quotation mark. */
    private static final Cue QUOTATION = new Cue("speech", "say", "«", "SpeechFinder: a quotation going on");
    private static final String OPENING_QUOTES = "\"“«";
    private static final String CLOSING_QUOTES = "\"”»";

    /**
     * "They were forced to sign," said Khabat Ibrahim. / "If the FSA respects us, we can join with them.":
     * a sentence that is only a quotation, with no speech cue, right after a statement goes on with its
     * speaker.
     */
    static SpeechFinder.Speech goingOn(Sentence sentence, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        while (last > 0 && tokens.get(last).punctuation() && CLOSING_QUOTES.indexOf(tokens.get(last).surface().charAt(0)) < 0) {
            last--;
        }
        boolean quoted = last > 1 && OPENING_QUOTES.indexOf(tokens.get(0).surface().charAt(0)) >= 0
                && CLOSING_QUOTES.indexOf(tokens.get(last).surface().charAt(0)) >= 0 && quoteMarks(tokens) == 2;
        if (!quoted || discourse.lastSpeechSentence() != sentence.index() - 1 || discourse.lastSpeaker() == null) {
            return null;
        }
        Token open = tokens.get(0);
        Match<Cue> cue = new Match<>(0, 0, open.start(), open.end(), QUOTATION, "");
        Span content = SpeechFinder.span(tokens, 1, last);
        return content == null ? null : new SpeechFinder.Speech(discourse.lastSpeaker(), discourse.lastSpeakerText(), cue, content,
                -1, -1, false, false, false);
    }

    private static int quoteMarks(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.punctuation() && (OPENING_QUOTES + CLOSING_QUOTES).indexOf(t.surface().charAt(0)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
