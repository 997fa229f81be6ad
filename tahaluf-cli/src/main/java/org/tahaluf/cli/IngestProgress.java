package org.tahaluf.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tahaluf.store.Admission;

/**
 * Shows an ingest's progress on standard error: a bar over the input bytes (so the ETA holds for one
 * large compressed corpus as for many small files) with articles and articles/s beside it. Off a
 * terminal (logs, CI) a plain line every 30 seconds instead.
 */
final class IngestProgress implements Ingestion.Listener, AutoCloseable {

    private static final long LINE_EVERY_NANOS = 30_000_000_000L;

    private final ProgressBar bar;
    private final PrintStream log;
    private final long start = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private volatile long lastLine = start;

    private IngestProgress(ProgressBar bar, PrintStream log) {
        this.bar = bar;
        this.log = log;
    }

    static IngestProgress forConsole(long totalBytes) {
        if (System.console() == null) {
            return new IngestProgress(null, System.err);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(Math.max(1, totalBytes))
                .setUnit(" MiB", 1 << 20)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new IngestProgress(bar, null);
    }

    /** No output at all (tests, embedding). */
    static IngestProgress silent() {
        return new IngestProgress(null, null);
    }

    @Override
    public void bytes(long n) {
        long total = bytes.addAndGet(n);
        if (bar != null) {
            bar.stepTo(total);
        }
    }

    @Override
    public void admitted(Admission admission) {
        long n = articles.incrementAndGet();
        double seconds = (System.nanoTime() - start) / 1e9;
        String rate = String.format("%,d articles, %.0f/s", n, n / Math.max(seconds, 0.001));
        if (bar != null) {
            bar.setExtraMessage(rate);
        } else if (log != null && System.nanoTime() - lastLine > LINE_EVERY_NANOS) {
            lastLine = System.nanoTime();
            log.println("tahaluf ingest: " + rate + ", " + (bytes.get() >> 20) + " MiB read");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
