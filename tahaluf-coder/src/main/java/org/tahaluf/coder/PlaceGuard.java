package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Whether a guarded place name (places.tsv, {@code ~}) names its place where it stands. Such a name is
 * also a common word or a person's name: "كان دوما يقول" (always), "مسقط رأسه" (birthplace), "عبدالله
 * الرويشد" (a singer). It is the place only where a place is spoken of: behind the locative ب ("بمسقط"),
 * right after a location cue or a place noun ("في دوما"، "قرب دوما"، "شمال دوما"، "مدينة دوما"), or
 * in a list beside another place ("حرستا ودوما"، "دوما، حرستا"). Read behind ف or ك it is the tail of
 * another word ("فاطمة" is no Atmeh, "كريمة" no Raymah); ended in ه it carries "his" ("حواره"); inside
 * a homograph cue ("مسقط رأس") it is that phrase.
 */
final class PlaceGuard {

    private PlaceGuard() {
    }

    /**
     * True when m names its place. {@code all} are the sentence's name matches in order, {@code kept} those
     * kept so far, so that a list goes on past a guarded place kept before ("في عمان والسلط والزرقاء").
     */
    static boolean names(Match<Lexicon.NameRef> m, List<Match<Lexicon.NameRef>> all,
                         List<Match<Lexicon.NameRef>> kept, List<Token> tokens, SentenceCues cues) {
        if (m.proclitics().contains("ف") || m.proclitics().contains("ك") || endsInPronoun(m, tokens)
                || cues.at(m.first(), "homograph") != null) {
            return false;
        }
        return m.proclitics().endsWith("ب") || placeWordBefore(m.first(), tokens, cues)
                || listedAfter(m, kept, tokens) || listedBefore(m, all, tokens);
    }

    /**
     * A guarded name ending in ة that the text ends in ه carries the pronoun "his": "في حواره مع الصحيفة" is
     * his interview, not Huwara. Matching folds ة into ه, so the written letter tells them apart.
     */
    private static boolean endsInPronoun(Match<Lexicon.NameRef> m, List<Token> tokens) {
        return tokens.get(m.last()).surface().endsWith("ه");
    }

    /** "في دوما", "قرب دوما", "شمال دوما", "مدينة دوما", "في #مسقط": a place is spoken of. */
    private static boolean placeWordBefore(int first, List<Token> tokens, SentenceCues cues) {
        int at = skipBack(first - 1, tokens);
        return at >= 0 && (cueEndsAt(cues, "location", at) || cueEndsAt(cues, "scene", at, "place"));
    }

    private static boolean cueEndsAt(SentenceCues cues, String category, int at) {
        return cueEndsAt(cues, category, at, null);
    }

    private static boolean cueEndsAt(SentenceCues cues, String category, int at, String value) {
        for (var c : cues.of(category)) {
            if (c.last() == at && (value == null || c.value().value().equals(value))) {
                return true;
            }
        }
        return false;
    }

    /** "بين حرستا ودوما", "حرستا، دوما": after a place kept, across و or a comma. */
    private static boolean listedAfter(Match<Lexicon.NameRef> m, List<Match<Lexicon.NameRef>> kept,
                                       List<Token> tokens) {
        boolean comma = isComma(tokens, m.first() - 1);
        if (!comma && !m.proclitics().startsWith("و")) {
            return false;
        }
        int before = comma ? m.first() - 2 : m.first() - 1;
        for (var other : kept) {
            if (other.value().place() && other.last() == before) {
                return true;
            }
        }
        return false;
    }

    /** "دوما وحرستا", "دوما، حرستا": before an unguarded place, across و or a comma. */
    private static boolean listedBefore(Match<Lexicon.NameRef> m, List<Match<Lexicon.NameRef>> all,
                                        List<Token> tokens) {
        boolean comma = isComma(tokens, m.last() + 1);
        int after = comma ? m.last() + 2 : m.last() + 1;
        for (var other : all) {
            if (other.value().place() && !other.value().guarded() && other.first() == after
                    && (comma || other.proclitics().startsWith("و"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComma(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).punctuation()) {
            return false;
        }
        String s = tokens.get(i).surface();
        return s.equals("،") || s.equals(",");
    }

    /** The word before, past a hashtag sign ("في #مسقط"). */
    private static int skipBack(int i, List<Token> tokens) {
        while (i >= 0 && tokens.get(i).punctuation() && tokens.get(i).surface().equals("#")) {
            i--;
        }
        return i;
    }
}
