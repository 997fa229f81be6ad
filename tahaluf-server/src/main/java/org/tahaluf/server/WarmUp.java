package org.tahaluf.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tahaluf.store.Store;

/**
 * Readies a started server for its first visitor, in the background, by asking itself over HTTP
 * for what a first visit asks: the page and its files, and the map, places, hotspots and briefs of
 * the default window ({@link DefaultWindow}). The analytics of that window are then computed (and
 * cached) before anyone waits for them, and the code that answers — HTTP, static files,
 * compression, JSON — has been loaded and compiled: on the bulk store the first request of a fresh
 * server took 390 ms for the page alone, 140–200 ms for calls that take 10 once warm. The page and
 * the analytics are asked for at the same time, by two threads: the analytics take seconds on a
 * fresh server, the page must not wait for them.
 * Only a head start: any failure is left for the real request to meet and report.
 */
final class WarmUp {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Store store;
    private final String base;
    private final WebFiles web;
    private final List<Thread> threads = new ArrayList<>();

    /** @param host the interface the server listens on (null or a wildcard: this machine) */
    WarmUp(Store store, String host, int port, WebFiles web) {
        this.store = store;
        this.base = "http://" + reachable(host) + ":" + port;
        this.web = web;
    }

    /** Starts asking, in daemon threads of the lowest priority. */
    WarmUp start() {
        threads.add(ask("tahaluf-warm-up-page", this::page));
        threads.add(ask("tahaluf-warm-up-analyses", this::defaultWindow));
        return this;
    }

    /** Waits until the warm-up is over, at most {@code patience}; true when it is. */
    boolean await(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private Thread ask(String name, java.util.function.Supplier<List<String>> paths) {
        Thread t = new Thread(() -> get(paths), name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    private void get(java.util.function.Supplier<List<String>> paths) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : paths.get()) {
                http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a head start only: the visitor's own request computes what is missing and reports any error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The page, its first files and the calls every page makes, in the order a browser asks for
     * them; then the chart and map libraries, which are compressed once and kept from then on.
     */
    List<String> page() {
        String files = web.prefix();
        List<String> out = new ArrayList<>(List.of("/", files + "/js/app.js", files + "/js/map.js", files + "/css/app.css",
                files + "/messages.json", "/api/session", "/api/range", "/api/stats"));
        out.addAll(web.libraries());
        return out;
    }

    /** The analytics of the default window, the map's first. */
    List<String> defaultWindow() {
        DefaultWindow w = DefaultWindow.of(store.publishedRange());
        String window = w.from() == null ? "" : "from=" + w.from() + "&to=" + w.to();
        String query = window.isEmpty() ? "" : "?" + window;
        String and = window.isEmpty() ? "" : window + "&";
        return List.of("/api/graph" + query, "/api/places" + query, "/api/hotspots" + query,
                "/api/brief?" + and + "lang=en", "/api/brief?" + and + "lang=ar");
    }

    /** A host name for this machine's own requests: the loopback address when the server listens on all. */
    private static String reachable(String host) {
        if (host == null || host.isBlank()) {
            return "127.0.0.1";
        }
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) {
                return "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            return host;
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
