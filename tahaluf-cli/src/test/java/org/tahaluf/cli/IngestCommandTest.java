package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Ingest, the store queries and the exports as a user meets them: real files, a real SQLite store. */
class IngestCommandTest {

    static final String STRIKES = """
            غارات أميركية على داعش في الأنبار

            قال المتحدث باسم وزارة الدفاع الأميركية إن طائرات أميركية شنت غارات على مواقع لتنظيم داعش في محافظة الأنبار.
            واتهمت إيران الولايات المتحدة بانتهاك سيادة العراق.
            وقدمت الولايات المتحدة مساعدات عسكرية للعراق.
            """;

    static final String THREAT = """
            أنقرة تلوح بعملية جديدة

            هدد الرئيس التركي رجب طيب أردوغان قوات سوريا الديمقراطية بعملية عسكرية جديدة شمال سوريا.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path articles;
    String db;

    @BeforeEach
    void folder() throws IOException {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("strikes.txt"), STRIKES);
        Files.writeString(Files.createDirectories(articles.resolve("turkey")).resolve("threat.txt"), THREAT);
        Files.writeString(articles.resolve("SOURCES.tsv"), "file\turl\nstrikes.txt\thttps://example.org/1\n");
        db = dir.resolve("store.db").toString();
    }

    private JsonNode stats() throws IOException {
        Cli.Run r = Cli.run("stats", "--db", db, "--format", "json");
        assertThat(r.status()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void ingestingTheSameFolderTwiceStoresEveryArticleOnce() throws IOException {
        Cli.Run first = Cli.run("ingest", "--db", db, articles.toString());
        JsonNode afterFirst = stats();
        Cli.Run second = Cli.run("ingest", "--db", db, articles.toString());

        assertThat(first.status()).isZero();
        assertThat(first.err()).contains("2 articles read: 2 stored");
        assertThat(second.err()).contains("2 already stored");
        assertThat(stats()).isEqualTo(afterFirst);
        assertThat(afterFirst.get("documents").asInt()).isEqualTo(2);
        assertThat(afterFirst.get("events").asInt()).isPositive();
        assertThat(afterFirst.fieldNames()).toIterable()
                .containsExactly("documents", "duplicates", "actors", "events", "claims", "threats");
    }

    @Test
    void aBrokenJsonLineIsReportedWithItsLineAndTheRestIngested() throws IOException {
        Path jsonl = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
            out.write((JSON.writeValueAsString(java.util.Map.of("id", "a1", "text", STRIKES)) + "\n"
                    + "{\"id\": \"broken\", \"text\": \n"
                    + JSON.writeValueAsString(java.util.Map.of("id", "a2", "text", THREAT, "published", "2026-05-04")) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        Cli.Run r = Cli.run("ingest", "--db", db, jsonl.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("feed.jsonl.gz:2:"));
        assertThat(stats().get("documents").asInt()).isEqualTo(2);
    }

    @Test
    void anUndecodableFileIsReportedByNameAndTheOthersIngested() throws IOException {
        Files.write(articles.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run r = Cli.run("ingest", "--db", db, articles.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"));
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(stats().get("documents").asInt()).isEqualTo(2);
    }

    @Test
    void everyEntryOfAnRssFeedIsAnArticle() throws IOException {
        Path feed = dir.resolve("news.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>أخبار تجريبية</title><link>https://example.org</link>
                <description>feed</description>
                <item><title>غارات أميركية على داعش</title><link>https://example.org/a</link>
                  <pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;شنت طائرات أميركية غارات على مواقع لتنظيم داعش في محافظة الأنبار.&lt;/p&gt;</description></item>
                <item><title>تهديد تركي</title><link>https://example.org/b</link>
                  <description>هدد الرئيس التركي قوات سوريا الديمقراطية بعملية عسكرية جديدة.</description></item>
                </channel></rss>
                """);

        Cli.Run r = Cli.run("ingest", "--db", db, feed.toString());
        Cli.Run export = Cli.run("export", "--db", db, "--format", "plover-jsonl");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(stats().get("documents").asInt()).isEqualTo(2);
        assertThat(export.out()).contains("\"source\":\"أخبار تجريبية\"").contains("https://example.org/a")
                .contains("\"date\":\"2026-03-02\"");
    }

    @Test
    void ploverJsonLinesCiteTheSentenceAndArticleOfEachEvent() throws IOException {
        Cli.Run ingest = Cli.run("ingest", "--db", db, articles.toString());
        assertThat(ingest.status()).isZero();

        Cli.Run r = Cli.run("export", "--db", db, "--format", "plover-jsonl");

        List<JsonNode> events = r.out().lines().map(this::json).toList();
        assertThat(events).hasSize(stats().get("events").asInt());
        JsonNode accusation = events.stream().filter(e -> e.get("event").asText().equals("ACCUSE")).findFirst().orElseThrow();
        assertThat(accusation.get("actor").get("id").asText()).isEqualTo("IRN");
        assertThat(accusation.get("recipient").get("id").asText()).isEqualTo("USA");
        assertThat(accusation.get("event_text").asText()).contains("اتهمت إيران");
        assertThat(accusation.get("cite_info").get("headline").asText()).isEqualTo("غارات أميركية على داعش في الأنبار");

        Cli.Run evidence = Cli.run("evidence", "--db", db, accusation.get("id").asText());
        assertThat(evidence.out()).contains("اتهمت إيران").contains("IRN → USA");
    }

    @Test
    void tableExportsHaveAHeaderAndOneRowPerEvent() throws IOException {
        Cli.Run ingest = Cli.run("ingest", "--db", db, articles.toString());
        assertThat(ingest.status()).isZero();
        int events = stats().get("events").asInt();

        List<String> tsv = Cli.run("export", "--db", db, "--format", "polecat-tsv").out().lines().toList();
        Path csv = dir.resolve("out").resolve("events.csv");
        Files.createDirectories(csv.getParent());
        Cli.Run csvRun = Cli.run("export", "--db", db, "--format", "csv", "--out", csv.toString());

        assertThat(tsv).hasSize(events + 1);
        assertThat(tsv.get(0)).startsWith("Event ID\tEvent Date\tEvent Type");
        assertThat(tsv.subList(1, tsv.size())).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(tsv.get(0).split("\t").length));
        assertThat(csvRun.status()).isZero();
        assertThat(Files.readString(csv)).startsWith("event_id,date,event_type");
        try (var listing = Files.list(csv.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("events.csv");
        }
    }

    @Test
    void theGraphmlExportIsAGraphOfActorsWithSignedEdges() throws Exception {
        Cli.Run ingest = Cli.run("ingest", "--db", db, articles.toString());
        assertThat(ingest.status()).isZero();

        Cli.Run r = Cli.run("export", "--db", db, "--format", "graphml");

        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        NodeList edges = xml.getElementsByTagName("edge");
        assertThat(edges.getLength()).isPositive();
        assertThat(xml.getElementsByTagName("node").getLength()).isGreaterThan(edges.getLength() / 2);
        assertThat(r.out()).contains("<edge source=\"IRN\" target=\"USA\">");
    }

    @Test
    void relationsAndTimelineOfAStoredDyad() {
        Cli.Run ingest = Cli.run("ingest", "--db", db, articles.toString());
        assertThat(ingest.status()).isZero();

        Cli.Run relations = Cli.run("relations", "--db", db, "USA");
        Cli.Run timeline = Cli.run("timeline", "--db", db, "USA", "IRN", "--format", "json");
        Cli.Run unknown = Cli.run("relations", "--db", db, "NOBODY");

        assertThat(relations.out()).contains("Iran").contains("Iraq");
        assertThat(timeline.out()).contains("\"type\":\"ACCUSE\"").contains("اتهمت إيران");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("NOBODY");
    }

    @Test
    void theGraphAndTheBriefOfAStore() throws IOException {
        Cli.Run ingest = Cli.run("ingest", "--db", db, articles.toString());
        assertThat(ingest.status()).isZero();

        Cli.Run graph = Cli.run("graph", "--db", db, "--format", "json");
        Cli.Run brief = Cli.run("brief", "--db", db, "--lang", "en", "--format", "md");
        Cli.Run badWindow = Cli.run("graph", "--db", db, "--from", "2026-05-01", "--to", "2026-04-01");

        JsonNode g = JSON.readTree(graph.out());
        assertThat(g.get("nodes")).isNotEmpty();
        assertThat(g.get("edges")).anySatisfy(e -> {
            assertThat(e.get("source").asText() + e.get("target").asText()).contains("IRN").contains("USA");
            assertThat(e.get("sign").asInt()).isEqualTo(-1);
        });
        assertThat(brief.out()).startsWith("# Alliance brief").contains("## Sources").contains("غارات أميركية على داعش في الأنبار");
        assertThat(badWindow.status()).isNotZero();
        assertThat(badWindow.err()).contains("2026-04-01").doesNotContain("Exception");
    }

    @Test
    void anUnknownExportFormatIsRefusedByName() {
        Cli.Run r = Cli.run("export", "--db", db, "--format", "xlsx");

        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("xlsx").doesNotContain("Exception");
    }

    private JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
