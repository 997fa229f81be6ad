package org.tahaluf.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six figures score.py prints, micro-averaged over documents, and its summary line.
 * With nothing to find (or nothing claimed) a ratio is 1: nothing was missed (or wrong).
 */
public record Metrics(int docs, Map<String, Double> values) {

    public static final List<String> NAMES = List.of("actor_recall", "actor_precision", "dyad_recall",
            "dyad_precision", "claim_recall", "threat_recall");

    public static Metrics of(int docs, Counts t) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("actor_recall", ratio(t.actorTp(), t.actorReq()));
        m.put("actor_precision", ratio(t.actorSysOk(), t.actorSys()));
        m.put("dyad_recall", ratio(t.dyadTp(), t.dyadReq()));
        m.put("dyad_precision", ratio(t.dyadSysOk(), t.dyadSys()));
        m.put("claim_recall", ratio(t.claimTp(), t.claimReq()));
        m.put("threat_recall", ratio(t.threatTp(), t.threatReq()));
        return new Metrics(docs, Map.copyOf(m));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    public double get(String name) {
        return values.getOrDefault(name, 0.0);
    }

    /** A requested minimum, {@code METRIC=VALUE}. */
    public record Minimum(String metric, String value) {

        /** Parses {@code METRIC=VALUE}; the message names the bad argument. */
        public static Minimum parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || eq != arg.lastIndexOf('=')) {
                throw new IllegalArgumentException("--min " + arg + ": expected METRIC=VALUE");
            }
            String value = arg.substring(eq + 1);
            try {
                Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--min " + arg + ": " + value + " is not a number");
            }
            return new Minimum(arg.substring(0, eq), value);
        }
    }

    /** The minimums not met, as score.py words them ({@code dyad_recall 0.42 < 0.6}). */
    public List<String> shortOf(List<Minimum> minimums) {
        List<String> out = new ArrayList<>();
        for (Minimum min : minimums) {
            double v = get(min.metric());
            if (v < Double.parseDouble(min.value())) {
                out.add(min.metric() + " " + twoPlaces(v) + " < " + min.value());
            }
        }
        return out;
    }

    /** The last line score.py prints: {@code docs=N actor_recall=0.95 ...}, and what falls short. */
    public String summary(List<Minimum> minimums) {
        StringBuilder line = new StringBuilder("docs=").append(docs);
        for (String name : NAMES) {
            line.append(' ').append(name).append('=').append(twoPlaces(values.get(name)));
        }
        List<String> shortfalls = shortOf(minimums);
        if (!shortfalls.isEmpty()) {
            line.append("  SHORT: ").append(String.join("; ", shortfalls));
        }
        return line.toString();
    }

    /**
     * Two decimals as Python's {@code :.2f} writes them: the exact binary value rounded half to even
     * (0.125 is "0.12"; Java's %.2f would write "0.13").
     */
    static String twoPlaces(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
