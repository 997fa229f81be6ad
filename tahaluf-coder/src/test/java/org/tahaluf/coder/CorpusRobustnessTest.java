package org.tahaluf.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.Language;

/**
 * Real news analysed without a failure: the first articles of the bulk corpus beside the project
 * (../shared), each event's trigger pointing at its own text. Skipped in a clone without it.
 */
class CorpusRobustnessTest {

    /** Tests run in the module's folder; the project root is its parent. */
    private static final Path BULK = Path.of("..").toAbsolutePath().normalize()
            .resolve("../shared/corpus/bulk/ar-news.jsonl.gz").normalize();
    /** Enough articles to meet the rarer constructions; a few seconds of analysis. */
    private static final int ARTICLES = 6000;

    @Test
    void realArticlesAnalyseWithoutFailure() throws IOException {
        assumeTrue(Files.isRegularFile(BULK), "the bulk corpus is not beside this clone");
        Pipeline pipeline = Pipeline.standard();
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int read = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(BULK)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && read < ARTICLES; line = in.readLine()) {
                JsonNode record = json.readTree(line);
                String id = record.path("id").asText("line " + read);
                String text = record.path("text").asText("");
                read++;
                try {
                    Analysis a = pipeline.analyze(new Document(id, null, text, Language.AR, null, null, null, null));
                    for (Event e : a.events()) {
                        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.triggerText());
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(id + ": " + e);
                }
            }
        }
        assertThat(read).isEqualTo(ARTICLES);
        assertThat(failures).as("articles that failed").isEmpty();
    }
}
