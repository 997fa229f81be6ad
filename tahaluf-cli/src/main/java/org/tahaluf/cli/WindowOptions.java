package org.tahaluf.cli;

import java.time.LocalDate;
import org.tahaluf.analytics.Window;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}: the days a command looks at, both included. */
final class WindowOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "from this day (default: the first)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "to this day, included (default: the last)")
    LocalDate to;

    Window window() {
        return new Window(from, to);
    }
}
