package org.tahaluf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;

/** CoreNLP's Arabic pipeline loads from the models jar and tokenizes, splits and tags. */
class CoreNlpContenderTest {

    @Test
    void tokenizesSplitsAndTagsShortArabicArticles() {
        try (Contender corenlp = new CoreNlpContender()) {
            long total = 0;
            for (int i = 0; i < 3; i++) {
                String text = InventedCorpus.TEXTS.get(i);
                long n = corenlp.process(new Document("d" + i, null, text, Language.AR, null, null, null, null));
                assertThat(n).as(text).isGreaterThan(5);
                total += n;
            }
            assertThat(total).isGreaterThan(30);
        }
    }
}
