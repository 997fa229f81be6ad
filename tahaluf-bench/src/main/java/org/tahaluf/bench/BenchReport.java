package org.tahaluf.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run. The first keys are the contract's (../shared/CONTRACT.md):
 * <ul>
 *   <li>{@code tahaluf_docs_per_s}, {@code lucene_docs_per_s}: medians on all the articles, one thread;</li>
 *   <li>{@code corenlp_docs_per_s}: median on CoreNLP's subset, one thread;</li>
 *   <li>{@code ratio_vs_corenlp}: Tahaluf's over CoreNLP's articles/s, both timed on that subset;</li>
 *   <li>{@code ratio_vs_lucene}: Tahaluf's over Lucene's articles/s (below 1: Lucene is the floor);</li>
 *   <li>{@code peak_heap_mb}: peak heap while Tahaluf ran on all cores.</li>
 * </ul>
 * Per-phase minimum, median and maximum, words per second and the machine follow.
 */
public record BenchReport(int docs, long words, PhaseResult lucene, PhaseResult tahaluf, PhaseResult tahalufAllCores,
                          PhaseResult tahalufOnCorenlpDocs, PhaseResult corenlp, double tahalufLoadSeconds,
                          double corenlpLoadSeconds, BenchRunner.Settings settings, Machine machine) {

    public Double ratioVsCorenlp() {
        return corenlp == null ? null : tahalufOnCorenlpDocs.docsPerS().median() / corenlp.docsPerS().median();
    }

    public double ratioVsLucene() {
        return tahaluf.docsPerS().median() / lucene.docsPerS().median();
    }

    public List<PhaseResult> phases() {
        List<PhaseResult> out = new ArrayList<>(List.of(lucene, tahaluf, tahalufAllCores));
        if (corenlp != null) {
            out.add(tahalufOnCorenlpDocs);
            out.add(corenlp);
        }
        return out;
    }

    public ObjectNode toJson() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("tahaluf_docs_per_s", round(tahaluf.docsPerS().median()));
        if (corenlp == null) {
            o.putNull("corenlp_docs_per_s");
        } else {
            o.put("corenlp_docs_per_s", round(corenlp.docsPerS().median()));
        }
        o.put("lucene_docs_per_s", round(lucene.docsPerS().median()));
        if (corenlp == null) {
            o.putNull("ratio_vs_corenlp");
        } else {
            o.put("ratio_vs_corenlp", round(ratioVsCorenlp()));
        }
        o.put("ratio_vs_lucene", round4(ratioVsLucene()));
        o.put("peak_heap_mb", round(tahalufAllCores.peakHeapMb()));
        o.put("docs", docs);

        o.put("words", words);
        o.put("corenlp_docs", corenlp == null ? 0 : corenlp.docs());
        o.put("tahaluf_words_per_s", round(tahaluf.wordsPerS().median()));
        o.put("tahaluf_all_cores_docs_per_s", round(tahalufAllCores.docsPerS().median()));
        o.put("tahaluf_all_cores_words_per_s", round(tahalufAllCores.wordsPerS().median()));
        o.put("threads", tahalufAllCores.threads());
        o.put("tahaluf_docs_per_cpu_s", round(tahaluf.docsPerCpuS().median()));
        if (corenlp != null) {
            o.put("ratio_vs_corenlp_cpu", round(tahalufOnCorenlpDocs.docsPerCpuS().median() / corenlp.docsPerCpuS().median()));
        }
        o.put("tahaluf_load_s", round(tahalufLoadSeconds));
        o.put("corenlp_load_s", round(corenlpLoadSeconds));
        var phases = o.putArray("phases");
        for (PhaseResult p : phases()) {
            ObjectNode n = phases.addObject();
            n.put("name", p.name());
            n.put("contender", p.contender());
            n.put("docs", p.docs());
            n.put("words", p.words());
            n.put("threads", p.threads());
            stats(n.putObject("docs_per_s"), p.docsPerS());
            stats(n.putObject("words_per_s"), p.wordsPerS());
            stats(n.putObject("docs_per_cpu_s"), p.docsPerCpuS());
            n.put("peak_heap_mb", round(p.peakHeapMb()));
            n.put("gc_ms", p.gcMillis());
        }
        ObjectNode m = o.putObject("machine");
        m.put("cores", machine.cores());
        m.put("cpu", machine.cpu());
        m.put("java", machine.java());
        m.put("vm", machine.vm());
        m.put("os", machine.os());
        m.put("max_heap_mb", round(machine.maxHeapMb()));
        m.put("jvm_args", machine.jvmArgs());
        ObjectNode s = o.putObject("settings");
        s.put("repetitions", settings.repetitions());
        s.put("warmup_s", settings.warmup().toSeconds());
        s.put("min_repetition_s", settings.minRepetition().toMillis() / 1000.0);
        o.put("peak_heap_method", "sum of the heap memory pools' peak usage (MemoryPoolMXBean), reset after each phase's warm-up");
        return o;
    }

    private static void stats(ObjectNode n, Stats s) {
        n.put("min", round(s.min()));
        n.put("median", round(s.median()));
        n.put("max", round(s.max()));
    }

    /** Four decimals: the ratio to Lucene is far below 1. */
    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A readable table, the ratios, and the machine. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d articles, %,d words; median (min–max) of %d repetitions after %ds warm-up%n%n",
                docs, words, settings.repetitions(), settings.warmup().toSeconds()));
        b.append(String.format(Locale.ROOT, "%-40s %7s %8s %26s %12s %13s %9s %7s%n", "phase", "threads", "articles",
                "articles/s", "words/s", "art./CPU-s", "peak MiB", "GC ms"));
        for (PhaseResult p : phases()) {
            Stats d = p.docsPerS();
            b.append(String.format(Locale.ROOT, "%-40s %7d %8d %10.1f (%6.1f–%6.1f) %12.0f %13.1f %9.0f %7d%n",
                    p.name(), p.threads(), p.docs(), d.median(), d.min(), d.max(), p.wordsPerS().median(),
                    p.docsPerCpuS().median(), p.peakHeapMb(), p.gcMillis()));
        }
        b.append('\n');
        if (corenlp != null) {
            b.append(String.format(Locale.ROOT, "Tahaluf vs CoreNLP (same %d articles, 1 thread): %.0f× (%.0f× per CPU-second)%n",
                    corenlp.docs(), ratioVsCorenlp(),
                    tahalufOnCorenlpDocs.docsPerCpuS().median() / corenlp.docsPerCpuS().median()));
        }
        b.append(String.format(Locale.ROOT, "Tahaluf vs Lucene's floor (all articles, 1 thread): %.3f× (Lucene is %.1f× faster)%n",
                ratioVsLucene(), 1 / ratioVsLucene()));
        b.append(String.format(Locale.ROOT, "Tahaluf per core on %d threads: %.1f articles/s; peak heap on all cores: %.0f MiB%n",
                tahalufAllCores.threads(), tahalufAllCores.docsPerS().median() / tahalufAllCores.threads(),
                tahalufAllCores.peakHeapMb()));
        b.append(String.format(Locale.ROOT, "Loading: Tahaluf %.1f s, CoreNLP %.1f s (not in the figures)%n",
                tahalufLoadSeconds, corenlpLoadSeconds));
        b.append(String.format(Locale.ROOT, "Machine: %d cores%s, Java %s (%s), max heap %.0f MiB%n", machine.cores(),
                machine.cpu() == null ? "" : " (" + machine.cpu() + ")", machine.java(), machine.vm(), machine.maxHeapMb()));
        return b.toString();
    }
}
