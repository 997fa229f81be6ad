package org.tahaluf.bench;

import org.tahaluf.core.Document;

/** One system timed by the benchmark: it processes one article and returns a count that proves the work was done. */
public interface Contender extends AutoCloseable {

    /** A short name for reports: "tahaluf", "corenlp", "lucene". */
    String name();

    /** Processes one article; the result (tokens, events…) is summed so the JIT cannot skip the work. */
    long process(Document document);

    /** Whether {@link #process} may be called from several threads at once. */
    default boolean threadSafe() {
        return false;
    }

    @Override
    default void close() {
    }
}
