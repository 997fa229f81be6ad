package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;

/**
 * What one sentence offers every event trigger in it: its words, actors, cues, clauses and statements,
 * the roles seen from inside and outside reported speech, and what the article has told so far.
 */
record EventContext(Sentence sentence, Language language, List<Token> tokens, List<Found> found, SentenceCues cues,
                    Clauses clauses, List<SpeechFinder.Speech> speeches, Roles reported, Roles narrated,
                    MentionFinder.Kinds kinds, Unknowns unknowns, Discourse discourse, Scene scene) {

    /** The roles a trigger sees: a speaker is no party to what they report, but may well act outside it. */
    Roles roles(SpeechFinder.Speech within, SpeechFinder.Speech cuedBy) {
        return within == null && cuedBy == null ? narrated : reported;
    }
}
