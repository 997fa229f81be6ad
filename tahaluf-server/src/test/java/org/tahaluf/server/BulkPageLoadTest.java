package org.tahaluf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/**
 * Page load times on a large store, in the browser: runs only when {@code TAHALUF_BULK_DB} names
 * one (e.g. the 30,177-article bulk corpus ingested with {@code tahaluf ingest}). Writes
 * {@code target/screenshots/bulk-page-load-ms.txt}: each page's time from navigation to rendered,
 * the first visit (cold) and the mean of three more (warm). Reports, asserts no time: a loaded
 * machine must not fail the build.
 *
 * <p>First the map is opened the moment the server has started, while its warm-up ({@link WarmUp})
 * still computes the default window: what a visitor arriving then waits. After the warm-up, with
 * the browser's cache emptied, each route is visited cold, then warm. Cold is the route's first
 * visit: the server has answered none of its API calls yet (bar the default window's map,
 * hotspots and brief, computed by the warm-up), and for the first route the browser's cache is
 * empty too; later routes find the files they share with earlier ones in it. Each route also shows what
 * its cold and its last warm visit waited for: the API calls, the files the browser still had to
 * ask the server for, and when the page was ready counted from navigation.
 */
class BulkPageLoadTest {

    /** What the page waited for, from the browser's own timings of its last load. */
    private static final String WAITED_FOR = """
            const resources = performance.getEntriesByType('resource');
            const api = resources.filter((e) => e.name.includes('/api/'));
            const files = resources.filter((e) => !e.name.includes('/api/'));
            const asked = files.filter((e) => e.transferSize > 0);
            const ready = performance.getEntriesByName('tahaluf-ready')[0];
            return 'api: ' + api.map((e) => e.name.replace(/^.*\\/api\\//, '') + ' ' + Math.round(e.duration) + ' ms').join(', ')
              + performance.getEntriesByType('measure').map((e) => '; ' + e.name + ' ' + Math.round(e.duration) + ' ms').join('')
              + '; files asked of the server: ' + asked.length + ' of ' + files.length
              + '; ready ' + (ready ? Math.round(ready.startTime) : '?') + ' ms after navigation';""";

    @Test
    void pagesLoadInUnderASecondOnTheBulkStore() throws Exception {
        String db = System.getenv("TAHALUF_BULK_DB");
        assumeTrue(db != null && !db.isBlank(), "TAHALUF_BULK_DB is not set");
        assumeTrue(Browser.available(), "no Chromium");
        List<String> lines = new ArrayList<>();
        try (Browser browser = new Browser();
             Store store = Stores.open(StoreLocation.parse(db))) {
            long starting = System.nanoTime();
            TahalufServer server = TahalufServer.start(new ServerSettings(store, RunningServer.PIPELINE,
                    new StoreAnalyses(store), null, "127.0.0.1", 0));
            try (server) {
                measure(server, store, browser, starting, lines);
            }
        }
        lines.add(0, "store\t" + db);
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("bulk-page-load-ms.txt"), lines);
        lines.forEach(System.out::println);
    }

    private static void measure(TahalufServer server, Store store, Browser browser, long starting, List<String> lines)
            throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        // a visitor arriving the moment the server has started: the default map's graph is still being computed
        long atStart = browser.open(base + "#/map");
        lines.add("/map the moment the server started\t" + atStart + " ms\t" + browser.script(WAITED_FOR));
        boolean warm = server.awaitWarmUp(java.time.Duration.ofMinutes(2));
        lines.add("warm-up " + (warm ? "over" : "still running") + " " + (System.nanoTime() - starting) / 1_000_000
                + " ms after the server was started; from here on, cold is the first visit after the warm-up");
        browser.forgetCachedFiles();
        String first = store.documents(0, 1).get(0).id();
        List<String> routes = List.of("/map", "/actor/USA", "/dyad/USA/IRN", "/documents", "/read/" + first,
                "/hotspots", "/brief", "/search?q=%D8%AF%D8%A7%D8%B9%D8%B4", "/ingest");
        lines.add("store\t" + store.stats());
        for (String route : routes) {
            long cold = browser.open(base + "#" + route);
            Object coldWaitedFor = browser.script(WAITED_FOR);
            long sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += browser.open(base + "#" + route);
            }
            assertThat(browser.driver.findElements(By.cssSelector("#page .error"))).as(route).isEmpty();
            browser.screenshot("bulk" + route.replaceAll("[^a-z]+", "-"));
            lines.add(route + "\tcold " + cold + " ms\twarm " + sum / 3 + " ms\n\tcold: " + coldWaitedFor
                    + "\n\twarm: " + browser.script(WAITED_FOR));
        }
    }
}
