package org.tahaluf.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Cooperation and conflict between two actors per period, gaps included, with the shifts found in it. */
public record DyadSeries(String a, String b, Period period, List<Point> points, List<Shift> shifts) {

    /** One period: its first day, the weighted evidence on each side, the number of events. */
    public record Point(LocalDate start, double cooperation, double conflict, int events) {
        public double net() {
            return cooperation - conflict;
        }

        public double weight() {
            return cooperation + conflict;
        }
    }

    public DyadSeries {
        points = List.copyOf(points);
        shifts = List.copyOf(shifts);
    }

    /** The series of the signals between {@code a} and {@code b} (either direction); undated ones are left out. */
    public static DyadSeries of(String a, String b, Period period, List<Signal> signals) {
        TreeMap<LocalDate, Point> buckets = new TreeMap<>();
        for (Signal s : signals) {
            if (s.day() != null) {
                double cooperation = s.sign() > 0 ? s.weight() : 0;
                double conflict = s.sign() < 0 ? s.weight() : 0;
                buckets.merge(period.start(s.day()), new Point(period.start(s.day()), cooperation, conflict, 1),
                        (x, y) -> new Point(x.start(), x.cooperation() + y.cooperation(), x.conflict() + y.conflict(),
                                x.events() + y.events()));
            }
        }
        List<Point> points = new ArrayList<>();
        if (!buckets.isEmpty()) {
            for (LocalDate p = buckets.firstKey(); !p.isAfter(buckets.lastKey()); p = period.next(p)) {
                points.add(buckets.getOrDefault(p, new Point(p, 0, 0, 0)));
            }
        }
        return new DyadSeries(a, b, period, points, Shifts.detect(a, b, points));
    }
}
