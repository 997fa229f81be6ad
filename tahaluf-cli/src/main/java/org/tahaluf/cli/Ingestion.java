package org.tahaluf.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.tahaluf.coder.Pipeline;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Document;
import org.tahaluf.store.Admission;
import org.tahaluf.store.ContentHash;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoreException;

/**
 * Reads articles, analyses them on all cores and stores them through a single writer, in input
 * order. Articles whose text is already stored are not analysed again; the queue between analysis
 * and writer is bounded, so memory stays flat however large the corpus.
 */
final class Ingestion {

    /** What an ingest did. */
    record Summary(long read, long stored, long nearDuplicates, long alreadyStored, long conflicts, long problems,
                   Duration took) {

        double articlesPerSecond() {
            return read / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    /** Follows an ingest: bytes read from the inputs, articles written. */
    interface Listener {
        void bytes(long n);

        void admitted(Admission admission);
    }

    private static final Future<Analysis> END = CompletableFuture.completedFuture(null);

    private final Pipeline pipeline;
    private final Store store;
    private final int threads;
    private final Listener listener;

    private final Tally tally = new Tally();
    private volatile StoreException writeFailure;

    Ingestion(Pipeline pipeline, Store store, int threads, Listener listener) {
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.listener = listener;
    }

    /**
     * Ingests every document of {@code files}; bad input goes to {@code report} (file and line) and
     * is skipped. A store that fails to write stops the ingest: what was written stays whole.
     */
    Summary run(List<Path> files, Consumer<String> report) {
        Set<String> known = store.contentHashes();
        BlockingQueue<Future<Analysis>> pending = new ArrayBlockingQueue<>(threads * 8);
        ExecutorService analysts = Executors.newFixedThreadPool(threads, daemon("tahaluf-analysis"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("tahaluf-writer"));
        Future<?> writing = writer.submit(() -> write(pending, report));
        DocumentReader reader = new DocumentReader(listener::bytes);
        Consumer<String> problem = p -> {
            tally.problem();
            report.accept(p);
        };
        try {
            for (Path file : files) {
                try {
                    reader.forEach(file.toString(), d -> {
                        tally.read();
                        if (!known.add(ContentHash.of(d.text()))) {
                            tally.alreadyStored();
                            return;
                        }
                        enqueue(pending, analysts.submit(() -> analyse(d)));
                    }, problem::accept);
                } catch (InputException e) {
                    problem.accept(e.getMessage());
                }
                if (writeFailure != null) {
                    break;
                }
            }
            enqueue(pending, END);
            waitFor(writing);
        } finally {
            analysts.shutdownNow();
            writer.shutdownNow();
        }
        if (writeFailure != null) {
            throw writeFailure;
        }
        return tally.summary();
    }

    private Analysis analyse(Document d) {
        try {
            return pipeline.analyze(d);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalStateException("document " + d.id() + ": analysis failed (" + e + ")", e);
        }
    }

    /** The single writer: takes analyses in input order, one transaction each. */
    private void write(BlockingQueue<Future<Analysis>> pending, Consumer<String> report) {
        try {
            for (Future<Analysis> next = pending.take(); next != END; next = pending.take()) {
                if (writeFailure != null) {
                    continue; // keep draining so the reader never blocks on a full queue
                }
                Analysis analysis;
                try {
                    analysis = next.get();
                } catch (ExecutionException e) {
                    tally.problem();
                    report.accept(e.getCause().getMessage());
                    continue;
                }
                try {
                    count(store.put(analysis), report);
                } catch (StoreException e) {
                    writeFailure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void count(Admission admission, Consumer<String> report) {
        if (tally.admitted(admission)) {
            report.accept("document " + admission.documentId() + ": another text is stored under this id; skipped");
        }
        listener.admitted(admission);
    }

    private void enqueue(BlockingQueue<Future<Analysis>> pending, Future<Analysis> f) {
        try {
            pending.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    private static void waitFor(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the writer failed: " + e.getCause(), e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
