package org.tahaluf.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a job wrote under its output folder, read back for the tests. */
final class JobOutput {

    private JobOutput() {
    }

    /** The JSON lines of {@code analyses/}, sorted (the job writes them in no fixed order). */
    static List<String> analysisLines(Path output) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve(AnalyzeJob.ANALYSES))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.removeIf(String::isEmpty);
        lines.sort(null);
        return lines;
    }
}
