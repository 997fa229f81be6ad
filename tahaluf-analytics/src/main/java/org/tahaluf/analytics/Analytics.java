package org.tahaluf.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;

/**
 * The alliance system behind a store: the signed graph of a window, a dyad over time, hotspots and
 * briefs. Events weigh by {@link Intensity}; negated events and copies of stored stories do not count.
 */
public final class Analytics {

    /** The default size of a map: the strongest actors of the window. */
    public static final int DEFAULT_MAX_NODES = 150;

    private final Store store;
    private final Folding folding;
    private final Intensity intensity;
    private final KnownActors actors;

    public Analytics(Store store) {
        this(store, Folding.STATE, Intensity.standard());
    }

    public Analytics(Store store, Folding folding, Intensity intensity) {
        this.store = store;
        this.folding = folding;
        this.intensity = intensity;
        this.actors = new KnownActors(store);
    }

    public AllianceGraph graph(Window window) {
        return graph(window, DEFAULT_MAX_NODES);
    }

    /** The graph of a window, keeping the {@code maxNodes} strongest actors (0: all). */
    public AllianceGraph graph(Window window, int maxNodes) {
        Map<String, Actor> actors = actors();
        WindowData data = WindowData.read(store, window, folding, actors);
        return GraphBuilder.build(window, signals(data.events(), actors), actors, data.mediations(), maxNodes);
    }

    public List<Hotspot> hotspots(Window window) {
        Map<String, Actor> actors = actors();
        WindowData now = WindowData.read(store, window, folding, actors);
        WindowData before = window.previous() == null ? null : WindowData.read(store, window.previous(), folding, actors);
        return hotspots(now, before, actors);
    }

    /** Two actors (each with what folds into it: a state's organs and officials) over time, with shifts. */
    public DyadSeries dyad(String a, String b, Window window, Period period) {
        Map<String, Actor> actors = actors();
        return DyadSeries.of(a, b, period, signals(dyadEvents(a, b, window, actors), actors));
    }

    /** The events between two actors (each with what folds into it), oldest first, with their evidence. */
    public List<Evidence> dyadEvents(String a, String b, Window window) {
        return dyadEvents(a, b, window, actors());
    }

    private List<Evidence> dyadEvents(String a, String b, Window window, Map<String, Actor> actors) {
        List<Evidence> events = new ArrayList<>();
        store.forEachEvidence(EventQuery.all().window(window.from(), window.to())
                .betweenGroups(members(a, actors), members(b, actors)), events::add);
        return events;
    }

    /** A brief of the window in English ("en") or Arabic ("ar"). */
    public Brief brief(Window window, String language) {
        Labels.Language lang = Labels.Language.of(language);
        Map<String, Actor> actors = actors();
        WindowData now = WindowData.read(store, window, folding, actors);
        WindowData before = window.previous() == null ? null : WindowData.read(store, window.previous(), folding, actors);
        List<Signal> signals = signals(now.events(), actors);
        AllianceGraph graph = GraphBuilder.build(window, signals, actors, now.mediations(), DEFAULT_MAX_NODES);
        List<Signal> previous = before == null ? List.of() : signals(before.events(), actors);
        return new BriefBuilder(lang, actors, folding).build(now, graph, signals, previous,
                hotspots(now, before, actors), claims(window));
    }

    private List<org.tahaluf.store.StoredClaim> claims(Window window) {
        List<org.tahaluf.store.StoredClaim> out = new ArrayList<>();
        store.forEachClaim(window.from(), window.to(), out::add);
        return out;
    }

    private List<Hotspot> hotspots(WindowData now, WindowData before, Map<String, Actor> actors) {
        return Hotspots.find(now.events(), now.threats(), before == null ? null : before.events(),
                before == null ? null : before.threats(), id -> folding.nodeOf(id, actors));
    }

    /** The events as signals between graph nodes: no target, one node on both ends, or no weight — no signal. */
    List<Signal> signals(List<Evidence> events, Map<String, Actor> actors) {
        List<Signal> out = new ArrayList<>();
        for (Evidence ev : events) {
            Event e = ev.event().event();
            if (e.target() == null) {
                continue;
            }
            String a = folding.nodeOf(e.source(), actors);
            String b = folding.nodeOf(e.target(), actors);
            double weight = intensity.weight(e.type(), e.modality());
            if (!a.equals(b) && weight > 0) {
                out.add(new Signal(ev.event().key(), a, b, e.sign(), weight, ev.event().day(), e.type()));
            }
        }
        return out;
    }

    private Set<String> members(String node, Map<String, Actor> actors) {
        Set<String> out = new HashSet<>();
        out.add(node);
        actors.keySet().stream().filter(id -> folding.nodeOf(id, actors).equals(node)).forEach(out::add);
        return out;
    }

    private Map<String, Actor> actors() {
        return actors.byId();
    }

    /** The actors a graph node stands for: itself and what folds into it (a state's organs and officials). */
    public Set<String> members(String node) {
        return members(node, actors());
    }
}
