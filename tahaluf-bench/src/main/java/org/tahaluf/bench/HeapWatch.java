package org.tahaluf.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap and garbage-collection time of one phase, from the JVM's own counters: the sum of the
 * heap memory pools' peak usage (eden, survivor, old), reset when the phase starts. The pools peak
 * at different moments, so the sum is an upper bound on the heap in use at any one time; no
 * sampling thread can miss a short peak.
 */
final class HeapWatch {

    private long gcMillisAtStart;

    /** Starts a phase: forgets earlier peaks. */
    void start() {
        System.gc(); // so that the phase does not inherit the previous phase's garbage
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        gcMillisAtStart = gcMillis();
    }

    /** The heap's peak since {@link #start}, in MiB. */
    double peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** Milliseconds spent collecting garbage since {@link #start}. */
    long gcMillisSinceStart() {
        return gcMillis() - gcMillisAtStart;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** The largest heap this JVM may use, in MiB. */
    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
