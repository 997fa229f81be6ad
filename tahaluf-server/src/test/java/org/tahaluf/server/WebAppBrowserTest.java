package org.tahaluf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in real headless Chromium over a real server: the alliance map of the founding
 * article, its evidence, the reader, the Arabic layout, and markup in an article shown as text.
 * Screenshots go to {@code target/screenshots/}.
 */
class WebAppBrowserTest {

    private static final String TOKEN = "browser-test-token";

    @TempDir
    static Path folder;

    static RunningServer server;
    static Browser browser;
    static String foundingId;
    static String inventedId;
    static String hostileId;
    static final List<String> timings = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "no Chromium at /usr/bin/chromium with /usr/bin/chromedriver");
        server = new RunningServer(folder, TOKEN);
        foundingId = Articles.founding().map(text -> post(text, "2026-01-15")).orElse(null);
        inventedId = post(Articles.INVENTED, "2026-03-02");
        hostileId = post(Articles.HOSTILE, "2026-03-09");
        browser = new Browser();
    }

    private static String post(String text, String published) {
        try {
            HttpResponse<String> r = server.post("/api/documents", "application/json",
                    ApiJson.object().put("text", text).put("published", published).put("source", "test").toString(),
                    "Bearer " + TOKEN);
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
            return ApiJson.MAPPER.readTree(r.body()).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (!timings.isEmpty()) {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve("page-load-ms.txt"), timings);
        }
    }

    @AfterEach
    void backToEnglish() {
        browser.open(server.url("/#/documents"));
        browser.script("localStorage.setItem('tahaluf.lang', 'en')");
    }

    private long open(String route) {
        long ms = browser.open(server.url("/#" + route));
        timings.add(route + "\t" + ms);
        return ms;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> drawnEdges() {
        List<Map<String, Object>> edges = (List<Map<String, Object>>) browser.script(
                "return window.tahalufMap.edges().map(e => e.data())");
        Map<String, Map<String, Object>> byPair = new HashMap<>();
        for (Map<String, Object> e : edges) {
            byPair.put(e.get("source") + "~" + e.get("target"), e);
            byPair.put(e.get("target") + "~" + e.get("source"), e);
        }
        return byPair;
    }

    @Test
    void theMapShowsTheFoundingArticlesActorsWithTheRightSigns() throws Exception {
        assumeTrue(foundingId != null, "../shared/seed is not beside the project");
        open("/map");
        waitForGraph();

        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) browser.script("return window.tahalufMap.nodes().map(n => n.id())");
        Map<String, Map<String, Object>> edges = drawnEdges();
        browser.screenshot("map-founding-article");

        String syrianGovernment = syrianGovernment(nodes);
        assertThat(nodes).contains("USA", "ISIS", "IRQ", syrianGovernment, "SDF", "IRN_ALIGNED_MILITIAS");
        assertThat(sign(edges, "USA~ISIS")).isEqualTo(-1);
        assertThat(sign(edges, "USA~SDF")).isEqualTo(1);
        assertThat(sign(edges, "USA~" + syrianGovernment)).isEqualTo(1);
        assertThat(sign(edges, "USA~IRQ")).isEqualTo(1);
        assertThat(edges.get("USA~IRN_ALIGNED_MILITIAS")).as("confronted, yet fought beside: ambivalent")
                .containsEntry("ambivalent", 1L);
    }

    /** The node of the Syrian government: its own, or Syria's where the analytics fold a government into its state. */
    private static String syrianGovernment(List<String> nodes) {
        return nodes.contains("SYR_GOV") ? "SYR_GOV" : "SYR";
    }

    private static long sign(Map<String, Map<String, Object>> edges, String pair) {
        assertThat(edges).as("an edge " + pair).containsKey(pair);
        return ((Number) edges.get(pair).get("sign")).longValue();
    }

    private void waitForGraph() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.script("return !!window.tahalufMap && window.tahalufMap.nodes().length > 0")));
    }

    @Test
    void clickingTheUsSyrianGovernmentEdgeShowsItsEvidenceSentence() throws Exception {
        assumeTrue(foundingId != null, "../shared/seed is not beside the project");
        open("/map");
        waitForGraph();
        @SuppressWarnings("unchecked")
        String syria = syrianGovernment((List<String>) browser.script("return window.tahalufMap.nodes().map(n => n.id())"));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script("""
                const cy = window.tahalufMap;
                const e = cy.edges().filter(e =>
                    [e.data('source'), e.data('target')].sort().join() === [arguments[0], 'USA'].sort().join())[0];
                // a point on the edge that no node, label or other edge covers: what a person would click
                const s = e.source().position(), t = e.target().position();
                for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
                    const x = s.x + (t.x - s.x) * f, y = s.y + (t.y - s.y) * f;
                    const hit = cy.renderer().findNearestElement(x, y, true, false);
                    if (hit && hit.id() === e.id()) {
                        return {x: x * cy.zoom() + cy.pan().x, y: y * cy.zoom() + cy.pan().y};
                    }
                }
                const p = e.renderedMidpoint();
                return {x: p.x, y: p.y};""", syria);
        WebElement graph = browser.driver.findElement(By.id("graph"));
        // wholly in view: an action's offset counts from the centre of the element's visible part
        browser.script("arguments[0].scrollIntoView({block: 'center'})", graph);
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);

        new Actions(browser.driver).moveToElement(graph, dx, dy).click().perform();

        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#edge-evidence .sentence")).isEmpty());
        List<String> shown = browser.driver.findElements(By.cssSelector("#edge-evidence .sentence")).stream()
                .map(WebElement::getText).toList();
        JsonNode events = ApiJson.MAPPER.readTree(server.get("/api/events?fold=true&actor=USA&other=" + syria).body());
        browser.screenshot("map-edge-us-syrian-government");
        assertThat(events).isNotEmpty();
        assertThat(shown).contains(events.get(0).get("sentence_text").asText().strip());
        assertThat(browser.driver.findElement(By.cssSelector("#edge-panel h2")).getText())
                .contains("United States").contains("Syria");
    }

    @Test
    void theReaderHighlightsActorsInTheArabicText() throws Exception {
        String id = foundingId != null ? foundingId : inventedId;
        open("/read/" + id);

        WebElement reader = browser.driver.findElement(By.id("reader"));
        List<WebElement> usa = reader.findElements(By.cssSelector("mark.actor[data-actor='USA']"));
        browser.screenshot("reader-arabic-article");

        assertThat(reader.getAttribute("dir")).isEqualTo("rtl");
        assertThat(usa).isNotEmpty();
        assertThat(usa).extracting(WebElement::getText).contains("الولايات المتحدة");
        assertThat(reader.findElements(By.cssSelector("mark.trigger"))).isNotEmpty();
        assertThat(reader.findElements(By.cssSelector(".reader-events li"))).isNotEmpty();
        assertThat(browser.script("return getComputedStyle(arguments[0]).direction", reader)).isEqualTo("rtl");
    }

    @Test
    void switchingToArabicFlipsTheLayout() throws Exception {
        open("/map");
        waitForGraph();
        int width = browser.driver.findElement(By.tagName("body")).getRect().getWidth();
        int brandLeftToRight = browser.driver.findElement(By.className("brand")).getRect().getX();

        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitUntilReady();
        waitForGraph();
        browser.screenshot("map-arabic-interface");

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("خريطة التحالفات");
        assertThat(brandLeftToRight).isLessThan(width / 2);
        assertThat(browser.driver.findElement(By.className("brand")).getRect().getX()).isGreaterThan(width / 2);
        assertThat(browser.script("return document.fonts.check('16px \"Noto Sans Arabic\"', 'تحالف')")).isEqualTo(true);
    }

    @Test
    void markupInAnArticleIsShownAsTextAndNeverRuns() throws Exception {
        open("/read/" + hostileId);

        WebElement reader = browser.driver.findElement(By.id("reader"));
        browser.screenshot("reader-markup-as-text");

        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.getTitle()).isNotEqualTo("pwned");
        assertThat(reader.findElements(By.tagName("img"))).isEmpty();
        assertThat(reader.findElements(By.tagName("script"))).isEmpty();
        assertThat(reader.getText()).contains("<script>window.pwned = true;</script>").contains("onerror=");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("<script>");
    }

    @Test
    void everyPageRendersInBothLanguages() throws Exception {
        String[] routes = {"/actor/USA", "/dyad/USA/IRQ", "/documents", "/hotspots", "/brief",
            "/search?q=" + java.net.URLEncoder.encode("الولايات", java.nio.charset.StandardCharsets.UTF_8), "/ingest"};
        for (String lang : List.of("en", "ar")) {
            open("/documents");
            browser.script("localStorage.setItem('tahaluf.lang', arguments[0])", lang);
            for (String route : routes) {
                open(route);
                assertThat(browser.driver.findElements(By.cssSelector("#page .error"))).as(route).isEmpty();
                if (route.startsWith("/search")) {
                    assertThat(browser.driver.findElements(By.cssSelector("#results li a"))).as(route).isNotEmpty();
                }
                String name = route.substring(1).replaceAll("[^a-z]+", "-").replaceAll("-$", "");
                browser.screenshot("page-" + name + "-" + lang);
            }
        }
    }
}
