package org.tahaluf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.cli.InputException;

class ArticlesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstArticlesOfAGzipJsonLinesCorpusAndStopsAtTheLimit() throws Exception {
        Path corpus = InventedCorpus.write(dir, "news.jsonl.gz");
        Articles three = Articles.read(corpus, 3, p -> { });
        assertThat(three.size()).isEqualTo(3);
        assertThat(three.get(0).id()).isEqualTo("invented-1");
        assertThat(Articles.read(corpus, 0, p -> { }).size()).isEqualTo(InventedCorpus.TEXTS.size());
    }

    @Test
    void aMissingCorpusIsNamed() {
        Path missing = dir.resolve("none.jsonl.gz");
        assertThatThrownBy(() -> Articles.read(missing, 0, p -> { }))
                .isInstanceOf(InputException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void aSpreadSubsetTakesEveryKthArticle() throws Exception {
        Articles all = Articles.read(InventedCorpus.write(dir, "news.jsonl.gz"), 0, p -> { });
        Articles two = all.spread(2);
        assertThat(two.documents()).extracting(d -> d.id()).containsExactly("invented-1", "invented-3");
        assertThat(all.spread(10)).isSameAs(all);
    }

    @Test
    void wordsAreRunsOfLettersMarksAndDigits() {
        assertThat(Articles.countWords("قالَ الوزير، في 2018: «لا»")).isEqualTo(5);
        assertThat(Articles.countWords("")).isZero();
    }
}
