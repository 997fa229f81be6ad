package org.tahaluf.store;

import java.time.LocalDate;
import java.util.Set;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;

/**
 * Which events to read. {@code actor} matches either side; with {@code other} too, only events
 * between the two (either direction). {@code actors} and {@code others} do the same for groups of
 * actors (a state with its organs and officials). Copies of stories already stored are left out
 * unless {@code withDuplicates}. Null fields do not filter; {@code limit} 0 reads all.
 */
public record EventQuery(String actor, String other, LocalDate from, LocalDate to, EventType type, Integer sign,
                         Modality modality, boolean withDuplicates, int limit, Set<String> actors, Set<String> others) {

    public EventQuery(String actor, String other, LocalDate from, LocalDate to, EventType type, Integer sign,
                      Modality modality, boolean withDuplicates, int limit) {
        this(actor, other, from, to, type, sign, modality, withDuplicates, limit, null, null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, false, 0);
    }

    /** Events between any actor of one group and any of the other, either direction. */
    public EventQuery betweenGroups(Set<String> a, Set<String> b) {
        return new EventQuery(null, null, from, to, type, sign, modality, withDuplicates, limit, Set.copyOf(a), Set.copyOf(b));
    }

    public EventQuery between(String a, String b) {
        return new EventQuery(a, b, from, to, type, sign, modality, withDuplicates, limit, actors, others);
    }

    public EventQuery involving(String a) {
        return new EventQuery(a, null, from, to, type, sign, modality, withDuplicates, limit, actors, others);
    }

    public EventQuery window(LocalDate start, LocalDate end) {
        return new EventQuery(actor, other, start, end, type, sign, modality, withDuplicates, limit, actors, others);
    }

    public EventQuery withDuplicates(boolean include) {
        return new EventQuery(actor, other, from, to, type, sign, modality, include, limit, actors, others);
    }

    public EventQuery limit(int n) {
        return new EventQuery(actor, other, from, to, type, sign, modality, withDuplicates, n, actors, others);
    }
}
