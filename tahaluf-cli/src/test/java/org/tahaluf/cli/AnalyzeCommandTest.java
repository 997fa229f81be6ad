package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command as a user meets it: real files, exit status, what goes to stdout and stderr. */
class AnalyzeCommandTest {

    private static final String ARTICLE = """
            تركيا تحذر من تصاعد هجمات داعش
            قال وزير الدفاع التركي إن بلاده ستواصل مكافحة تنظيم داعش شمال سوريا.
            """;

    @TempDir
    Path dir;

    private Cli.Run run(InputStream stdin, String... args) {
        return Cli.run(stdin, args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void aTextFileGivesOneAnalysisObject() throws IOException {
        Cli.Run r = run(null, "analyze", "--format", "json", write("a.txt", ARTICLE).toString());
        assertThat(r.status()).isZero();
        JsonNode a = json(r.out());
        assertThat(a.get("schema").asText()).isEqualTo("tahaluf.analysis/1");
        assertThat(a.at("/document/title").asText()).isEqualTo("تركيا تحذر من تصاعد هجمات داعش");
        assertThat(a.at("/document/language").asText()).isEqualTo("ar");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theSameFileAlwaysGetsTheSameId() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Path b = write("copy-of-a.txt", ARTICLE);
        String idA = json(run(null, "analyze", "--format", "json", a.toString()).out()).at("/document/id").asText();
        String idB = json(run(null, "analyze", "--format", "json", b.toString()).out()).at("/document/id").asText();
        assertThat(idA).isEqualTo(idB).matches("[0-9a-f]{16}");
    }

    @Test
    void aMissingFileIsNamedAndTheOthersAreStillAnalysed() throws IOException {
        Path good = write("good.txt", ARTICLE);
        Cli.Run r = run(null, "analyze", "--format", "jsonl", dir.resolve("missing.txt").toString(), good.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).contains("missing.txt").doesNotContain("Exception");
        assertThat(r.out().lines().count()).isEqualTo(1);
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        Path bin = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Cli.Run r = run(null, "analyze", "--format", "json", bin.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("image.txt").contains("binary");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidUtf8IsRefusedInOneLine() throws IOException {
        Path bad = Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = run(null, "analyze", "--format", "json", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("latin1.txt").contains("UTF-8");
    }

    @Test
    void standardInputIsRead() throws IOException {
        Cli.Run r = run(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), "analyze", "--format", "json", "-");
        assertThat(r.status()).isZero();
        assertThat(json(r.out()).get("actors").size()).isPositive();
    }

    @Test
    void jsonLinesGiveOneObjectPerRecordAndNameTheBrokenLine() throws IOException {
        Path jsonl = write("news.jsonl", """
                {"id": "n1", "title": "خبر أول", "text": "هاجمت القوات التركية مواقع لحزب العمال الكردستاني.", "published": "2025-03-02"}
                {"id": "n2", "text": broken
                {"id": "n3", "title": "Second", "text": "Iraqi forces attacked Islamic State positions.", "date": "2025-03-03", "language": "en"}
                """);
        Cli.Run r = run(null, "analyze", "--format", "jsonl", jsonl.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("news.jsonl:2");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(json(lines.get(0)).at("/document/id").asText()).isEqualTo("n1");
        assertThat(json(lines.get(0)).at("/document/published").asText()).isEqualTo("2025-03-02");
        assertThat(json(lines.get(1)).at("/document/language").asText()).isEqualTo("en");
    }

    @Test
    void jsonLinesOnStandardInputAreStreamed() throws IOException {
        String lines = "{\"id\": \"a\", \"text\": \"هاجمت القوات التركية مواقع لحزب العمال الكردستاني.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Iraqi forces attacked Islamic State positions.\", \"language\": \"en\"}\n";
        Cli.Run r = run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "analyze", "--format", "jsonl", "-");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().map(l -> {
            try {
                return json(l).at("/document/id").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList()).containsExactly("a", "b");
    }

    @Test
    void gzipIsReadTransparently() throws IOException {
        Path gz = dir.resolve("a.txt.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Cli.Run r = run(null, "analyze", "--format", "json", gz.toString());
        assertThat(r.status()).isZero();
        assertThat(json(r.out()).at("/document/title").asText()).startsWith("تركيا");
    }

    @Test
    void htmlIsReducedToItsText() throws IOException {
        Path html = write("page.html", "<html><head><title>t</title><script>alert(1)</script></head><body>"
                + "<h1>تركيا تحذر</h1><p>قال وزير الدفاع التركي إن بلاده ستواصل مكافحة تنظيم داعش.</p></body></html>");
        Cli.Run r = run(null, "analyze", "--format", "json", html.toString());
        assertThat(r.status()).isZero();
        JsonNode a = json(r.out());
        assertThat(a.at("/document/title").asText()).isEqualTo("تركيا تحذر");
        assertThat(a.get("sentences").toString()).doesNotContain("alert");
    }

    @Test
    void aFolderIsAnalysedFileByFile() throws IOException {
        write("1.txt", ARTICLE);
        write("2.txt", "Iraqi forces attacked Islamic State positions near Mosul.\n");
        Cli.Run r = run(null, "analyze", "--format", "jsonl", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(2);
    }

    @Test
    void theTextSummaryNamesActorsInArabicWithEnglishGlosses() throws IOException {
        Cli.Run r = run(null, "analyze", write("a.txt", ARTICLE).toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("الفاعلون · Actors").contains("(Islamic State)");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        Cli.Run r = run(null, "analyze", "--format", "xml", write("a.txt", ARTICLE).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("xml");
    }

    @Test
    void theDemoAnalysesItsArticles() {
        Cli.Run r = run(null, "demo", "--format", "text");
        assertThat(r.status()).isZero();
        assertThat(r.out().split("══ ")).hasSizeGreaterThan(4);
    }
}
