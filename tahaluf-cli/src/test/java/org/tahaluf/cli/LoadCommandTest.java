package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyses made elsewhere (the Spark job's output, or saved JSON Lines) stored as ingest stores them. */
class LoadCommandTest {

    @TempDir
    Path dir;

    @Test
    void loadedAnalysesMakeTheStoreAnIngestMakesAndAreRecognisedByIngest() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), IngestCommandTest.STRIKES);
        Files.writeString(articles.resolve("b.txt"), IngestCommandTest.THREAT);
        Path analyses = Files.createDirectories(dir.resolve("spark-out").resolve("analyses"));
        Files.writeString(analyses.resolve("part-00000.txt"), Cli.run("analyze", "--format", "jsonl", articles.toString()).out());
        Files.writeString(analyses.resolve("_SUCCESS"), "");
        String loaded = dir.resolve("loaded.db").toString();
        String ingested = dir.resolve("ingested.db").toString();

        Cli.Run load = Cli.run("load", "--db", loaded, dir.resolve("spark-out").toString());
        Cli.Run ingestAfter = Cli.run("ingest", "--db", loaded, articles.toString());
        Cli.run("ingest", "--quiet", "--db", ingested, articles.toString());

        assertThat(load.status()).as(load.err()).isZero();
        assertThat(load.err()).contains("tahaluf load: 2 articles read: 2 stored");
        assertThat(ingestAfter.err()).contains("2 already stored");
        assertThat(Cli.run("stats", "--db", loaded, "--format", "json").out())
                .isEqualTo(Cli.run("stats", "--db", ingested, "--format", "json").out());
    }

    @Test
    void aBrokenLineIsReportedWithItsLineAndTheRestLoaded() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), IngestCommandTest.STRIKES);
        String good = Cli.run("analyze", "--format", "jsonl", articles.toString()).out();
        Path file = Files.writeString(dir.resolve("analyses.jsonl"), "{\"schema\": \"tahaluf.analysis/1\"}\n" + good);

        Cli.Run r = Cli.run("load", "--db", dir.resolve("s.db").toString(), file.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("analyses.jsonl:1:").contains("document"));
        assertThat(r.err()).contains("1 stored");
    }
}
