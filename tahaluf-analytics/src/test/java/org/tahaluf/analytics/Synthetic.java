package org.tahaluf.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.EventType;

/** Synthetic event streams with known answers: invented actors A, B, C … and signals between them. */
final class Synthetic {

    private final List<Signal> signals = new ArrayList<>();
    private int next = 1;

    Synthetic cooperate(String a, String b, LocalDate day) {
        return add(a, b, +1, Intensity.standard().typeWeight(EventType.COOPERATE), day, EventType.COOPERATE);
    }

    Synthetic fight(String a, String b, LocalDate day) {
        return add(a, b, -1, Intensity.standard().typeWeight(EventType.ASSAULT), day, EventType.ASSAULT);
    }

    Synthetic add(String a, String b, int sign, double weight, LocalDate day, EventType type) {
        signals.add(new Signal("doc:e" + next++, a, b, sign, weight, day, type));
        return this;
    }

    List<Signal> signals() {
        return signals;
    }

    AllianceGraph graph() {
        Map<String, Actor> actors = new HashMap<>();
        for (Signal s : signals) {
            actors.putIfAbsent(s.a(), actor(s.a()));
            actors.putIfAbsent(s.b(), actor(s.b()));
        }
        return GraphBuilder.build(Window.all(), signals, actors, Map.of(), 0);
    }

    static Actor actor(String id) {
        return new Actor(id, "Actor " + id, null, ActorKind.ARMED_GROUP, null, null, null, true);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
