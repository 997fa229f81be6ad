package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Modality;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf timeline A B}: the events between two actors over time, each with its sentence. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The events between two actors, by day, week or month, each with its article and sentence.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

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
        UnaryOperator<LocalDate> period = switch (by.toLowerCase(Locale.ROOT)) {
            case "day" -> d -> d;
            case "week" -> d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d -> d.withDayOfMonth(1);
            default -> null;
        };
        if (period == null) {
            System.err.println("tahaluf timeline: --by " + by + ": day, week or month");
            return 2;
        }
        try (Store s = store.open()) {
            List<Evidence> events = new java.util.ArrayList<>();
            s.forEachEvidence(EventQuery.all().between(a, b), events::add);
            Map<LocalDate, long[]> buckets = new TreeMap<>();
            for (Evidence ev : events) {
                if (ev.event().day() != null && ev.event().event().modality() != Modality.NEGATED) {
                    long[] counts = buckets.computeIfAbsent(period.apply(ev.event().day()), k -> new long[3]);
                    counts[ev.event().event().sign() + 1]++;
                }
            }
            if (format == TextOrJson.json) {
                ObjectNode out = AnalysisJson.mapper().createObjectNode().put("a", a).put("b", b).put("by", by);
                ArrayNode series = out.putArray("series");
                buckets.forEach((day, c) -> series.addObject().put("period", day.toString())
                        .put("cooperation", c[2]).put("conflict", c[0]).put("neutral", c[1]));
                ArrayNode list = out.putArray("events");
                events.forEach(ev -> list.add(StoreJson.evidence(ev)));
                System.out.println(out);
                return 0;
            }
            System.out.printf("%s — %s, by %s%n%n  %-10s %11s %8s %7s%n", a, b, by, "period", "cooperation", "conflict", "neutral");
            buckets.forEach((day, c) -> System.out.printf("  %-10s %11d %8d %7d%n", day, c[2], c[0], c[1]));
            System.out.println();
            for (Evidence ev : events) {
                var e = ev.event().event();
                System.out.printf("  %s  %s→%s %s %s [%s] %s%n    «%s»%n", ev.event().day(), e.source(), e.target(),
                        e.type(), e.sign() > 0 ? "+" : e.sign() < 0 ? "−" : "0", e.modality().code(), ev.event().key(),
                        ev.sentence() == null ? "" : ev.sentence().strip());
            }
            return 0;
        }
    }
}
