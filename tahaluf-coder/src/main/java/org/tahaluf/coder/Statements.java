package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/** Where an event trigger stands with respect to the statements of its sentence. */
final class Statements {

    private Statements() {
    }

    /** The statement whose content holds the trigger ("قال الجيش إن طائراته قصفت …"), or null. */
    static SpeechFinder.Speech containing(Match<EventPattern> trigger, List<Token> tokens,
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
    static SpeechFinder.Speech cuedBy(Match<EventPattern> trigger, List<SpeechFinder.Speech> speeches) {
        for (SpeechFinder.Speech s : speeches) {
            if (s.cue().first() <= trigger.last() && trigger.first() <= s.cue().last() && s.speakerFirst() >= 0) {
                return s;
            }
        }
        return null;
    }

    /** The mention that names the statement's speaker, or null when the speaker is no actor found here. */
    static Found speaker(SpeechFinder.Speech s, List<Found> found) {
        for (Found f : found) {
            if (f.first() == s.speakerFirst() && f.last() == s.speakerLast() && f.hasActor()) {
                return f;
            }
        }
        return null;
    }
}
