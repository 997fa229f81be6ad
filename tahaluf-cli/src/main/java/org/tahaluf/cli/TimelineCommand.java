package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tahaluf.analytics.Analytics;
import org.tahaluf.analytics.AnalyticsJson;
import org.tahaluf.analytics.DyadSeries;
import org.tahaluf.analytics.Period;
import org.tahaluf.analytics.Shift;
import org.tahaluf.core.Event;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tahaluf timeline A B}: two actors over time — weighted cooperation and conflict per period,
 * the shifts found, and every event with its sentence. A state includes its organs and officials.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Two actors over time: weighted cooperation and conflict by day, week or month, shifts, and each event with its sentence.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    WindowOptions window;

    @Parameters(index = "0", paramLabel = "A", description = "an actor id")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "another actor id")
    String b;

    @Option(names = "--by", defaultValue = "month", description = "day, week or month (default)")
    String by;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    TextOrJson format;

    @Override
    public Integer call() {
        Period period = Period.of(by);
        try (Store s = store.open()) {
            Analytics analytics = new Analytics(s);
            DyadSeries series = analytics.dyad(a, b, window.window(), period);
            List<Evidence> events = analytics.dyadEvents(a, b, window.window());
            if (format == TextOrJson.json) {
                ObjectNode out = AnalyticsJson.mapper().valueToTree(series);
                ArrayNode list = out.putArray("events");
                events.forEach(ev -> list.add(StoreJson.evidence(ev)));
                System.out.println(out);
                return 0;
            }
            System.out.printf("%s — %s, by %s (weighted evidence)%n%n  %-10s %11s %8s %7s%n", a, b, by, "period",
                    "cooperation", "conflict", "events");
            for (DyadSeries.Point p : series.points()) {
                System.out.printf("  %-10s %11.1f %8.1f %7d%n", p.start(), p.cooperation(), p.conflict(), p.events());
            }
            for (Shift shift : series.shifts()) {
                System.out.printf("%n  shift: %s at %s (%.1f before, %.1f after)%n", shift.kind(), shift.at(),
                        shift.before(), shift.after());
            }
            System.out.println();
            for (Evidence ev : events) {
                Event e = ev.event().event();
                System.out.printf("  %s  %s→%s %s %s [%s] %s%n    «%s»%n", ev.event().day(), e.source(), e.target(),
                        e.type(), e.sign() > 0 ? "+" : e.sign() < 0 ? "−" : "0", e.modality().code(), ev.event().key(),
                        ev.sentence() == null ? "" : ev.sentence().strip());
            }
            return 0;
        }
    }
}
