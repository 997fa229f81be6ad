package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Speech cue words that report no statement where they stand: a verbal noun heading a noun phrase, an
 * adjective ("حذراً"), a relative "which prompted" ("وهو ما دعا"), belonging ("تابع له"), a passive
 * charge ("اتهم بارتباطه").
 */
final class NoSpeech {

    private NoSpeech() {
    }

    /** True when the speech cue reports no statement here. */
    static boolean at(Match<Cue> cue, List<Token> tokens, Language language) {
        String kind = cue.value().value();
        if (kind.equals("accuse") && chargeFollows(cue, tokens)) {
            return true;
        }
        return language == Language.AR && (kind.equals("say") && belonging(cue, tokens) || verbalNoun(cue, tokens)
                || adjectiveOfState(cue, tokens) || relativeObject(cue, tokens));
    }

    /** Short vowels and tatweel, dropped before reading a word's ending. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\\u064B-\\u0652\\u0640]");

    /** "اتهم بارتباطه بالقاعدة", "الذي اتهمت به دمشق": the charge right after اتهم leaves no accused, so the verb is passive. */
    private static boolean chargeFollows(Match<Cue> cue, List<Token> tokens) {
        int next = cue.last() + 1;
        if (next >= tokens.size() || tokens.get(next).punctuation()) {
            return false;
        }
        Token t = tokens.get(next);
        return OF_CHARGE.contains(t.normalized()) || t.proclitics().endsWith("ب");
    }

    private static final java.util.Set<String> OF_CHARGE = java.util.Set.of("به", "بها", "بهم", "بهما");

    /**
     * "جاء كشف الاستعداد الإيراني"، "لكشف الحقيقة"، "مكتفيا بذكر"، "بتبني مطالبه": a cue word that is a noun heading a noun
     * phrase — behind a preposition, attached (ب، ل، ك) or standing before it, or as the subject of a verb of occurring
     * (جاء، تم، جرى), or a participle cue carrying a possessive pronoun (مطالبه "his demands", not مطالبة) — is no speech.
     */
    private static boolean verbalNoun(Match<Cue> cue, List<Token> tokens) {
        Token t = tokens.get(cue.first());
        String proclitics = cue.proclitics() == null ? "" : cue.proclitics();
        if (cue.value().value().equals("source") || cue.value().value().equals("noun")) {
            // a noun of speech is read as one ("على إعلان دمشق أن")
            return false;
        }
        if (proclitics.contains("ب") || proclitics.contains("ل") || proclitics.contains("ك")) {
            return true;
        }
        if (cue.value().value().equals("continue") && cue.first() == cue.last()) {
            String surface = MARKS.matcher(t.surface()).replaceAll("");
            if (surface.endsWith("ه")) {
                return true;
            }
        }
        if (cue.first() == 0 || !proclitics.isEmpty()) {
            return false;
        }
        Token before = tokens.get(cue.first() - 1);
        return !before.punctuation() && before.forms().stream().anyMatch(f -> NOUN_GOVERNORS.contains(f.text()));
    }

    /**
     * "ويبقى الجيش حذراً"، "كان حذرا": a verb cue in the accusative with tanween, or ending in ا after a verb of being (with
     * at most its subject between), is an adjective ("cautious"), not a verb ("warned").
     */
    private static boolean adjectiveOfState(Match<Cue> cue, List<Token> tokens) {
        String kind = cue.value().value();
        if (cue.first() != cue.last() || kind.equals("continue") || kind.equals("source") || kind.equals("noun")) {
            return false;
        }
        String surface = tokens.get(cue.first()).surface().replace("\u0640", "");
        if (surface.indexOf('\u064B') >= 0) {
            return true;
        }
        if (!MARKS.matcher(surface).replaceAll("").endsWith("ا")) {
            return false;
        }
        for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - 3); k--) {
            if (tokens.get(k).punctuation()) {
                return false;
            }
            if (tokens.get(k).forms().stream().anyMatch(f -> WordClass.BEING.contains(f.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وهو ما دعا الحكومة إلى إغلاق المعبر" ("which prompted"), "ما حذر منه الخبراء" ("what the experts warned of"): a verb
     * of address after the relative ما reports no statement.
     */
    private static boolean relativeObject(Match<Cue> cue, List<Token> tokens) {
        boolean bare = cue.proclitics() == null || cue.proclitics().isEmpty();
        return cue.value().value().equals("address") && bare && cue.first() > 0
                && tokens.get(cue.first() - 1).normalized().equals("ما");
    }

    /** Words after which a cue word can only be a noun: prepositions, and verbs whose subject is an event. */
    private static final java.util.Set<String> NOUN_GOVERNORS = java.util.stream.Stream.of("في", "من", "على", "عن", "إلى",
                    "حول", "بعد", "قبل", "عقب", "إثر", "جاء", "جاءت", "يأتي", "تأتي", "تم", "يتم", "جرى", "يجري")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
}
