package org.tahaluf.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.tahaluf.store.Admission;

/** What an ingest or a load did with its articles, counted as it goes (thread-safe). */
final class Tally {

    private final long start = System.nanoTime();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong nearDuplicates = new AtomicLong();
    private final AtomicLong alreadyStored = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong problems = new AtomicLong();

    void read() {
        read.incrementAndGet();
    }

    /** An article recognised as stored before the store was even asked. */
    void alreadyStored() {
        alreadyStored.incrementAndGet();
    }

    void problem() {
        problems.incrementAndGet();
    }

    /** Counts what the store did; true when it refused the article (another text under its id). */
    boolean admitted(Admission admission) {
        switch (admission.outcome()) {
            case STORED -> stored.incrementAndGet();
            case NEAR_DUPLICATE -> {
                stored.incrementAndGet();
                nearDuplicates.incrementAndGet();
            }
            case ALREADY_STORED -> alreadyStored.incrementAndGet();
            case ID_CONFLICT -> {
                conflicts.incrementAndGet();
                return true;
            }
        }
        return false;
    }

    Ingestion.Summary summary() {
        return new Ingestion.Summary(read.get(), stored.get(), nearDuplicates.get(), alreadyStored.get(), conflicts.get(),
                problems.get(), Duration.ofNanos(System.nanoTime() - start));
    }
}
