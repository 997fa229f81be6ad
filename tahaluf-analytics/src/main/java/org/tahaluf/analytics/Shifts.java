package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Change points in a dyad's series. A sign flip is the split where the net evidence before and
 * after have opposite signs, each at least {@link #FLIP_FLOOR}, and differ most. An intensity
 * jump is a period at least {@link #JUMP_FACTOR} times the mean of the periods before it (and at
 * least {@link #JUMP_FLOOR}): the first such period is reported.
 */
final class Shifts {

    static final double FLIP_FLOOR = 2.0;
    static final double JUMP_FACTOR = 3.0;
    static final double JUMP_FLOOR = 6.0;

    private Shifts() {
    }

    static List<Shift> detect(String a, String b, List<DyadSeries.Point> points) {
        List<Shift> out = new ArrayList<>();
        double total = points.stream().mapToDouble(DyadSeries.Point::net).sum();
        double before = 0;
        Shift flip = null;
        for (int k = 1; k < points.size(); k++) {
            before += points.get(k - 1).net();
            double after = total - before;
            if (Math.signum(before) * Math.signum(after) < 0 && Math.abs(before) >= FLIP_FLOOR
                    && Math.abs(after) >= FLIP_FLOOR
                    && (flip == null || Math.abs(before) + Math.abs(after) > Math.abs(flip.before()) + Math.abs(flip.after()))) {
                flip = new Shift(a, b, Shift.Kind.SIGN_FLIP, points.get(k).start(), (int) Math.signum(before),
                        (int) Math.signum(after), before, after);
            }
        }
        if (flip != null) {
            out.add(flip);
        }
        double sum = 0;
        for (int k = 0; k < points.size(); k++) {
            DyadSeries.Point p = points.get(k);
            if (k > 0) {
                double mean = sum / k;
                if (p.weight() >= JUMP_FLOOR && p.weight() >= JUMP_FACTOR * Math.max(mean, 1.0)) {
                    out.add(new Shift(a, b, Shift.Kind.INTENSITY_JUMP, p.start(), (int) Math.signum(mean),
                            (int) Math.signum(p.net()), mean, p.weight()));
                    break;
                }
            }
            sum += p.weight();
        }
        return out;
    }
}
