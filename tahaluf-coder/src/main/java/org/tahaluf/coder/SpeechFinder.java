package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Reported speech: a speech cue, its speaker and what was said.
 *
 * <ul>
 *   <li>a verb cue takes the actor right after it as speaker (قال مسؤول أميركي), or right before it
 *       (the SDF said; المرصد أفاد), or, with neither, the document's last speaker (وأضاف);</li>
 *   <li>a participle (مؤكدا، adding) keeps the sentence's or the document's last speaker;</li>
 *   <li>an "according to" cue (وفقا لـ، بحسب) takes the actor after it, and the rest of the sentence as content;</li>
 *   <li>content runs from after the speaker (and a following أن/إن/that) to the next cue or the sentence's end.</li>
 * </ul>
 */
final class SpeechFinder {

    /** A statement found in a sentence, before it becomes a claim. */
    record Speech(String speaker, String speakerText, Match<Cue> cue, Span content, int speakerFirst,
                  int speakerLast, boolean pronounComplement, boolean bare, boolean denial) {

        /** True when what was said has no subject of its own but the speaker's: "أنه", "denied supplying". */
        boolean speakerIsSubject() {
            return pronounComplement || bare;
        }
    }

    List<Speech> find(Sentence sentence, Language language, SentenceCues cues, List<Found> found, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Match<Cue>> speechCues = cues.of("speech");
        List<Speech> out = new ArrayList<>();
        for (int k = 0; k < speechCues.size(); k++) {
            Match<Cue> cue = speechCues.get(k);
            int limit = k + 1 < speechCues.size() ? speechCues.get(k + 1).first() : tokens.size();
            String kind = cue.value().value();
            Found speaker = null;
            int contentFrom;
            int contentTo = limit;
            if (kind.equals("source")) {
                speaker = startingWithin(found, cue.last() + 1, cue.last() + 2);
                if (speaker == null) {
                    continue;
                }
                boolean atStart = cue.first() <= 1;
                contentFrom = atStart ? speaker.last() + 1 : 0;
                contentTo = atStart ? limit : cue.first();
            } else if (kind.equals("continue")) {
                contentFrom = cue.last() + 1;
            } else {
                speaker = startingWithin(found, cue.last() + 1, speakerWindowEnd(cues, tokens, cue.last() + 1, 3));
                if (speaker == null) {
                    speaker = endingJustBefore(found, cue.first(), language == Language.EN ? 4 : 2);
                }
                if (speaker == null && out.isEmpty()) {
                    speaker = sentenceTopic(found, cue.first());
                }
                contentFrom = speaker != null && speaker.first() > cue.last() ? speaker.last() + 1 : cue.last() + 1;
            }
            String speakerId;
            String speakerText;
            if (speaker != null) {
                speakerId = speaker.actorId();
                speakerText = speaker.text();
            } else if (!out.isEmpty()) {
                speakerId = out.get(out.size() - 1).speaker();
                speakerText = out.get(out.size() - 1).speakerText();
            } else {
                speakerId = discourse.lastSpeaker();
                speakerText = discourse.lastSpeakerText();
            }
            contentFrom = afterColon(tokens, contentFrom, contentTo);
            boolean pronoun = false;
            boolean bare = !kind.equals("source");
            Match<Cue> complement = complementWithin(cues, contentFrom, Math.min(contentTo, contentFrom + 8));
            if (complement != null) {
                contentFrom = complement.last() + 1;
                bare = false;
                String w = tokens.get(complement.first()).normalized();
                pronoun = w.length() > 2 && !w.equals("that");
            }
            if (language == Language.EN && speaker != null && speaker.first() < cue.first() && quotedBefore(sentence, speaker)) {
                contentFrom = 0;
                contentTo = speaker.first();
            }
            if (contentTo == limit && limit < tokens.size()) {
                contentTo = beforeClauseOpener(cues, tokens, contentFrom, contentTo);
            }
            Span content = span(tokens, contentFrom, contentTo);
            if (content == null) {
                continue;
            }
            out.add(new Speech(speakerId, speakerText, cue, content, speaker == null ? -1 : speaker.first(),
                    speaker == null ? -1 : speaker.last(), pronoun, bare, kind.equals("deny")));
            if (speakerId != null || speakerText != null) {
                discourse.spoke(speakerId, speakerText);
            }
        }
        return out;
    }

    /** "قال X، قائد العمليات: «…»": a colon soon after the speaker opens what was said. */
    private static int afterColon(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + 12); i++) {
            String s = tokens.get(i).surface();
            if (s.equals(":")) {
                return i + 1;
            }
            if (s.equals("«") || s.equals("\"") || s.equals("“")) {
                return from;
            }
        }
        return from;
    }

    /** Backs up over punctuation and clause openers (فيما، بينما) that introduce the next statement. */
    private static int beforeClauseOpener(SentenceCues cues, List<Token> tokens, int from, int to) {
        int end = to;
        boolean moved = true;
        while (moved && end > from) {
            moved = false;
            if (tokens.get(end - 1).punctuation()) {
                end--;
                moved = true;
                continue;
            }
            for (int k = Math.max(from, end - 3); k < end; k++) {
                Match<Cue> c = cues.at(k, "clause");
                if (c != null && c.last() == end - 1 && c.value().value().equals("boundary")) {
                    end = k;
                    moved = true;
                    break;
                }
            }
        }
        return end;
    }

    /** The last token a speaker after a cue may start at: before أن/إن/that or punctuation, at most {@code max} words on. */
    private static int speakerWindowEnd(SentenceCues cues, List<Token> tokens, int from, int max) {
        int end = from - 1;
        for (int i = from; i < Math.min(tokens.size(), from + max); i++) {
            Match<Cue> c = cues.at(i, "clause");
            if (tokens.get(i).punctuation() || c != null && c.value().value().equals("complement")) {
                break;
            }
            end = i;
        }
        return end;
    }

    /** "وكانت قسد قد أطلقت حملة …، قالت إنها": a speech verb without subject speaks for the sentence's topic. */
    private static Found sentenceTopic(List<Found> found, int before) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.hasActor() && f.last() < before) {
                return f;
            }
        }
        return null;
    }

    private static Found startingWithin(List<Found> found, int from, int to) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.first() >= from && f.first() <= to) {
                return f;
            }
        }
        return null;
    }

    private static Found endingJustBefore(List<Found> found, int cueFirst, int gap) {
        Found best = null;
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.last() < cueFirst && f.last() >= cueFirst - gap) {
                best = f;
            }
        }
        return best;
    }

    private static Match<Cue> complementWithin(SentenceCues cues, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<Cue> c = cues.at(i, "clause");
            if (c != null && c.value().value().equals("complement")) {
                return c;
            }
        }
        return null;
    }

    /** True when an English sentence opens with a quotation that ends before the speaker: "…," he said. */
    private static boolean quotedBefore(Sentence sentence, Found speaker) {
        String head = sentence.text().stripLeading();
        return !head.isEmpty() && "\"“'‘".indexOf(head.charAt(0)) >= 0 && speaker.first() > 2;
    }

    /** The span from the first to the last word token of {@code [from, to)}, or null when it has none. */
    static Span span(List<Token> tokens, int from, int to) {
        int a = from;
        int b = Math.min(to, tokens.size()) - 1;
        while (a <= b && tokens.get(a).punctuation()) {
            a++;
        }
        while (b >= a && tokens.get(b).punctuation()) {
            b--;
        }
        return a > b ? null : new Span(tokens.get(a).start(), tokens.get(b).end());
    }
}
