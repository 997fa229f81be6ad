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
            return pronounComplement || bare && denial;
        }
    }

    List<Speech> find(Sentence sentence, Language language, SentenceCues cues, List<Found> found, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Match<Cue>> speechCues = cues.of("speech");
        List<Speech> out = new ArrayList<>();
        if (language == Language.EN) {
            speechCues = speechCues.stream().filter(c -> !isCapitalisedMidSentence(tokens, c.first())).toList();
        }
        for (int k = 0; k < speechCues.size(); k++) {
            Match<Cue> cue = speechCues.get(k);
            int limit = k + 1 < speechCues.size() ? speechCues.get(k + 1).first() : tokens.size();
            String kind = cue.value().value();
            if (language == Language.AR && kind.equals("say") && belonging(cue, tokens)) {
                continue;
            }
            Found speaker = null;
            int contentFrom;
            int contentTo = limit;
            if (kind.equals("noun")) {
                // "إعلان دمشق أن التحالف استهدف": a noun of speech, its speaker and what follows أن
                speaker = startingWithin(found, cue.last() + 1, cue.last() + 1);
                Match<Cue> that = speaker == null ? null : complementWithin(cues, speaker.last() + 1, speaker.last() + 2);
                if (that == null) {
                    continue;
                }
                contentFrom = speaker.last() + 1;
            } else if (kind.equals("source")) {
                speaker = startingWithin(found, cue.last() + 1, cue.last() + 4);
                if (speaker == null) {
                    continue;
                }
                boolean atStart = cue.first() <= 1;
                contentFrom = atStart ? speaker.last() + 1 : 0;
                contentTo = atStart ? limit : cue.first();
            } else if (kind.equals("continue")) {
                // "أصدرت الحكومة العراقية بيانا …، مؤكدة": the participle speaks for its sentence's subject,
                // or goes on with the last statement
                if (out.isEmpty()) {
                    speaker = sentenceTopic(found, cue.first());
                }
                contentFrom = cue.last() + 1;
            } else {
                boolean coordinated = language == Language.EN && cue.first() > 0
                        && COORDINATORS.contains(tokens.get(cue.first() - 1).normalized());
                boolean pronoun = language == Language.EN && cue.first() > 0
                        && PRONOUNS.contains(tokens.get(cue.first() - 1).normalized());
                if (!coordinated && !pronoun) {
                    speaker = startingWithin(found, cue.last() + 1, speakerWindowEnd(cues, tokens, cue.last() + 1, 3));
                    if (speaker == null) {
                        speaker = endingJustBefore(found, tokens, cue.first(), language == Language.EN ? 8 : 2);
                    }
                }
                if (speaker == null && out.isEmpty() && !pronoun) {
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
            if (language == Language.EN) {
                int quoteEnd = closingQuoteBefore(sentence, tokens, cue.first());
                int before = speaker != null && speaker.first() < cue.first() ? speaker.first() : cue.first();
                if (quoteEnd > 0) {
                    contentFrom = 0;
                    contentTo = quoteEnd;
                } else if (words(tokens, contentFrom, contentTo) <= 3 && before > 2) {
                    contentFrom = 0;
                    contentTo = before;
                }
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

    /** "موقعا تابعا له": تابع before ل says what something belongs to, not that someone went on speaking. */
    private static boolean belonging(Match<Cue> cue, List<Token> tokens) {
        int next = cue.last() + 1;
        if (!tokens.get(cue.first()).normalized().startsWith("تابع") || next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        return OF_IT.contains(t.normalized()) || t.normalized().startsWith("لل");
    }

    private static final java.util.Set<String> OF_IT = java.util.Set.of("له", "لها", "لهم", "لهما");

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

    /** The nearest mention ending within {@code gap} words before the cue, skipping modifiers ("Britain-based"). */
    private static Found endingJustBefore(List<Found> found, List<Token> tokens, int cueFirst, int gap) {
        Found best = null;
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.last() < cueFirst && f.last() >= cueFirst - gap && !isModifier(f, tokens)
                    && !Words.precededBy(tokens, f.first(), OBJECT_PREPOSITIONS, 1)) {
                best = f;
            }
        }
        return best;
    }

    private static final java.util.Set<String> MODIFIER_WORDS = java.util.Set.of("based", "backed", "led", "born",
            "run", "allied", "funded", "supported", "aligned");
    /** A subject is never the object of a preposition: "the UN envoy for Yemen said". */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("for", "of", "in", "to", "on",
            "from", "with", "at", "near", "about", "against", "by");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "or");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we");

    private static boolean isModifier(Found f, List<Token> tokens) {
        return f.last() + 1 < tokens.size() && MODIFIER_WORDS.contains(tokens.get(f.last() + 1).normalized());
    }

    private static boolean isCapitalisedMidSentence(List<Token> tokens, int i) {
        return i > 0 && Character.isUpperCase(tokens.get(i).surface().charAt(0));
    }

    /** The index of the token closing a quotation that opens the sentence and ends before {@code cue}, or -1. */
    private static int closingQuoteBefore(Sentence sentence, List<Token> tokens, int cue) {
        if (tokens.isEmpty() || !isQuote(tokens.get(0).surface())) {
            return -1;
        }
        for (int i = cue - 1; i > 0; i--) {
            if (isQuote(tokens.get(i).surface())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("«") || s.equals("»");
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            if (!tokens.get(i).punctuation()) {
                n++;
            }
        }
        return n;
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
