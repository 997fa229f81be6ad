package org.tahaluf.spark;

import org.tahaluf.coder.Pipeline;

/**
 * The analysis pipeline of this JVM, built on first use and shared by every task an executor runs.
 *
 * <p>Spark offers no per-executor set-up hook, and loading the lexicon for every partition would
 * repeat seconds of work; a {@link Pipeline} is immutable and thread-safe, so one per JVM is
 * enough. The holder class idiom lets the JVM's class initialisation do the locking.
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
