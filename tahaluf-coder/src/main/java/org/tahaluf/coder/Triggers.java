package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/** The event triggers of a sentence: pattern matches, across actors between verb and object, outside names. */
final class Triggers {

    private Triggers() {
    }

    /**
     * Pattern matches on the sentence, and on the sentence with its actors, times and counts left
     * out, so that a verb and its object match across the subject between them ("نقلت القوات
     * الأميركية معداتها"), across a partner named with مع / with ("وقعت الولايات المتحدة مع العراق
     * اتفاقا"), and across when and how many ("أطلقت كتائب القسام أمس عشرات الصواريخ").
     */
    static List<Match<EventPattern>> matches(PhraseMatcher<EventPattern> matcher, List<Token> tokens,
                                                     List<Found> found, SentenceCues cues) {
        List<Match<EventPattern>> out = new ArrayList<>(matcher.findAll(tokens));
        List<Token> bare = withoutObjectPronouns(tokens);
        for (int i = 0; bare != tokens && i < tokens.size(); i++) {
            if (bare.get(i) == tokens.get(i)) {
                continue;
            }
            for (Match<EventPattern> m : matcher.matchAt(bare, i)) {
                // only a verb carries its object ("تقاتلهم"); a verbal noun with a pronoun ("خطفه") names whose act
                boolean verb = m.value().voice().isActive() || m.value().voice() == org.tahaluf.lexicon.Voice.EITHER;
                if (verb && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        boolean[] aside = new boolean[tokens.size()];
        for (String category : ASIDE) {
            for (Match<org.tahaluf.lexicon.Cue> c : cues.of(category)) {
                java.util.Arrays.fill(aside, c.first(), c.last() + 1, true);
            }
        }
        List<Token> kept = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean number = tokens.get(i).surface().chars().allMatch(Character::isDigit);
            boolean beforeActor = i + 1 < tokens.size() && insideActor(found, i + 1);
            String w = tokens.get(i).normalized();
            // "وقعت الولايات المتحدة مع العراق", "أطلق مسلحو حزب العمال النار", "فتح عناصر من الحزب
            // النار": a partner's مع and the members of a group go with the group
            if (!aside[i] && !number && !insideActor(found, i)
                    && !((COMITATIVES.contains(w) || WordClass.MEMBERS_OF.contains(w)) && beforeActor)
                    && !membersFrom(tokens, found, i)) {
                kept.add(tokens.get(i));
                origin.add(i);
            }
        }
        if (kept.size() == tokens.size()) {
            return out;
        }
        for (Match<EventPattern> m : matcher.findAll(kept)) {
            int first = origin.get(m.first());
            int last = origin.get(m.last());
            if (last - first != m.last() - m.first()) {
                out.add(new Match<>(first, last, m.start(), tokens.get(last).end(), m.value(), m.proclitics()));
            }
        }
        return out;
    }

    /** Token {@code i} is a member noun before من and a group, or that من: "عناصر من حزب العمال". */
    private static boolean membersFrom(List<Token> tokens, List<Found> found, int i) {
        if (tokens.get(i).normalized().equals("من")) {
            return i > 0 && i + 1 < tokens.size() && WordClass.MEMBERS_FROM.contains(tokens.get(i - 1).normalized())
                    && insideActor(found, i + 1);
        }
        return i + 2 < tokens.size() && WordClass.MEMBERS_FROM.contains(tokens.get(i).normalized())
                && tokens.get(i + 1).normalized().equals("من") && insideActor(found, i + 2);
    }

    /** Pronouns of the third person a verb carries as its object: "تقاتلهم", "استهدفها". */
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("ه", "ها", "هم", "هما", "هن");

    /**
     * "تقاتلهم", "استهدافه": a word ending in a pronoun of the third person. The segmenter reads a final taa
     * marbuta as the pronoun ه ("عبوة"); the written word tells them apart.
     */
    static boolean objectPronoun(Token t) {
        return !t.punctuation() && OBJECT_PRONOUNS.contains(t.enclitic()) && !t.surface().endsWith("ة");
    }

    /**
     * The sentence with each word that ends in an object pronoun also read without it ("تقاتلهم" as
     * "تقاتل"), so a verb listed bare matches with its object attached; the same list when no word has one.
     * A final taa marbuta ("عبوة") is no pronoun, and at least three letters must remain.
     */
    static List<Token> withoutObjectPronouns(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String suffix = t.enclitic();
            if (!objectPronoun(t)) {
                continue;
            }
            List<Token.Form> forms = new ArrayList<>(t.forms());
            for (Token.Form f : t.forms()) {
                String bare = f.text().substring(0, f.text().length() - suffix.length());
                // a stem in ي is as often a verbal noun ("تصديها": her standing up to) as a verb in ى
                if (f.text().endsWith(suffix) && bare.length() >= 3 && !bare.endsWith("ي")) {
                    forms.add(new Token.Form(bare, f.start(), f.proclitics()));
                }
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            out.set(i, new Token(t.index(), t.start(), t.end(), t.surface(), forms, t.stem(), t.proclitics(),
                    t.enclitic(), false));
        }
        return out == null ? tokens : out;
    }

    /** Cue categories of the words that say when and how many, left out between a verb and its object. */
    private static final List<String> ASIDE = List.of("time", "number");

    /** Prepositions naming a partner of the act, left out with the partner when verb and object are matched. */
    private static final java.util.Set<String> COMITATIVES = java.util.Set.of("مع", "with");

    static boolean insideActor(List<Found> found, int token) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.first() <= token && token <= f.last()) {
                return true;
            }
        }
        return false;
    }

    /** Longest non-overlapping pattern matches outside actor names. */
    static List<Match<EventPattern>> triggers(List<Match<EventPattern>> matches, List<Found> found,
                                              List<Token> tokens, org.tahaluf.core.Language language) {
        List<Match<EventPattern>> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.first(), b.first()));
        List<Match<EventPattern>> chosen = new ArrayList<>();
        for (Match<EventPattern> m : sorted) {
            boolean free = !namesAnInstitution(m, tokens, language);
            for (Match<EventPattern> c : chosen) {
                if (m.first() <= c.last() && c.first() <= m.last()) {
                    free = false;
                    break;
                }
            }
            for (Found f : found) {
                if (f.first() <= m.first() && m.last() <= f.last() || startsInsideName(m, f, language)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return chosen;
    }

    /**
     * "Turkish warplanes bombed": an English match that begins on the last words of an actor's name
     * ("warplanes bombed" over "Turkish warplanes") would leave the verb without its subject; the verb
     * alone is the trigger.
     */
    private static boolean startsInsideName(Match<EventPattern> m, Found f, org.tahaluf.core.Language language) {
        return language == org.tahaluf.core.Language.EN && !f.nested() && !f.isPlace()
                && f.first() < m.first() && m.first() <= f.last() && f.last() < m.last();
    }

    /**
     * "لجنة العقوبات", "sanctions committee": a trigger word that names an institution is no event; nor is
     * a noun whose genitive is a body ("عقوبات مجلس الأمن", "اجتماع مجلس الأمن"): the body's own act,
     * told as a noun. A body right after an Arabic verb is its subject ("رفض مجلس العموم التعديل").
     */
    static boolean namesAnInstitution(Match<EventPattern> m, List<Token> tokens, org.tahaluf.core.Language language) {
        boolean before = m.first() > 0 && WordClass.INSTITUTION.contains(tokens.get(m.first() - 1).normalized());
        boolean afterNoun = language == org.tahaluf.core.Language.EN || !m.value().voice().isActive()
                && m.value().voice() != org.tahaluf.lexicon.Voice.EITHER;
        boolean after = afterNoun && m.last() + 1 < tokens.size()
                && WordClass.INSTITUTION.contains(tokens.get(m.last() + 1).normalized());
        return before || after;
    }

    static int nextTriggerInClause(List<Match<EventPattern>> triggers, int k, Clauses clauses, int end) {
        for (int j = k + 1; j < triggers.size(); j++) {
            if (clauses.same(triggers.get(j).first(), triggers.get(k).last())) {
                return triggers.get(j).first();
            }
        }
        return end;
    }
}
