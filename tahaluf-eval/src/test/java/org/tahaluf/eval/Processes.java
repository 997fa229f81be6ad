package org.tahaluf.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the evaluation's own tools (python3 and ../shared/eval scripts) for the comparison tests. */
final class Processes {

    private Processes() {
    }

    static boolean pythonAvailable() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Standard output and error of a command, merged. */
    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }
}
