package org.tahaluf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark ran. */
public record Machine(int cores, String java, String vm, String os, String cpu, double maxHeapMb, String jvmArgs) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), cpuModel(),
                HeapWatch.maxHeapMb(), String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The processor's model name where Linux tells it, else null. */
    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: the model is only informative
        }
        return null;
    }
}
