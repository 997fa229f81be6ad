package org.tahaluf.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.StoredClaim;
import org.tahaluf.store.StoredThreat;

/** Assembles a {@link Brief} from a window's data: picks the main lines and resolves names and sources. */
final class BriefBuilder {

    private static final int DYADS = 6;
    private static final int MOVES = 6;
    private static final int CLAIMS = 6;
    private static final int SHIFT_CANDIDATES = 20;
    private static final int CITES = 3;
    private static final int QUOTE = 220;
    private static final Set<EventType> MOVE_TYPES = EnumSet.of(EventType.RETREAT, EventType.MOBILIZE);

    private final Labels.Language lang;
    private final Map<String, Actor> actors;
    private final Folding folding;
    private final Map<String, Evidence> byKey = new HashMap<>();
    private final Map<String, Brief.Source> sources = new LinkedHashMap<>();
    private final Map<String, Brief.Source> known = new HashMap<>();
    private final Set<String> named = new java.util.TreeSet<>();

    BriefBuilder(Labels.Language lang, Map<String, Actor> actors, Folding folding) {
        this.lang = lang;
        this.actors = actors;
        this.folding = folding;
    }

    Brief build(WindowData now, AllianceGraph graph, List<Signal> signals, List<Signal> previous,
                List<Hotspot> hotspots, List<StoredClaim> claims) {
        for (Evidence ev : now.events()) {
            byKey.put(ev.event().key(), ev);
            known.putIfAbsent(ev.event().documentId(), new Brief.Source(0, ev.event().documentId(), ev.title(),
                    ev.source(), ev.published(), ev.url()));
        }
        for (StoredThreat t : now.threats()) {
            known.putIfAbsent(t.documentId(), new Brief.Source(0, t.documentId(), t.title(), null, t.day(), null));
        }
        for (StoredClaim c : claims) {
            known.putIfAbsent(c.documentId(), new Brief.Source(0, c.documentId(), c.title(), null, c.day(), null));
        }
        List<GraphEdge> edges = graph.edges();
        Map<String, List<Signal>> byPair = signals.stream().collect(Collectors.groupingBy(Signal::pairKey));
        List<Brief.DyadLine> cooperation = dyads(edges.stream().filter(e -> e.sign() > 0 && !e.ambivalent())
                .sorted(Comparator.comparingDouble(e -> -e.cooperation())).toList(), byPair);
        List<Brief.DyadLine> conflict = dyads(edges.stream().filter(e -> e.sign() < 0 && !e.ambivalent())
                .sorted(Comparator.comparingDouble(e -> -e.conflict())).toList(), byPair);
        List<Brief.DyadLine> ambivalent = dyads(edges.stream().filter(GraphEdge::ambivalent).toList(), byPair);
        List<Brief.EventLine> moves = moves(now.events());
        List<Brief.HotspotLine> hotspotLines = hotspots.stream().map(this::hotspot).toList();
        hotspots.forEach(h -> h.evidence().stream().limit(CITES).forEach(this::cite));
        List<Brief.ClaimLine> claimLines = claims(claims, signals);
        Set<String> documents = new LinkedHashSet<>();
        now.events().forEach(ev -> documents.add(ev.event().documentId()));
        now.threats().forEach(t -> documents.add(t.documentId()));
        claims.forEach(c -> documents.add(c.documentId()));
        return new Brief(now.window(), lang.name().toLowerCase(java.util.Locale.ROOT), documents.size(), now.events().size(),
                blocs(graph), cooperation, conflict, ambivalent, moves, shifts(graph, signals, previous, now.window()),
                hotspotLines, mediations(graph), claimLines, new ArrayList<>(sources.values()),
                named.stream().map(actors::get).filter(a -> a != null && a.kind() != org.tahaluf.core.ActorKind.LOCATION).toList());
    }

    private List<Brief.BlocLine> blocs(AllianceGraph graph) {
        Map<Integer, List<GraphNode>> byBloc = new TreeMap<>();
        graph.nodes().forEach(n -> byBloc.computeIfAbsent(n.bloc(), k -> new ArrayList<>()).add(n));
        List<Brief.BlocLine> out = new ArrayList<>();
        byBloc.forEach((bloc, members) -> {
            if (members.size() > 1) {
                List<GraphNode> top = members.stream().limit(8).toList();
                out.add(new Brief.BlocLine(bloc, top.stream().map(GraphNode::id).toList(),
                        top.stream().map(n -> name(n.id())).toList()));
            }
        });
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    private List<Brief.DyadLine> dyads(List<GraphEdge> edges, Map<String, List<Signal>> byPair) {
        List<Brief.DyadLine> out = new ArrayList<>();
        for (GraphEdge e : edges.stream().limit(DYADS).toList()) {
            List<Signal> evidence = byPair.getOrDefault(Pairs.key(e.source(), e.target()), List.of());
            Map<String, Integer> kinds = new TreeMap<>();
            evidence.stream().filter(s -> s.sign() != 0).forEach(s -> kinds.merge(Labels.type(s.type(), lang), 1, Integer::sum));
            List<String> kindList = kinds.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(k -> k.getValue() > 1 ? k.getKey() + " ×" + k.getValue() : k.getKey()).toList();
            List<Citation> cites = e.events().stream().limit(CITES).map(this::citeEvent).toList();
            out.add(new Brief.DyadLine(e.source(), e.target(), name(e.source()), name(e.target()), round(e.cooperation()),
                    round(e.conflict()), kindList, cites));
        }
        return out;
    }

    /** Moves of forces with a place, each (who, what, to whom, where) once. */
    private List<Brief.EventLine> moves(List<Evidence> events) {
        List<Brief.EventLine> out = new ArrayList<>();
        Set<List<String>> seen = new java.util.HashSet<>();
        for (Evidence ev : events) {
            Event e = ev.event().event();
            if (out.size() < MOVES && MOVE_TYPES.contains(e.type()) && e.modality() != Modality.NEGATED
                    && (e.location() != null || e.locationText() != null)
                    && seen.add(java.util.Arrays.asList(e.source(), e.type().name(), e.mode(), e.target(),
                            e.location() != null ? e.location() : e.locationText()))) {
                String target = e.target() == null ? null : folding.nodeOf(e.target(), actors);
                out.add(new Brief.EventLine(e.source(), name(e.source()), target, target == null ? null : name(target),
                        Labels.mode(e.mode(), e.type(), lang), place(e.location(), e.locationText()),
                        List.of(citeEvent(ev.event().key()))));
            }
        }
        return out;
    }

    private List<Brief.ShiftLine> shifts(AllianceGraph graph, List<Signal> signals, List<Signal> previous, Window window) {
        List<Brief.ShiftLine> out = new ArrayList<>();
        Map<String, List<Signal>> byPair = signals.stream().collect(Collectors.groupingBy(Signal::pairKey));
        Map<String, GraphEdge> before = new HashMap<>();
        GraphBuilder.edges(previous).forEach(e -> before.put(Pairs.key(e.source(), e.target()), e));
        Period period = period(signals);
        for (GraphEdge e : graph.edges().stream().limit(SHIFT_CANDIDATES).toList()) {
            String key = Pairs.key(e.source(), e.target());
            GraphEdge was = before.get(key);
            if (was != null && was.sign() != 0 && e.sign() != 0 && was.sign() != e.sign()) {
                out.add(new Brief.ShiftLine(new Shift(e.source(), e.target(), Shift.Kind.SIGN_FLIP, window.from(), was.sign(),
                        e.sign(), round(was.net()), round(e.net())), name(e.source()), name(e.target())));
                continue;
            }
            for (Shift s : DyadSeries.of(e.source(), e.target(), period, byPair.getOrDefault(key, List.of())).shifts()) {
                out.add(new Brief.ShiftLine(s, name(s.a()), name(s.b())));
            }
        }
        return out;
    }

    /** Weeks for a window up to two months long, months beyond. */
    private static Period period(List<Signal> signals) {
        LocalDate first = signals.stream().map(Signal::day).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        LocalDate last = signals.stream().map(Signal::day).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        return first == null || ChronoUnit.DAYS.between(first, last) <= 62 ? Period.WEEK : Period.MONTH;
    }

    private Brief.HotspotLine hotspot(Hotspot h) {
        return new Brief.HotspotLine(h, place(h.place(), h.placeText()), h.actors().stream().map(this::name).toList());
    }

    private List<Brief.MediationLine> mediations(AllianceGraph graph) {
        return graph.brokers().stream().filter(b -> !b.mediates().isEmpty())
                .map(b -> new Brief.MediationLine(b.actor(), name(b.actor()), b.mediates(),
                        b.mediates().stream().map(this::name).toList()))
                .toList();
    }

    private List<Brief.ClaimLine> claims(List<StoredClaim> claims, List<Signal> signals) {
        Map<String, Double> weight = new HashMap<>();
        signals.forEach(s -> weight.put(s.eventKey(), s.weight()));
        record Scored(StoredClaim claim, double score) {
        }
        return claims.stream()
                .filter(c -> c.claim().speaker() != null || c.claim().speakerText() != null)
                .map(c -> new Scored(c, c.claim().events().stream().mapToDouble(id -> weight.getOrDefault(c.documentId() + ":" + id, 0.0)).sum()
                        + (c.claim().speaker() != null ? 0.5 : 0)))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score()))
                .limit(CLAIMS)
                .map(s -> {
                    StoredClaim c = s.claim();
                    String speaker = c.claim().speaker();
                    String who = speaker != null ? name(speaker) : c.claim().speakerText();
                    String quote = c.claim().text().strip();
                    if (quote.length() > QUOTE) {
                        quote = quote.substring(0, QUOTE).strip() + "…";
                    }
                    return new Brief.ClaimLine(speaker, who, c.claim().cue(), quote,
                            cite(new Citation(c.documentId(), c.claim().sentence(), null)));
                })
                .toList();
    }

    private Citation citeEvent(String key) {
        Evidence ev = byKey.get(key);
        int colon = key.lastIndexOf(':');
        return cite(new Citation(key.substring(0, colon), ev == null ? -1 : ev.event().event().sentence(), key));
    }

    /** Registers the cited article as a numbered source. */
    private Citation cite(Citation c) {
        if (!sources.containsKey(c.documentId())) {
            Brief.Source s = known.getOrDefault(c.documentId(), new Brief.Source(0, c.documentId(), null, null, null, null));
            sources.put(c.documentId(), new Brief.Source(sources.size() + 1, s.documentId(), s.title(), s.outlet(),
                    s.published(), s.url()));
        }
        return c;
    }

    private String name(String id) {
        named.add(id);
        Actor a = actors.get(id);
        if (a == null) {
            return id;
        }
        String en = a.nameEn();
        String ar = a.nameAr();
        String preferred = lang == Labels.Language.AR ? ar : en;
        String other = lang == Labels.Language.AR ? en : ar;
        return preferred != null ? preferred : other != null ? other : id;
    }

    private String place(String id, String text) {
        return id != null && actors.containsKey(id) ? name(id) : text;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
