package org.tahaluf.coder;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tahaluf.core.Language;
import org.tahaluf.lexicon.LexiconFormatException;
import org.tahaluf.lexicon.PhraseCompiler;
import org.tahaluf.lexicon.TsvFile;

/**
 * The closed classes of words the role rules read, kept as data in {@code word-classes.tsv} beside this
 * class (documented there, class by class). A word is tested in the normalized form tokens carry.
 */
enum WordClass {
    LIGHT_VERB("light-verb"),
    AGENT_VERB("agent-verb"),
    INSTRUMENT("instrument"),
    ATTACK_BY_GENITIVE("attack-by-genitive"),
    EXPOSED("exposed"),
    MEANS("means"),
    PARTITIVE("partitive"),
    COUNTED_MEMBERS("counted-members"),
    MEMBERS_OF("members-of"),
    MEMBERS_FROM("members-from"),
    SIDE_MEMBERS("side-members"),
    OCCURRING("occurring"),
    CARRIED_OUT("carried-out"),
    JOINTLY("jointly"),
    ALLY("ally"),
    SEAT("seat"),
    BORDER("border"),
    OCCURRENCE("occurrence"),
    INSTITUTION("institution"),
    PROGRESSIVE("progressive"),
    COMMON_SURNAME("common-surname"),
    SHARED_SURNAME("shared-surname"),
    BE_AUXILIARY("be-auxiliary"),
    PARTICIPLE("participle"),
    BEING("being");

    static final String FILE = "word-classes.tsv";

    private final String key;

    WordClass(String key) {
        this.key = key;
    }

    /** The name of the class in the file. */
    String key() {
        return key;
    }

    /** True when the normalized word is of this class. */
    boolean contains(String normalized) {
        return Loaded.FORMS.get(this).contains(normalized);
    }

    /** The normalized forms of the class. */
    Set<String> forms() {
        return Loaded.FORMS.get(this);
    }

    /** Read once, on first use: an enum's constants are built before its static fields. */
    private static final class Loaded {
        static final Map<WordClass, Set<String>> FORMS = read(WordClass.class.getResourceAsStream(FILE));
    }

    /** The classes of a word-classes file; every class must be there, and no class the coder does not read. */
    static Map<WordClass, Set<String>> read(InputStream in) {
        TsvFile file = TsvFile.read(FILE, in, 2);
        Map<String, WordClass> byKey = new java.util.HashMap<>();
        for (WordClass c : values()) {
            byKey.put(c.key, c);
        }
        Map<WordClass, Set<String>> forms = new EnumMap<>(WordClass.class);
        for (TsvFile.Row row : file.rows()) {
            WordClass c = byKey.get(row.require(0, "class"));
            if (c == null) {
                throw row.error("unknown word class '" + row.get(0) + "': no rule reads it");
            }
            Set<String> words = forms.computeIfAbsent(c, k -> new HashSet<>());
            for (String form : row.list(1)) {
                if (form.contains(" ")) {
                    throw row.error("'" + form + "' is more than one word: word classes are matched word for word");
                }
                if (!words.add(normalized(form))) {
                    throw row.error("'" + form + "' is already in class " + c.key);
                }
            }
        }
        for (WordClass c : values()) {
            if (!forms.containsKey(c)) {
                throw new LexiconFormatException(FILE, "word class '" + c.key + "' is missing");
            }
            forms.put(c, Set.copyOf(forms.get(c)));
        }
        return forms;
    }

    private static String normalized(String form) {
        boolean arabic = form.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC);
        return PhraseCompiler.normalizeWord(arabic ? Language.AR : Language.EN, form);
    }
}
