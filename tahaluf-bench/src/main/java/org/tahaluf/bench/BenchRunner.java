package org.tahaluf.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;
import org.tahaluf.coder.Pipeline;

/**
 * One benchmark run, every figure on the same articles in the same JVM: Lucene's floor, Tahaluf
 * on one thread and on all of them, then CoreNLP on an evenly spread subset, with Tahaluf timed
 * again on exactly that subset for the ratio. CoreNLP comes last so that its models do not weigh
 * on Tahaluf's heap figures.
 */
public final class BenchRunner {

    /**
     * @param corenlpDocs   articles for CoreNLP (0 leaves it out)
     * @param threads       threads for the all-cores run
     * @param minRepetition shortest repetition; short passes are repeated until it is reached
     */
    public record Settings(int corenlpDocs, int repetitions, Duration warmup, Duration minRepetition, int threads) {

        public Settings {
            if (corenlpDocs < 0 || repetitions < 1 || threads < 1 || warmup.isNegative() || minRepetition.isNegative()) {
                throw new IllegalArgumentException("--corenlp-docs must be 0 or more, --repetitions and --threads at least 1");
            }
        }
    }

    private final Settings settings;
    private final Supplier<Pipeline> tahaluf;
    private final Supplier<Contender> corenlp;
    private final PrintStream progress;

    public BenchRunner(Settings settings, Supplier<Pipeline> tahaluf, Supplier<Contender> corenlp, PrintStream progress) {
        this.settings = settings;
        this.tahaluf = tahaluf;
        this.corenlp = corenlp;
        this.progress = progress;
    }

    public BenchReport run(Articles articles) {
        Stopwatch watch = new Stopwatch(settings.warmup(), settings.repetitions(), settings.minRepetition());
        say("%d articles, %d words; %d repetitions after %ds of warm-up each", articles.size(), articles.words(),
                settings.repetitions(), settings.warmup().toSeconds());

        PhaseResult lucene;
        try (Contender c = new LuceneContender()) {
            lucene = timed(watch, "lucene ArabicAnalyzer, 1 thread", c, articles, 1);
        }
        long started = System.nanoTime();
        Contender t = new TahalufContender(tahaluf.get());
        double tahalufLoad = (System.nanoTime() - started) / 1e9;
        PhaseResult single = timed(watch, "tahaluf, 1 thread", t, articles, 1);
        PhaseResult allCores = timed(watch, "tahaluf, " + settings.threads() + " threads", t, articles, settings.threads());

        PhaseResult subset = null;
        PhaseResult core = null;
        double corenlpLoad = 0;
        if (settings.corenlpDocs() > 0) {
            Articles few = articles.spread(settings.corenlpDocs());
            subset = timed(watch, "tahaluf, 1 thread, CoreNLP's articles", t, few, 1);
            say("loading Stanford CoreNLP's Arabic models…");
            started = System.nanoTime();
            try (Contender c = corenlp.get()) {
                corenlpLoad = (System.nanoTime() - started) / 1e9;
                core = timed(watch, "corenlp tokenize,ssplit,pos, 1 thread", c, few, 1);
            }
        }
        say("done (checksum %d)", watch.checksum());
        return new BenchReport(articles.size(), articles.words(), lucene, single, allCores, subset, core,
                tahalufLoad, corenlpLoad, settings, Machine.current());
    }

    private PhaseResult timed(Stopwatch watch, String name, Contender c, Articles articles, int threads) {
        say("%s on %d articles…", name, articles.size());
        PhaseResult r = watch.time(name, c, articles, threads);
        Stats s = r.docsPerS();
        say("  %.1f articles/s (min %.1f, max %.1f), peak heap %.0f MiB", s.median(), s.min(), s.max(), r.peakHeapMb());
        return r;
    }

    private void say(String format, Object... args) {
        progress.println("bench: " + String.format(format, args));
        progress.flush();
    }
}
