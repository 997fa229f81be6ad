package org.tahaluf.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Times a contender: a warm-up for the JIT, then repetitions, each at least one whole pass over
 * the articles and at least {@code minRepetition} long (short passes are repeated, so a fast
 * contender on a small set is not timed on a few milliseconds).
 */
final class Stopwatch {

    private final Duration warmup;
    private final int repetitions;
    private final Duration minRepetition;
    /** Where results go, so that no work is optimised away; read once at the end. */
    private final LongAdder sink = new LongAdder();

    Stopwatch(Duration warmup, int repetitions, Duration minRepetition) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("--repetitions must be at least 1");
        }
        this.warmup = warmup;
        this.repetitions = repetitions;
        this.minRepetition = minRepetition;
    }

    PhaseResult time(String name, Contender contender, Articles articles, int threads) {
        if (threads > 1 && !contender.threadSafe()) {
            throw new IllegalArgumentException(contender.name() + " cannot run on several threads");
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            HeapWatch heap = new HeapWatch();
            runFor(contender, articles, threads, pool, warmup);
            heap.start();
            List<Double> rates = new ArrayList<>();
            List<Double> cpuRates = new ArrayList<>();
            for (int r = 0; r < repetitions; r++) {
                long started = System.nanoTime();
                long cpuStarted = processCpuNanos();
                long docs = 0;
                do {
                    docs += pass(contender, articles, threads, pool);
                } while (System.nanoTime() - started < minRepetition.toNanos());
                rates.add(docs / ((System.nanoTime() - started) / 1e9));
                long cpu = processCpuNanos() - cpuStarted;
                cpuRates.add(cpu > 0 ? docs / (cpu / 1e9) : Double.NaN);
            }
            return new PhaseResult(name, contender.name(), articles.size(), articles.words(), threads, rates, cpuRates,
                    heap.peakMb(), heap.gcMillisSinceStart());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * CPU time of the whole JVM (every thread, the collector's and the compiler's too): on a machine
     * shared with other work, articles per CPU-second is steadier than articles per second.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    long checksum() {
        return sink.sum();
    }

    /** One pass over every article; returns the number processed. */
    private long pass(Contender contender, Articles articles, int threads, ExecutorService pool) {
        if (pool == null) {
            long s = 0;
            for (int i = 0; i < articles.size(); i++) {
                s += contender.process(articles.get(i));
            }
            sink.add(s);
            return articles.size();
        }
        AtomicLong next = new AtomicLong();
        runWorkers(threads, pool, () -> {
            long s = 0;
            for (long i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                s += contender.process(articles.get((int) i));
            }
            sink.add(s);
        });
        return articles.size();
    }

    /** Processes articles round and round, on every thread, until {@code time} has passed. */
    private void runFor(Contender contender, Articles articles, int threads, ExecutorService pool, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        AtomicLong next = new AtomicLong();
        Runnable worker = () -> {
            long s = 0;
            while (System.nanoTime() < deadline) {
                s += contender.process(articles.get((int) (next.getAndIncrement() % articles.size())));
            }
            sink.add(s);
        };
        if (pool == null) {
            worker.run();
        } else {
            runWorkers(threads, pool, worker);
        }
    }

    private static void runWorkers(int threads, ExecutorService pool, Runnable worker) {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(worker));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
