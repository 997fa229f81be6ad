package org.tahaluf.coder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Span;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Actors the dictionary lacks, found from how the press introduces them (they come out with
 * {@code known: false}):
 * <ul>
 *   <li>titled persons: a run of two to four unknown words after a title or an official
 *       ("العميد محمد الجبوري", "YPG spokesman Khabat Ibrahim"), or before one in apposition
 *       ("باتريك روبرسون، قائد العمليات", "Ali al-Mousawi, an adviser to"); their country is the
 *       official's; later, the surname alone names them ("وقال الجبوري");</li>
 *   <li>speakers: two or three name words right after a speech verb (or after the title words and adjectives
 *       following it) and closed by أن/إن, a comma or a colon ("وقال كفاح حسين إن"); the nouns that follow such verbs
 *       without naming anyone (شهود، سكان، مصادر، صحيفة) are function words, and the words must look like a name
 *       (no preposition, no article but in a last word or a compound name);</li>
 *   <li>named groups: an indefinite group head and its unknown name ("كتائب الفلان"), or a
 *       capitalised English name holding a group head ("Northern Storm Brigade").</li>
 * </ul>
 * Identities are derived from the normalized name, so the same name is the same actor in every document.
 */
final class Discovery {

    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 4;

    private final MentionFinder mentions;

    Discovery(MentionFinder mentions) {
        this.mentions = mentions;
    }

    /** Adds the discovered mentions of one sentence to {@code found}, in text order. */
    void discover(Sentence sentence, String text, Language language, SentenceCues cues, List<Match<EventPattern>> triggers,
                  List<Found> found, Unknowns unknowns, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        boolean[] reserved = reserved(tokens.size(), found, cues, triggers);
        List<Found> added = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = null;
            if (!reserved[i]) {
                f = surname(sentence, text, tokens, cues, found, i, unknowns);
                if (f == null) {
                    f = person(sentence, text, language, tokens, cues, found, reserved, i, unknowns);
                }
                if (f == null) {
                    f = group(sentence, text, language, tokens, cues, reserved, i, unknowns);
                }
            }
            if (f != null) {
                added.add(f);
                for (int k = f.first(); k <= f.last(); k++) {
                    reserved[k] = true;
                }
                Actor a = unknowns.get(f.actorId());
                if (a != null) {
                    discourse.named(a);
                }
                i = f.last() + 1;
            } else {
                i++;
            }
        }
        found.addAll(added);
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }

    private static boolean[] reserved(int n, List<Found> found, SentenceCues cues, List<Match<EventPattern>> triggers) {
        boolean[] r = new boolean[n];
        for (Found f : found) {
            for (int k = f.first(); k <= f.last(); k++) {
                r[k] = true;
            }
        }
        for (Match<Cue> c : cues.all()) {
            // group heads and directions ("Northern Storm Brigade") may be part of a name
            if (!c.value().category().equals("group_head") && !isDirection(c)) {
                for (int k = c.first(); k <= c.last(); k++) {
                    r[k] = true;
                }
            }
        }
        for (Match<EventPattern> m : triggers) {
            for (int k = m.first(); k <= m.last(); k++) {
                r[k] = true;
            }
        }
        return r;
    }

    private static boolean isDirection(Match<Cue> c) {
        return c.value().category().equals("location") && !c.value().value().equals("in");
    }

    // ---- persons --------------------------------------------------------------------------------

    private Found person(Sentence sentence, String text, Language language, List<Token> tokens, SentenceCues cues,
                         List<Found> found, boolean[] reserved, int i, Unknowns unknowns) {
        int end = nameRun(language, tokens, reserved, i);
        if (end - i < MIN_NAME) {
            return null;
        }
        Found before = officialEndingAt(found, i - 1);
        boolean titled = before != null || titleEndsAt(cues, i - 1);
        Found after = null;
        if (!titled) {
            int next = end < tokens.size() && tokens.get(end).punctuation() && isComma(tokens.get(end)) ? end + 1 : end;
            if (next < tokens.size() && language == Language.EN && isArticle(tokens.get(next))) {
                next++;
            }
            after = officialStartingAt(found, next);
            titled = after != null || cues.at(next, "title") != null
                    || language == Language.EN && saysNear(tokens, i, end);
        }
        if (!titled && language == Language.AR && spokenBy(tokens, cues, found, i, end)) {
            // "وقال كفاح حسين إن": two or three name words as the subject of a speech verb, closed by what was said
            titled = true;
        }
        if (!titled) {
            return null;
        }
        Found official = before != null ? before : after;
        String country = null;
        Sector sector = null;
        if (official != null && official.hasActor()) {
            Actor body = mentions.actorOf(official.actorId(), unknowns);
            if (body != null) {
                country = body.stateId() != null ? body.stateId() : body.country();
                sector = body.sector();
            }
        }
        int last = end - 1;
        int start = tokens.get(i).start();
        String surface = text.substring(start, tokens.get(last).end());
        String id = "PER_" + digest(normalizedName(tokens, i, last));
        unknowns.add(new Actor(id, language == Language.AR ? null : surface, language == Language.AR ? surface : null,
                ActorKind.PERSON, country, sector, null, false));
        if (official != null && official.hasActor() && official.type() == Found.Type.OFFICIAL) {
            // "YPG spokesman Redur Xelil": the title ties the person to the body it names
            int from = Math.min(official.start(), start);
            int to = Math.max(official.end(), tokens.get(last).end());
            unknowns.tie(new Relation(id, official.actorId(), RelationKind.MEMBER_OF, sentence.index(), new Span(from, to)));
        }
        unknowns.surname(tokens, i, last, id, text);
        return new Found(sentence.index(), i, last, start, tokens.get(last).end(), surface, id, Found.Type.NAME, false);
    }

    /** The end (exclusive) of a run of name-like words starting at i, at most {@link #MAX_NAME} long. */
    private static int nameRun(Language language, List<Token> tokens, boolean[] reserved, int i) {
        return nameRun(language, tokens, reserved, i, true);
    }

    /**
     * As above; {@code personal} applies the rules of personal names (no article on the first word).
     * The links of a lineage ("محمد بن راشد آل مكتوم") do not count towards the length, and a name
     * neither begins nor ends with one ("بن عبدالعزيز", "حمدان بن" before a known father's name).
     */
    private static int nameRun(Language language, List<Token> tokens, boolean[] reserved, int i, boolean personal) {
        if (personal && language == Language.AR && LINEAGE.contains(tokens.get(i).normalized())) {
            return i;
        }
        int k = i;
        int words = 0;
        while (k < tokens.size() && words < MAX_NAME && !reserved[k]
                && isNameWord(language, tokens.get(k), personal && k == i)) {
            if (!LINEAGE.contains(tokens.get(k).normalized())) {
                words++;
            }
            k++;
        }
        while (personal && k > i && LINEAGE.contains(tokens.get(k - 1).normalized())) {
            k--;
        }
        return k;
    }

    /** The words that link a person to a father or a house: "بن", "بنت", "آل". */
    private static final java.util.Set<String> LINEAGE = java.util.Set.of("بن", "بنت", "ابن", "ال");

    private static boolean isNameWord(Language language, Token t, boolean first) {
        if (t.punctuation() || t.normalized().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (language == Language.AR) {
            // A given name never carries the article; "على" as written is the preposition, not علي; clitic-looking
            // letters (باتريك، وليد) are part of names, but not لل, a plural imperfect verb (يسعون) or a short word behind و (ولم).
            String w = t.normalized();
            return w.length() >= 2 && !(first && w.startsWith("ال")) && !t.surface().equals("على") && !w.startsWith("لل")
                    && !(w.startsWith("ي") && (w.endsWith("ون") || w.endsWith("ان")))
                    && !(first && w.startsWith("و") && w.length() <= 4)
                    && !(w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما")));
        }
        char c = t.surface().charAt(0);
        return Character.isUpperCase(c) && t.surface().length() >= 2 && EnglishName.isNamePart(t.surface());
    }

    /** The most name words a speaker may have after a speech verb, with no title to vouch for them. */
    private static final int MAX_SPOKEN_NAME = 3;
    /** How many title words, officials and definite adjectives may stand between the verb and such a name. */
    private static final int MAX_SPOKEN_TITLE = 5;

    /**
     * "وقال كفاح حسين إن"، "وأضاف محمد الدراجي أن"، "وقال الناشط الحقوقي سامر علي:": the words {@code [i, end)} are the
     * subject of a speech verb (say, address, deny, accuse) standing right before them, or before title words, officials
     * and definite adjectives leading to them, and what was said opens right after them (أن/إن, a comma or a colon).
     * They are two or three words and do not begin with a group head ("حركة أحرار الشام" is a group). The nouns that
     * follow such verbs without naming anyone (شهود، سكان، مصادر، صحيفة) are function words and break the run.
     */
    private static boolean spokenBy(List<Token> tokens, SentenceCues cues, List<Found> found, int i, int end) {
        if (end - i > MAX_SPOKEN_NAME || end >= tokens.size() || cues.at(i, "group_head") != null
                || !looksLikeSpokenName(tokens, i, end)) {
            return false;
        }
        Token next = tokens.get(end);
        Match<Cue> clause = cues.at(end, "clause");
        boolean opens = isComma(next) || next.surface().equals(":")
                || clause != null && clause.value().value().equals("complement");
        if (!opens) {
            return false;
        }
        int k = i - 1;
        int steps = 0;
        while (k >= 0 && steps <= MAX_SPOKEN_TITLE) {
            Match<Cue> verb = speechVerbEndingAt(cues, k);
            if (verb != null) {
                return true;
            }
            int back = titleOrOfficialStart(cues, found, k);
            if (back < 0) {
                Token t = tokens.get(k);
                if (t.punctuation() || !t.normalized().startsWith("ال") || cues.at(k, "function") != null) {
                    return false;
                }
                back = k;
            }
            steps += k - back + 1;
            k = back - 1;
        }
        return false;
    }

    /**
     * Without a title, the words after a speech verb must look like a personal name, not a phrase: no preposition
     * ("على" as written, ب/ل before the article or a long stem: "لصاحبة الفندق"، "بجلسات المنتدى"، "بالعمل"), no later word joined by و
     * ("كثيرة ومتعددة"), no plural in construct for a first word ("منظمو المهرجان"), and the article only in the last word
     * (which is then no feminine, dual or sound plural: "مطلع الأغنية"، "نقيب الموسيقيين") or after عبد/أبو/أم and in
     * the parts of compound names ("عبد الله"، "نصر الدين").
     */
    private static boolean looksLikeSpokenName(List<Token> tokens, int i, int end) {
        String first = tokens.get(i).normalized();
        if (first.startsWith("م") && first.endsWith("و") && first.length() >= 5) {
            return false;
        }
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            String w = t.normalized();
            String surface = stripMarks(t.surface());
            boolean preposition = w.startsWith("ب") || w.startsWith("ل");
            if (surface.equals("على") || preposition && (w.length() >= (k == i ? 5 : 6) || w.startsWith("ال", 1))
                    || k > i && w.startsWith("و") && w.length() >= 6) {
                return false;
            }
            if (w.startsWith("ال") && !COMPOUND_PARTS.contains(w)
                    && !NAME_LEADS.contains(tokens.get(k - 1 < i ? k : k - 1).normalized())) {
                boolean lastWord = k == end - 1;
                if (!lastWord || surface.endsWith("ة") || w.endsWith("ات")
                        || (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ان")) && w.length() > 6) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Words after which a name takes the article ("عبد الرحمن"، "أبو اليزيد"), and the parts of compound names. */
    static final java.util.Set<String> NAME_LEADS = java.util.Set.of("عبد", "ابو", "ابي", "ام", "ذو", "ذي");
    private static final java.util.Set<String> COMPOUND_PARTS = java.util.Set.of("الله", "الدين", "الاسلام", "الرحمن",
            "الرحيم", "الكريم", "العزيز", "الحق", "النبي", "الهدي");

    /** Short vowels, tatweel and the signs of a hashtag. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\u064B-\u0652\u0640#_]");

    private static String stripMarks(String s) {
        return MARKS.matcher(s).replaceAll("");
    }

    /** A speech cue that a subject may stand before: a verb, not a noun, a participle or a source. */
    private static boolean speaksAfterSubject(String kind) {
        return kind.equals("say") || kind.equals("address") || kind.equals("accuse") || kind.equals("deny");
    }

    private static Match<Cue> speechVerbEndingAt(SentenceCues cues, int last) {
        for (Match<Cue> c : cues.of("speech")) {
            String kind = c.value().value();
            if (c.last() == last && speaksAfterSubject(kind)) {
                return c;
            }
        }
        return null;
    }

    /** The first token of a title cue or an official mention ending at {@code last}, or -1. */
    private static int titleOrOfficialStart(SentenceCues cues, List<Found> found, int last) {
        for (Match<Cue> c : cues.of("title")) {
            if (c.last() == last) {
                return c.first();
            }
        }
        Found official = officialEndingAt(found, last);
        return official != null ? official.first() : -1;
    }

    private static Found officialEndingAt(List<Found> found, int last) {
        for (Found f : found) {
            if (f.last() == last && f.isOfficial()) {
                return f;
            }
        }
        return null;
    }

    private static Found officialStartingAt(List<Found> found, int first) {
        for (Found f : found) {
            if (f.first() == first && f.isOfficial()) {
                return f;
            }
        }
        return null;
    }

    private static boolean titleEndsAt(SentenceCues cues, int last) {
        for (Match<Cue> c : cues.of("title")) {
            if (c.last() == last) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysNear(List<Token> tokens, int first, int end) {
        String before = first > 0 ? tokens.get(first - 1).normalized() : "";
        String after = end < tokens.size() ? tokens.get(end).normalized() : "";
        return before.equals("said") || after.equals("said") || after.equals("says") || after.equals("told");
    }

    private static boolean isComma(Token t) {
        return t.surface().equals(",") || t.surface().equals("،");
    }

    private static boolean isArticle(Token t) {
        String w = t.normalized();
        return w.equals("a") || w.equals("an") || w.equals("the");
    }

    /**
     * "الجبوري" or "Carter" alone, once the full name was introduced in the document; "عبد السلام" after "محمد عبد
     * السلام". A surname that is also a common word or a common name names the person only where a name stands.
     */
    private static Found surname(Sentence sentence, String text, List<Token> tokens, SentenceCues cues, List<Found> found,
                                 int i, Unknowns unknowns) {
        Token t = tokens.get(i);
        if (t.punctuation()) {
            return null;
        }
        for (Token.Form form : t.forms()) {
            int last = i;
            Unknowns.Surname s = unknowns.bySurname(form.text());
            if (s == null && NAME_LEADS.contains(form.text()) && i + 1 < tokens.size()) {
                last = i + 1;
                s = unknowns.bySurname(form.text() + " " + tokens.get(last).normalized());
            }
            if (s != null && (!s.guarded() || standsAsName(tokens, cues, found, i, last))) {
                int end = tokens.get(last).end();
                return new Found(sentence.index(), i, last, form.start(), end, text.substring(form.start(), end), s.id(),
                        Found.Type.NAME, false);
            }
        }
        return null;
    }

    /**
     * Words {@code [i..last]} stand where a name does: right after a title or an official ("الوزير سلام"), right after
     * a speech verb or a source ("وأشار القدرة إلى"، "بحسب القدرة"), or before a colon or a speech verb ("سلام: لا
     * حل"، "القدرة يؤكد"); not "القدرة على" nor "عملية السلام".
     */
    private static boolean standsAsName(List<Token> tokens, SentenceCues cues, List<Found> found, int i, int last) {
        if (titleEndsAt(cues, i - 1) || officialEndingAt(found, i - 1) != null) {
            return true;
        }
        for (Match<Cue> c : cues.of("speech")) {
            String kind = c.value().value();
            if (c.last() == i - 1 && !kind.equals("noun") || c.first() == last + 1 && speaksAfterSubject(kind)) {
                return true;
            }
        }
        return last + 1 < tokens.size() && tokens.get(last + 1).surface().equals(":");
    }

    // ---- groups ---------------------------------------------------------------------------------

    private Found group(Sentence sentence, String text, Language language, List<Token> tokens, SentenceCues cues,
                        boolean[] reserved, int i, Unknowns unknowns) {
        return language == Language.AR ? arabicGroup(sentence, text, tokens, cues, reserved, i, unknowns)
                : englishGroup(sentence, text, tokens, cues, reserved, i, unknowns);
    }

    private Found arabicGroup(Sentence sentence, String text, List<Token> tokens, SentenceCues cues, boolean[] reserved,
                              int i, Unknowns unknowns) {
        Match<Cue> head = cues.at(i, "group_head");
        if (head == null || tokens.get(i).normalized().startsWith("ال") || tokens.get(i).startsWithConjunction()) {
            return null;
        }
        int end = nameRun(Language.AR, tokens, reserved, head.last() + 1, false);
        if (end == head.last() + 1 || !hasDefinite(tokens, head.last() + 1, end)) {
            // a group's name is a genitive with the article ("كتائب الفرقان", "جماعة أنصار الإسلام");
            // "ائتلافا دوليا" is a description
            return null;
        }
        return groupFound(sentence, text, tokens, i, end - 1, head.start(), head.value().value(), Language.AR, unknowns);
    }

    private static boolean hasDefinite(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).normalized().startsWith("ال")) {
                return true;
            }
        }
        return false;
    }

    private Found englishGroup(Sentence sentence, String text, List<Token> tokens, SentenceCues cues, boolean[] reserved,
                               int i, Unknowns unknowns) {
        if (!Character.isUpperCase(tokens.get(i).surface().charAt(0)) || reserved[i] && cues.at(i, "group_head") == null) {
            return null;
        }
        int k = i;
        String kind = null;
        int lastHead = -1;
        while (k < tokens.size() && k - i < 6) {
            Token t = tokens.get(k);
            Match<Cue> head = cues.at(k, "group_head");
            boolean capital = !t.punctuation() && Character.isUpperCase(t.surface().charAt(0));
            boolean connector = k > i && (t.normalized().equals("of") || t.normalized().equals("for"));
            if (!capital && !connector || reserved[k] && head == null) {
                break;
            }
            if (head != null && capital) {
                kind = head.value().value();
                lastHead = k;
            }
            k++;
        }
        if (kind == null || lastHead == i && k - i < 2) {
            return null;
        }
        int last = k - 1;
        while (last > i && !Character.isUpperCase(tokens.get(last).surface().charAt(0))) {
            last--;
        }
        if (last == i) {
            return null;
        }
        return groupFound(sentence, text, tokens, i, last, tokens.get(i).start(), kind, Language.EN, unknowns);
    }

    private static Found groupFound(Sentence sentence, String text, List<Token> tokens, int first, int last, int start,
                                    String kind, Language language, Unknowns unknowns) {
        String surface = text.substring(start, tokens.get(last).end());
        String id = "GRP_" + digest(normalizedName(tokens, first, last));
        ActorKind k = kind.equals("political_group") ? ActorKind.POLITICAL_GROUP : ActorKind.ARMED_GROUP;
        unknowns.add(new Actor(id, language == Language.AR ? null : surface, language == Language.AR ? surface : null, k,
                null, null, null, false));
        return new Found(sentence.index(), first, last, start, tokens.get(last).end(), surface, id, Found.Type.NAME, false);
    }

    private static String normalizedName(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (!t.punctuation()) {
                b.append(t.normalized()).append(' ');
            }
        }
        return b.toString().strip();
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** What a capitalised English word must look like to be part of a person's name. */
    static final class EnglishName {

        private EnglishName() {
        }

        static boolean isNamePart(String surface) {
            String s = surface.replace("’", "'");
            if (s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
                return false;
            }
            return s.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '.');
        }
    }
}
