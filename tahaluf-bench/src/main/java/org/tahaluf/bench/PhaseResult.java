package org.tahaluf.bench;

import java.util.List;

/**
 * One contender timed on one set of articles: throughput of every repetition, and the heap and
 * garbage collection of the measured repetitions (warm-up excluded).
 *
 * @param name         what was measured, e.g. "tahaluf, 1 thread"
 * @param contender    tahaluf, corenlp or lucene
 * @param docs         articles in the set
 * @param words        words in the set
 * @param threads      threads processing articles at once
 * @param docsPerSecond articles per second of each repetition (wall-clock time)
 * @param docsPerCpuSecond articles per second of the JVM's CPU time, all its threads together (NaN where the JVM cannot tell)
 */
public record PhaseResult(String name, String contender, int docs, long words, int threads, List<Double> docsPerSecond,
                          List<Double> docsPerCpuSecond, double peakHeapMb, long gcMillis) {

    public Stats docsPerS() {
        return Stats.of(docsPerSecond);
    }

    public Stats docsPerCpuS() {
        return Stats.of(docsPerCpuSecond);
    }

    public Stats wordsPerS() {
        double wordsPerDoc = (double) words / docs;
        return Stats.of(docsPerSecond.stream().map(d -> d * wordsPerDoc).toList());
    }
}
