package org.tahaluf.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.coder.AnalysisJson;

/**
 * The job on {@code local[2]} over small invented articles in every input format: plain text in
 * Arabic and English, HTML, gzip-compressed JSON Lines (with one broken line) and Parquet.
 */
class AnalyzeJobTest {

    private static final String ARABIC = """
            الأردن ومصر يوقعان اتفاقية للتعاون الأمني

            وقعت الحكومة الأردنية والحكومة المصرية في عمان اتفاقية للتعاون في مكافحة الإرهاب. وقال وزير الخارجية الأردني إن الاتفاقية تعزز التنسيق بين البلدين.
            وفي سياق منفصل، هاجم تنظيم داعش مواقع للجيش العراقي في محافظة الأنبار، بحسب مصدر أمني.
            """;
    private static final String ENGLISH = """
            Turkey and Qatar sign defence pact

            Turkey signed a defence cooperation agreement with Qatar on Monday. Iraqi forces attacked Islamic State positions near Mosul, a military spokesman said.
            Iran denied attacking Saudi Arabia.
            """;
    private static final String HTML = """
            <!doctype html><html><head><title>Border talks</title>
            <meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>
            <body><h1>Border talks</h1><p>Saudi Arabia accused Iran of arming the Houthis.</p></body></html>
            """;
    private static final String RECORDS = """
            {"id": "rec-ar", "title": "تركيا تحذر من هجمات داعش", "text": "قال وزير الدفاع التركي إن بلاده ستواصل مكافحة تنظيم داعش شمال سوريا.", "published": "2024-03-05", "source": "invented"}
            {"id": "rec-en", "title": "Talks in Doha", "text": "Qatar hosted talks between Sudan and Chad.", "date": "2024-03-06", "language": "en"}
            {"id": "broken", "text":
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;
    private static Path input;
    private static Path output;
    private static JobSummary summary;

    @TempDir
    static Path work;

    @BeforeAll
    static void runTheJobOnce() throws Exception {
        spark = Sessions.open("local[2]");
        input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("ar.txt"), ARABIC, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("en.txt"), ENGLISH, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("page.html"), HTML, StandardCharsets.UTF_8);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(input.resolve("feed.jsonl.gz")))) {
            gz.write(RECORDS.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(input.resolve(".hidden.txt"), "not an article", StandardCharsets.UTF_8);
        output = work.resolve("out");
        summary = new AnalyzeJob(spark).run(input.toString(), output.toString(), 3, false);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void analysesAreThoseTheCommandLinesReaderAndPipelineMake() throws Exception {
        List<String> expected = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (String name : List.of("ar.txt", "en.txt", "page.html", "feed.jsonl.gz")) {
            reader.forEach(input.resolve(name).toString(), d -> expected.add(json(d)), problem -> { });
        }
        expected.sort(null);

        assertThat(JobOutput.analysisLines(output)).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileIsNamedByItsBytesAndARecordByItsId() throws Exception {
        Set<String> ids = JobOutput.analysisLines(output).stream().map(AnalyzeJobTest::documentId)
                .collect(Collectors.toSet());

        assertThat(ids).containsExactlyInAnyOrder(
                DocumentReader.idOf(Files.readAllBytes(input.resolve("ar.txt"))),
                DocumentReader.idOf(Files.readAllBytes(input.resolve("en.txt"))),
                DocumentReader.idOf(Files.readAllBytes(input.resolve("page.html"))),
                "rec-ar", "rec-en");
    }

    @Test
    void aBrokenLineIsReportedInOneLineNamingItsFileAndTheRestIsRead() {
        assertThat(summary.problems()).singleElement().asString()
                .contains("feed.jsonl.gz").doesNotContain("\n");
        assertThat(summary.documents()).isEqualTo(5);
    }

    @Test
    void theTablesHoldWhatTheAnalysesHold() throws Exception {
        List<JsonNode> analyses = new ArrayList<>();
        for (String line : JobOutput.analysisLines(output)) {
            analyses.add(JSON.readTree(line));
        }

        assertThat(table(AnalyzeJob.DOCUMENTS).count()).isEqualTo(analyses.size());
        assertThat(table(AnalyzeJob.ACTORS).count()).isEqualTo(total(analyses, "actors"));
        assertThat(table(AnalyzeJob.EVENTS).count()).isEqualTo(total(analyses, "events")).isEqualTo(summary.events());
        assertThat(table(AnalyzeJob.CLAIMS).count()).isEqualTo(total(analyses, "claims"));
        assertThat(table(AnalyzeJob.THREATS).count()).isEqualTo(total(analyses, "threats"));
        assertThat(summary.events()).as("the invented articles have events to count").isGreaterThanOrEqualTo(3);
    }

    @Test
    void tablesHaveTheDocumentedColumns() {
        assertThat(table(AnalyzeJob.DOCUMENTS).schema().fieldNames()).containsExactly(DocumentTable.SCHEMA.fieldNames());
        assertThat(table(AnalyzeJob.EVENTS).schema().fieldNames()).containsExactly(EventTable.SCHEMA.fieldNames());
        assertThat(table(AnalyzeJob.DYAD_DAY).schema().fieldNames()).containsExactly(
                "day", "source", "target", "sign", "events", "cooperation", "conflict", "neutral", "material", "documents");
    }

    @Test
    void aRecordsPublicationDateIsADateAndDatesItsEvents() {
        Row document = table(AnalyzeJob.DOCUMENTS).filter(col("id").equalTo("rec-ar")).first();
        assertThat(document.<LocalDate>getAs("published")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.<String>getAs("language")).isEqualTo("ar");

        List<Row> events = table(AnalyzeJob.EVENTS).filter(col("document_id").equalTo("rec-ar")).collectAsList();
        assertThat(events).allSatisfy(e -> assertThat(e.<LocalDate>getAs("day")).isNotNull());
    }

    @Test
    void dyadDaysCountTheTargetedEventsThatHappened() {
        Dataset<Row> events = table(AnalyzeJob.EVENTS);
        long happened = events.filter(col("target").isNotNull().and(col("modality").notEqual("negated"))).count();
        assertThat(events.filter(col("modality").equalTo("negated")).count())
                .as("'Iran denied attacking Saudi Arabia' is negated").isPositive();

        List<Row> dyads = table(AnalyzeJob.DYAD_DAY).collectAsList();
        assertThat(dyads.stream().mapToLong(r -> r.<Integer>getAs("events")).sum()).isEqualTo(happened);
        assertThat(dyads).allSatisfy(r -> assertThat(r.<Integer>getAs("cooperation") + r.<Integer>getAs("conflict")
                + r.<Integer>getAs("neutral")).isEqualTo(r.<Integer>getAs("events")));
        assertThat(dyads).anySatisfy(r -> {
            assertThat(r.<String>getAs("source")).isEqualTo("ISIS");
            assertThat(r.<Integer>getAs("sign")).isEqualTo(-1);
        });
    }

    @Test
    void parquetArticlesAreReadLikeTheJsonLinesRecordsTheyMirror() throws Exception {
        StructType articles = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("published", DataTypes.DateType)
                .add("source", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("language", DataTypes.StringType);
        Row row = RowFactory.create("pq-1", "Talks in Doha", "Qatar hosted talks between Sudan and Chad.",
                LocalDate.of(2024, 3, 6), "invented", "https://example.org/doha", "en");
        Path parquet = work.resolve("articles.parquet");
        spark.createDataFrame(List.of(row), articles).write().parquet(parquet.toString());
        Path out = work.resolve("out-parquet");

        new AnalyzeJob(spark).run(parquet.toString(), out.toString(), 0, false);

        String record = """
                {"id":"pq-1","title":"Talks in Doha","text":"Qatar hosted talks between Sudan and Chad.",\
                "published":"2024-03-06","source":"invented","url":"https://example.org/doha","language":"en"}""";
        assertThat(JobOutput.analysisLines(out)).containsExactly(json(DocumentReader.fromJsonLine(record)));
    }

    @Test
    void anExistingOutputFolderIsRefusedUnlessOverwriteIsAsked() throws Exception {
        Path taken = Files.createDirectories(work.resolve("taken"));
        String article = input.resolve("en.txt").toString();

        assertThatThrownBy(() -> new AnalyzeJob(spark).run(article, taken.toString(), 0, false))
                .isInstanceOf(JobInputException.class).hasMessage(taken + ": already exists (choose a new folder, or pass --overwrite)");
        Files.writeString(taken.resolve("stale.txt"), "from an earlier run");
        new AnalyzeJob(spark).run(article, taken.toString(), 0, true);
        assertThat(taken.resolve("stale.txt")).doesNotExist();
        assertThat(JobOutput.analysisLines(taken)).hasSize(1);
    }

    @Test
    void aMissingInputIsOneLineNamingIt() {
        String missing = work.resolve("nowhere").toString();
        assertThatThrownBy(() -> new AnalyzeJob(spark).run(missing, work.resolve("x").toString(), 0, false))
                .isInstanceOf(JobInputException.class).hasMessage(missing + ": no such file or folder");
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(output.resolve(name).toString());
    }

    private static long total(List<JsonNode> analyses, String field) {
        return analyses.stream().mapToLong(a -> a.path(field).size()).sum();
    }

    private static String json(org.tahaluf.core.Document document) {
        try {
            return AnalysisJson.mapper().writeValueAsString(AnalysisJson.toJson(ExecutorPipeline.get().analyze(document)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String documentId(String line) {
        try {
            return JSON.readTree(line).path("document").path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
