package org.tahaluf.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Token;
import org.tahaluf.text.ar.ArabicNormalizer;
import org.tahaluf.text.ar.ArabicTextLayer;
import org.tahaluf.text.en.EnglishTextLayer;

/**
 * Turns lexicon text into matcher phrases with the very tokenizer and normalizer the analysis
 * uses, so that a name is matched exactly as it is read.
 */
public final class PhraseCompiler {

    private static final ArabicTextLayer ARABIC = new ArabicTextLayer();
    private static final EnglishTextLayer ENGLISH = new EnglishTextLayer();

    /** One-letter words the Arabic tokenizer never sees alone: they are written joined to the next word. */
    private static final java.util.Set<String> PROCLITIC_LETTERS = java.util.Set.of("ب", "ل", "ك", "و", "ف");

    private PhraseCompiler() {
    }

    /** The normalized words of a name: "الولايات المتحدة" → [الولايات, المتحده]; "U.S." → [^US]. */
    public static List<String> words(Language language, String name) {
        List<Token> tokens = language == Language.AR ? ARABIC.tokenize(name, 0, name.length())
                : ENGLISH.tokenize(name, 0, name.length());
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.punctuation()) {
                continue;
            }
            String acronym = EnglishTextLayer.acronymKey(t.surface());
            words.add(acronym != null && language != Language.AR ? acronym : t.normalized());
        }
        return words;
    }

    /**
     * The elements of a pattern: space-separated words, each a set of {@code |} alternatives,
     * each alternative a word or a prefix ending in {@code *}.
     */
    public static List<List<PhraseMatcher.Element>> pattern(Language language, String pattern) {
        List<List<PhraseMatcher.Element>> phrase = new ArrayList<>();
        for (String word : pattern.trim().split("\\s+")) {
            List<PhraseMatcher.Element> alternatives = new ArrayList<>();
            for (String alt : word.split("\\|")) {
                if (alt.isEmpty()) {
                    continue;
                }
                boolean prefix = alt.endsWith("*");
                String text = normalizeWord(language, prefix ? alt.substring(0, alt.length() - 1) : alt);
                if (!text.isEmpty()) {
                    alternatives.add(new PhraseMatcher.Element(text, prefix));
                }
            }
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("empty word in pattern '" + pattern + "'");
            }
            if (language == Language.AR && alternatives.stream().allMatch(a -> PROCLITIC_LETTERS.contains(a.text()))) {
                // "المتهم ب" never matched: the text writes "بقتل", one token whose form drops the ب
                throw new IllegalArgumentException("'" + word + "' stands alone in pattern '" + pattern
                        + "', but Arabic writes it joined to the next word, so the pattern can never match");
            }
            phrase.add(alternatives);
        }
        return phrase;
    }

    public static String normalizeWord(Language language, String word) {
        if (language == Language.AR) {
            return new ArabicNormalizer().normalize(word);
        }
        return EnglishTextLayer.normalize(word);
    }
}
