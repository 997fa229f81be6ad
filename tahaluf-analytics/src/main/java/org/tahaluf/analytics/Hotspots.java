package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Trend;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.StoredThreat;

/**
 * Places by violent events (attacks, coercion, hostile mobilization that is not denied) and threat
 * statements. The trend compares a place's count with the window before: rising when it grew by a
 * quarter and at least {@link #MIN_CHANGE}, falling when it shrank likewise, else stable.
 */
final class Hotspots {

    static final int MIN_CHANGE = 2;
    static final int LIMIT = 15;
    private static final Set<EventType> VIOLENT = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE);

    private Hotspots() {
    }

    /** Counts at one place. */
    private static final class Tally {
        final String placeText;
        final Set<String> actors = new LinkedHashSet<>();
        final List<Citation> evidence = new ArrayList<>();
        int violent;
        int threats;
        int statedRising;
        int statedFalling;

        Tally(String placeText) {
            this.placeText = placeText;
        }
    }

    static List<Hotspot> find(List<Evidence> events, List<StoredThreat> threats, List<Evidence> previousEvents,
                              List<StoredThreat> previousThreats, UnaryOperator<String> node) {
        Map<String, Tally> now = tally(events, threats, node);
        Map<String, Tally> before = previousEvents == null ? null : tally(previousEvents, previousThreats, node);
        List<Hotspot> out = new ArrayList<>();
        now.forEach((place, t) -> {
            Tally p = before == null ? null : before.get(place);
            Integer pv = before == null ? null : p == null ? 0 : p.violent;
            Integer pt = before == null ? null : p == null ? 0 : p.threats;
            Trend trend = before == null ? null : trend(pv + pt, t.violent + t.threats);
            Trend stated = t.statedRising > t.statedFalling ? Trend.RISING
                    : t.statedFalling > t.statedRising ? Trend.FALLING : null;
            out.add(new Hotspot(place.startsWith("text:") ? null : place, t.placeText, new ArrayList<>(t.actors),
                    t.violent, t.threats, pv, pt, trend, stated, t.evidence));
        });
        out.sort(Comparator.comparingInt((Hotspot h) -> -h.score())
                .thenComparing(h -> h.stated() == Trend.RISING ? 0 : 1)
                .thenComparing(h -> h.place() == null ? h.placeText() : h.place()));
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }

    static Trend trend(int before, int now) {
        if (now - before >= MIN_CHANGE && now >= before * 1.25) {
            return Trend.RISING;
        }
        if (before - now >= MIN_CHANGE && now <= before * 0.8) {
            return Trend.FALLING;
        }
        return Trend.STABLE;
    }

    private static Map<String, Tally> tally(List<Evidence> events, List<StoredThreat> threats, UnaryOperator<String> node) {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (Evidence ev : events) {
            Event e = ev.event().event();
            String place = place(e.location(), e.locationText());
            if (place == null || !VIOLENT.contains(e.type()) || e.sign() >= 0 || e.modality() == Modality.NEGATED) {
                continue;
            }
            Tally t = out.computeIfAbsent(place, k -> new Tally(e.locationText()));
            t.violent++;
            t.actors.add(node.apply(e.source()));
            t.evidence.add(new Citation(ev.event().documentId(), e.sentence(), ev.event().key()));
        }
        for (StoredThreat st : threats) {
            String place = place(st.threat().location(), st.threat().locationText());
            if (place == null) {
                continue;
            }
            Tally t = out.computeIfAbsent(place, k -> new Tally(st.threat().locationText()));
            t.threats++;
            t.actors.add(node.apply(st.threat().actor()));
            t.evidence.add(new Citation(st.documentId(), st.threat().sentence(), null));
            if (st.threat().trend() == Trend.RISING) {
                t.statedRising++;
            } else if (st.threat().trend() == Trend.FALLING) {
                t.statedFalling++;
            }
        }
        return out;
    }

    private static String place(String id, String text) {
        if (id != null) {
            return id;
        }
        return text == null || text.isBlank() ? null : "text:" + text.strip();
    }
}
