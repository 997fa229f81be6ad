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
 * for what a first visit asks: the page and its files, then the map, places, hotspots and briefs of
 * the default window ({@link DefaultWindow}). The analytics of that window are then computed (and
 * cached) before anyone waits for them, and the code that answers — HTTP, static files,
 * compression, JSON — has been loaded and compiled: on the bulk store the first request of a fresh
 * server took 390 ms for the page alone, 140–200 ms for calls that take 10 once warm.
 * Only a head start: any failure is left for the real request to meet and report.
 */
final class WarmUp implements Runnable {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Store store;
    private final String base;
    private final String files;

    /**
     * @param host the interface the server listens on (null or a wildcard: this machine)
     * @param files where the page's versioned files are served ({@link WebFiles#prefix})
     */
    WarmUp(Store store, String host, int port, String files) {
        this.store = store;
        this.base = "http://" + reachable(host) + ":" + port;
        this.files = files;
    }

    static void startInBackground(WarmUp warmUp) {
        Thread t = new Thread(warmUp, "tahaluf-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    @Override
    public void run() {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : paths()) {
                http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a head start only: the visitor's own request computes what is missing and reports any error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a first visit asks, in its order: the page and its files first, as they are cheap and asked first. */
    List<String> paths() {
        DefaultWindow w = DefaultWindow.of(store.publishedRange());
        String window = w.from() == null ? "" : "from=" + w.from() + "&to=" + w.to();
        String query = window.isEmpty() ? "" : "?" + window;
        List<String> out = new ArrayList<>(List.of("/", files + "/js/app.js", files + "/js/map.js", files + "/css/app.css",
                files + "/messages.json", "/api/session", "/api/range", "/api/stats"));
        out.add("/api/graph" + query);
        out.add("/api/places" + query);
        out.add("/api/hotspots" + query);
        out.add("/api/brief?" + (window.isEmpty() ? "" : window + "&") + "lang=en");
        out.add("/api/brief?" + (window.isEmpty() ? "" : window + "&") + "lang=ar");
        return out;
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
