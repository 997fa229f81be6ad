package org.tahaluf.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API against a real running server and a real store: no mocks. */
class ApiTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final String BEARER = "Bearer " + TOKEN;

    @TempDir
    static Path folder;

    static RunningServer server;
    static String inventedId;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(folder, TOKEN);
        HttpResponse<String> stored = server.post("/api/documents", "application/json", ApiJson.object()
                .put("title", "واشنطن وبغداد").put("text", Articles.INVENTED).put("published", "2026-03-02")
                .put("source", "test").toString(), BEARER);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        inventedId = json(stored).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return ApiJson.MAPPER.readTree(response.body());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        HttpResponse<String> r = server.get("/api/openapi.json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode doc = json(r);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/graph", "/api/documents", "/api/events",
                "/api/actors/{id}", "/api/dyads/{a}/{b}", "/api/hotspots", "/api/brief", "/api/search", "/api/places");
        assertThat(doc.at("/paths/~1api~1documents/post/security/0/bearer").isArray()).isTrue();
    }

    @Test
    void postingWithoutTheTokenIs401AndStoresNothing() throws Exception {
        long before = json(server.get("/api/stats")).get("documents").asLong();

        HttpResponse<String> none = server.post("/api/documents", "text/plain", "Iran accused Israel.", null);
        HttpResponse<String> wrong = server.post("/api/documents", "text/plain", "Iran accused Israel.", "Bearer nope");
        HttpResponse<String> basic = server.post("/api/documents", "text/plain", "Iran accused Israel.", "Basic " + TOKEN);

        assertThat(List.of(none, wrong, basic)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(json(r).get("error").asText()).contains("Bearer");
        });
        assertThat(json(server.get("/api/stats")).get("documents").asLong()).isEqualTo(before);
    }

    @Test
    void aReadOnlyServerRefusesEveryWrite(@TempDir Path other) throws Exception {
        try (RunningServer readOnly = new RunningServer(other, null)) {
            HttpResponse<String> r = readOnly.post("/api/documents", "text/plain", "Iran accused Israel.", BEARER);

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("error").asText()).contains("read-only").contains("TAHALUF_API_TOKEN");
            assertThat(json(readOnly.get("/api/session")).get("writable").asBoolean()).isFalse();
            assertThat(json(readOnly.get("/api/stats")).get("documents").asLong()).isZero();
        }
        assertThat(json(server.get("/api/session")).get("writable").asBoolean()).isTrue();
    }

    @Test
    void thePostedArticleIsAnalysedStoredAndIdempotent() throws Exception {
        HttpResponse<String> again = server.post("/api/documents", "application/json",
                ApiJson.object().put("text", Articles.INVENTED).toString(), BEARER);
        HttpResponse<String> plain = server.post("/api/documents", "text/plain; charset=utf-8",
                "Iran and Iraq sign a border agreement\n\nIran signed a border security agreement with Iraq in Baghdad.",
                BEARER);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("outcome").asText()).isEqualTo("already_stored");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        JsonNode stored = json(plain);
        assertThat(stored.at("/analysis/schema").asText()).isEqualTo("tahaluf.analysis/1");
        assertThat(stored.at("/analysis/document/title").asText()).isEqualTo("Iran and Iraq sign a border agreement");
        assertThat(json(server.get("/api/documents/" + stored.get("id").asText())).get("language").asText())
                .isEqualTo("en");
    }

    @Test
    void badArticlesAreRefusedWithAMessage() throws Exception {
        assertThat(server.post("/api/documents", "application/json", "{not json", BEARER).statusCode()).isEqualTo(400);
        assertThat(server.post("/api/documents", "application/json", "{\"title\":\"no text\"}", BEARER).statusCode())
                .isEqualTo(400);
        HttpResponse<String> date = server.post("/api/documents", "application/json",
                "{\"text\":\"Iran accused Israel.\",\"published\":\"yesterday\"}", BEARER);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("error").asText()).contains("published").contains("yesterday");
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        String huge = "ا".repeat((int) ServerSettings.MAX_REQUEST_BYTES);

        HttpResponse<String> r = server.post("/api/documents", "text/plain", huge, BEARER);

        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void theReaderGetsTheTextWithMentionsAndEventsAsOffsets() throws Exception {
        JsonNode doc = json(server.get("/api/documents/" + inventedId));

        String text = doc.get("text").asText();
        assertThat(doc.get("language").asText()).isEqualTo("ar");
        assertThat(doc.get("mentions")).isNotEmpty().allSatisfy(m -> assertThat(
                text.substring(m.get("start").asInt(), m.get("end").asInt())).isNotBlank());
        assertThat(doc.get("events")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("ACCUSE");
            assertThat(text.substring(e.at("/trigger/start").asInt(), e.at("/trigger/end").asInt())).isEqualTo("اتهمت");
        });
        assertThat(server.get("/api/documents/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void eventsAreFilteredByActorTypeSignModalityPlaceAndTime() throws Exception {
        JsonNode accusations = json(server.get("/api/events?actor=IRN&type=accuse"));
        JsonNode usIran = json(server.get("/api/events?actor=USA&other=IRN"));
        JsonNode conflict = json(server.get("/api/events?sign=-1"));
        JsonNode asserted = json(server.get("/api/events?modality=asserted"));
        JsonNode later = json(server.get("/api/events?from=2026-03-03"));
        JsonNode inIraq = json(server.get("/api/events?place=IRQ"));

        assertThat(accusations).singleElement().satisfies(e -> {
            assertThat(e.get("sentence_text").asText()).contains("اتهمت إيران");
            assertThat(e.at("/article/id").asText()).isEqualTo(inventedId);
        });
        assertThat(usIran).hasSize(1);
        assertThat(conflict).isNotEmpty().allSatisfy(e -> assertThat(e.get("sign").asInt()).isEqualTo(-1));
        assertThat(asserted).isNotEmpty().allSatisfy(e -> assertThat(e.get("modality").asText()).isEqualTo("asserted"));
        assertThat(later).allSatisfy(e -> assertThat(e.get("day").asText()).isGreaterThanOrEqualTo("2026-03-03"));
        assertThat(inIraq).isNotEmpty().allSatisfy(e -> assertThat(e.get("location").asText()).isNotBlank());
        String key = accusations.get(0).get("id").asText();
        assertThat(json(server.get("/api/events/" + key)).get("type").asText()).isEqualTo("ACCUSE");
    }

    @Test
    void badParametersAreA400NamingTheParameter() throws Exception {
        List<String> bad = List.of("/api/events?from=March", "/api/events?sign=2", "/api/events?type=HUG",
                "/api/events?modality=maybe", "/api/events?limit=-3", "/api/events?other=IRN",
                "/api/graph?from=2026-05-01&to=2026-01-01", "/api/search", "/api/brief?lang=fr");
        for (String path : bad) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(json(r).get("error").asText()).as(path).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void anActorPageHasPartnersTiesAndATimeline() throws Exception {
        JsonNode usa = json(server.get("/api/actors/USA"));

        assertThat(usa.at("/actor/name/en").asText()).isEqualTo("United States");
        assertThat(usa.get("partners")).anySatisfy(p -> assertThat(p.at("/actor/id").asText()).isEqualTo("IRN"));
        assertThat(usa.get("timeline")).anySatisfy(m -> assertThat(m.get("month").asText()).isEqualTo("2026-03"));
        assertThat(json(server.get("/api/actors/SUDANI")).get("ties")).anySatisfy(
                t -> assertThat(t.get("kind").asText()).isEqualTo("leads"));
        assertThat(json(server.get("/api/actors?q=iran")).findValuesAsText("id")).contains("IRN");
        assertThat(server.get("/api/actors/NOBODY").statusCode()).isEqualTo(404);
    }

    @Test
    void theGraphHasTheContractShape() throws Exception {
        JsonNode graph = json(server.get("/api/graph"));

        assertThat(graph.get("nodes")).anySatisfy(n -> {
            assertThat(n.get("id").asText()).isEqualTo("USA");
            assertThat(n.at("/name/ar").asText()).isEqualTo("الولايات المتحدة");
            assertThat(n.has("kind") && n.has("bloc")).isTrue();
        });
        assertThat(graph.get("edges")).isNotEmpty().allSatisfy(e -> assertThat(e.fieldNames()).toIterable()
                .contains("source", "target", "sign", "weight", "cooperation", "conflict", "ambivalent", "events"));
        assertThat(json(server.get("/api/dyads/USA/IRN")).has("points")).isTrue();
        assertThat(json(server.get("/api/brief?lang=ar")).has("markdown")).isTrue();
        assertThat(json(server.get("/api/hotspots")).isArray()).isTrue();
    }

    @Test
    void searchFindsArabicWhateverTheSpelling() throws Exception {
        JsonNode hits = json(server.get("/api/search?q=" + java.net.URLEncoder.encode("ايران", StandardCharsets.UTF_8)));

        assertThat(hits).anySatisfy(h -> {
            assertThat(h.get("id").asText()).isEqualTo(inventedId);
            assertThat(h.get("snippet").asText()).contains("اتهمت إيران");
        });
    }

    @Test
    void placesComeWithCoordinates() throws Exception {
        JsonNode places = json(server.get("/api/places"));

        assertThat(places).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("lat").isNumber()).isTrue();
            assertThat(p.get("events").asLong()).isPositive();
        });
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/js/app.js", "/api/stats", "/api/nothing", "/webjars/leaflet/1.9.4/dist/leaflet.js")) {
            HttpResponse<String> r = server.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(csp.split("script-src")[1].split(";")[0]).as(path).doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(server.get("/api/nothing").statusCode()).isEqualTo(404);
        assertThat(json(server.get("/api/nothing")).get("error").asText()).contains("/api/nothing");
    }

    @Test
    void thePageHasNoInlineScript() throws Exception {
        String html = server.get("/").body();

        assertThat(html).containsPattern("<script src=\"/v/[0-9a-f]{12}/js/app.js\" type=\"module\">");
        for (String tag : html.split("<script")) {
            if (tag.startsWith(" src=") || !html.contains("<script")) {
                continue;
            }
            assertThat(tag).as("every script tag loads a file").satisfiesAnyOf(
                    t -> assertThat(t).startsWith(" src="), t -> assertThat(html.indexOf(t)).isZero());
        }
    }

    @Test
    void theAppsFilesAreKeptByBrowsersUnderTheVersionOfTheirContent() throws Exception {
        HttpResponse<String> page = server.get("/");
        String prefix = page.body().replaceAll("(?s).*<script src=\"(/v/[0-9a-f]{12})/js/app.js\".*", "$1");

        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<String> module = server.get(prefix + "/js/map.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        assertThat(server.get(prefix + "/messages.json").statusCode()).isEqualTo(200);
        assertThat(server.get("/v/000000000000/js/map.js").statusCode()).as("another version's files").isEqualTo(404);
        assertThat(server.get("/js/map.js").headers().firstValue("Cache-Control")).as("the unversioned path still works")
                .hasValue("no-cache");
        for (String climb : List.of("/../../openapi.json", "/..%2f..%2fopenapi.json", "/%2e%2e/%2e%2e/openapi.json")) {
            assertThat(rawGet(prefix + climb)).as(climb).doesNotContain("\"openapi\"");
        }
    }

    @Test
    void theLibrariesThePagesLoadAreServedAndKeptForGood() throws Exception {
        List<String> libraries = WebFiles.of(TahalufServer.WEB).libraries();

        // what the warm-up asks for, so that each is compressed once before a browser needs it
        assertThat(libraries).anyMatch(p -> p.contains("cytoscape")).anyMatch(p -> p.contains("echarts"))
                .anyMatch(p -> p.contains("leaflet"));
        for (String library : libraries) {
            HttpResponse<String> r = server.get(library);
            assertThat(r.statusCode()).as(library).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(library)
                    .hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        }
    }

    @Test
    void compressedFilesArriveWhole() throws Exception {
        String prefix = server.get("/").body().replaceAll("(?s).*<script src=\"(/v/[0-9a-f]{12})/js/app.js\".*", "$1");
        List<String> paths = new java.util.ArrayList<>(List.of(prefix + "/region.geojson", prefix + "/messages.json",
                prefix + "/js/map.js", prefix + "/css/app.css"));
        paths.addAll(WebFiles.of(TahalufServer.WEB).libraries());
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : paths) {
            for (int i = 0; i < 2; i++) { // the second answer may come from a kept compressed copy
                HttpResponse<byte[]> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path)))
                        .header("Accept-Encoding", "gzip").timeout(java.time.Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = r.body();
                if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                        body = in.readAllBytes();
                    }
                }
                try (var in = TahalufServer.class.getResourceAsStream(path.startsWith("/webjars/")
                        ? "/META-INF/resources" + path : TahalufServer.WEB + path.substring(prefix.length()))) {
                    assertThat(body).as(path).isEqualTo(in.readAllBytes());
                }
            }
        }
    }

    @Test
    void thePageAsksForEveryModuleAtOnce() throws Exception {
        String html = server.get("/").body();
        Path modules = Path.of(TahalufServer.class.getResource(TahalufServer.WEB + "/js").toURI());

        try (var files = java.nio.file.Files.list(modules)) {
            // a module missing here is found only when its importer has loaded: one more round trip
            files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("app.js"))
                    .forEach(name -> assertThat(html).as(name).containsPattern(
                            "<link rel=\"modulepreload\" href=\"/v/[0-9a-f]{12}/js/" + java.util.regex.Pattern.quote(name) + "\">"));
        }
    }

    @Test
    void staticFilesCannotBeReachedOutsideTheWebFolder() throws Exception {
        List<String> attempts = List.of("/../openapi.json", "/%2e%2e/openapi.json", "/..%2fopenapi.json",
                "/js/..%2f..%2fopenapi.json", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..\\..\\openapi.json",
                "/webjars/../../org/tahaluf/server/openapi.json", "/org/tahaluf/server/TahalufServer.class");
        for (String path : attempts) {
            String answer = rawGet(path);
            assertThat(answer).as(path).doesNotContain("\"openapi\"").doesNotContain("root:x:0:0")
                    .doesNotContain("\u00ca\u00fe\u00ba\u00be").doesNotContain("package org.tahaluf");
            assertThat(answer.lines().findFirst().orElse("")).as(path).doesNotContain(" 200 ");
        }
    }

    /** A request sent byte for byte, so that no client tidies the path first. */
    private static String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
