package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahaluf.lexicon.LexiconFormatException;

/** The bundled word classes load whole, and a file that breaks them is refused with its line. */
class WordClassTest {

    private static final String HEADER = """
            # file: word-classes.tsv
            # version: 2026-11-30
            # provenance: test
            # licence: Apache-2.0
            # columns: class	forms
            """;

    @Test
    void everyClassARuleReadsIsInTheBundledFile() {
        Map<WordClass, Set<String>> bundled = WordClass.read(WordClass.class.getResourceAsStream(WordClass.FILE));

        assertThat(bundled.keySet()).containsExactlyInAnyOrder(WordClass.values());
        assertThat(bundled.values()).allSatisfy(forms -> assertThat(forms).isNotEmpty());
    }

    @Test
    void formsAreReadInTheNormalizedSpellingOfTokens() {
        assertThat(WordClass.JOINTLY.contains("المشتركه")).isTrue();
        assertThat(WordClass.PARTITIVE.contains("الالاف")).isTrue();
        assertThat(WordClass.INSTITUTION.contains("committee")).isTrue();
    }

    @Test
    void aSurnameIsEitherACommonWordOrASharedName() {
        Set<String> both = new java.util.HashSet<>(WordClass.COMMON_SURNAME.forms());
        both.retainAll(WordClass.SHARED_SURNAME.forms());

        assertThat(both).as("words in both surname classes").isEmpty();
        assertThat(WordClass.COMMON_SURNAME.forms()).contains("القدره", "سلام", "ثاني", "الاحمد", "علي");
        assertThat(WordClass.SHARED_SURNAME.forms()).contains("حسين", "محمد", "عنان");
    }

    @Test
    void aClassNoRuleReadsIsRefusedWithItsLine() {
        String file = HEADER + "light-verbs\tشن\n";

        assertThatThrownBy(() -> WordClass.read(stream(file)))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining("word-classes.tsv").hasMessageContaining("6").hasMessageContaining("light-verbs");
    }

    @Test
    void aFormWrittenTwiceInOneClassIsRefused() {
        String file = HEADER + "jointly\tمشتركة|مشتركه\n";

        assertThatThrownBy(() -> WordClass.read(stream(file)))
                .isInstanceOf(LexiconFormatException.class).hasMessageContaining("already in class jointly");
    }

    @Test
    void aMissingClassIsNamed() {
        String file = HEADER + "jointly\tمشتركة\n";

        assertThatThrownBy(() -> WordClass.read(stream(file)))
                .isInstanceOf(LexiconFormatException.class).hasMessageContaining("word class 'light-verb' is missing");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
