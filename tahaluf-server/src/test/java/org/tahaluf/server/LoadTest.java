package org.tahaluf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahaluf.core.Document;
import org.tahaluf.core.Language;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreLocation;
import org.tahaluf.store.Stores;

/**
 * Concurrent readers and writers against a running server on loopback while another connection
 * ingests into the same store: no request may fail, and the server must stay responsive. Bounded
 * for the test run (12 clients, 8 s); {@code scripts/load-test} runs 50 clients for 60 s with
 * {@code -Dtahaluf.load.clients=50 -Dtahaluf.load.seconds=60}. Figures go to standard output.
 */
class LoadTest {

    private static final String TOKEN = "load-test-token-0123456789";
    private static final List<String> READS = List.of("/api/stats", "/api/graph", "/api/actors?q=USA",
            "/api/events?actor=USA", "/api/documents", "/api/search?q=%D8%AF%D8%A7%D8%B9%D8%B4", "/api/brief?lang=ar",
            "/api/hotspots", "/api/dyads/USA/IRN", "/api/openapi.json", "/");

    @TempDir
    Path folder;

    @Test
    void readersAndWritersDuringALargeIngestGetNoErrorsAndQuickAnswers() throws Exception {
        int clients = Integer.getInteger("tahaluf.load.clients", 12);
        long seconds = Long.getLong("tahaluf.load.seconds", 8);
        try (RunningServer running = new RunningServer(folder, TOKEN);
             Store ingestConnection = Stores.open(StoreLocation.sqlite(folder.resolve("tahaluf.db")))) {
            running.store.put(RunningServer.PIPELINE.analyze(new Document("seed", null, Articles.INVENTED, Language.AR,
                    java.time.LocalDate.of(2026, 3, 2), null, null, null)));
            AtomicInteger ingested = new AtomicInteger();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            Future<?> ingest = pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    ingestConnection.put(RunningServer.PIPELINE.analyze(article("ingest-" + i, i)));
                    ingested.incrementAndGet();
                }
            });
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> client(running, client, end, latencies, errors)));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            ingest.get();
            pool.shutdown();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("load: %d clients, %d s, %d requests (%.0f/s), %d errors, p50 %.0f ms, p99 %.0f ms, max %.0f ms,"
                            + " %d articles ingested meanwhile, heap used %d MiB of %d MiB%n",
                    clients, seconds, sorted.size(), sorted.size() / (double) seconds, errors.size(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), ingested.get(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            assertThat(errors).as("failed requests").isEmpty();
            assertThat(sorted).hasSizeGreaterThan(clients);
            assertThat(ingested.get()).as("the ingest went on meanwhile").isPositive();
            assertThat(percentile(sorted, 0.99)).as("p99 latency in ms").isLessThan(5_000);
        }
    }

    /** One client: reads in turn, and every tenth request writes an article with the token. */
    private static void client(RunningServer running, int client, long end, ConcurrentLinkedQueue<Long> latencies,
                               ConcurrentLinkedQueue<String> errors) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int n = 0; System.nanoTime() < end; n++) {
            HttpRequest request = n % 10 == 9
                    ? HttpRequest.newBuilder(URI.create(running.url("/api/documents")))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(article("c" + client + "-" + n, client * 1000 + n).text()))
                    .build()
                    : HttpRequest.newBuilder(URI.create(running.url(READS.get((client + n) % READS.size())))).GET().build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 300) {
                    errors.add(request.method() + " " + request.uri().getPath() + " → " + r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                errors.add(request.method() + " " + request.uri().getPath() + " → " + e);
            }
            latencies.add(System.nanoTime() - start);
        }
    }

    /** An invented article that differs from the others by its numbers, so each is stored. */
    private static Document article(String id, int n) {
        String text = "حصيلة جديدة رقم " + n + "\n\n" + Articles.INVENTED
                + "\nوقال مصدر أمني إن " + (n % 97 + 3) + " عنصرا من تنظيم داعش قتلوا في الغارة رقم " + n + ".\n";
        return new Document(id, null, text, Language.AR, java.time.LocalDate.of(2026, 3, 2).plusDays(n % 28), null, null, null);
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
