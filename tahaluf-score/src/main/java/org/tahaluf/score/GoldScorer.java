package org.tahaluf.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores one system analysis (the contract JSON) against one gold file, exactly as
 * {@code score_doc} of ../shared/eval/score.py does.
 *
 * <ul>
 *   <li>actors: required gold actors found; system actors that are some gold actor;</li>
 *   <li>dyads: every event and relation with a source or a target becomes (source, target, sign, type,
 *       location) in gold keys; a required gold event is found when one of them is accepted; system
 *       dyads are counted as distinct (source, target, sign), cooperation undirected;</li>
 *   <li>claims: a required claim is found when a system claim's speaker is one of its speakers and its
 *       text holds one of the gold phrases;</li>
 *   <li>threats: a required threat is found when a system threat names its actor, its place (in the
 *       texts or as the location key) and, where the gold gives one, its trend.</li>
 * </ul>
 */
public final class GoldScorer {

    /** One system dyad in gold keys; any field but the sign and type may be null. */
    private record Dyad(String source, String target, int sign, String type, String location) {
    }

    /** A gold event with its keys already grouped. */
    private record GoldEvent(JsonNode node, boolean required, Set<String> sources, Set<String> targets, double sign,
                             List<String> types, Set<String> locations) {

        boolean accepts(Dyad d) {
            if (sign != 0 && d.sign() != sign) {
                return false;
            }
            if (sign == 0 && !types.contains(d.type())) {
                return false;
            }
            if (sources.contains(d.source())
                    && (targets.contains(d.target()) || d.target() == null && locations.contains(d.location()))) {
                return true;
            }
            return sign == 1 && sources.contains(d.target()) && targets.contains(d.source()); // cooperation is undirected
        }
    }

    private GoldScorer() {
    }

    /** The counts of one document; with {@code verbose} non-null, what is missing and what is not in the gold. */
    public static Counts score(JsonNode gold, JsonNode system, PrintWriter verbose) {
        ActorMap amap = new ActorMap(gold, system);
        Set<String> goldKeys = new HashSet<>();
        List<String> requiredActors = new ArrayList<>();
        for (JsonNode a : Json.list(gold, "actors")) {
            goldKeys.add(Json.text(a, "key"));
            if (Json.truthy(a.get("required"))) {
                requiredActors.add(Json.text(a, "key"));
            }
        }
        Set<String> found = new HashSet<>();
        int sysOk = 0;
        for (String k : amap.byId().values()) {
            if (k != null && !k.isEmpty()) {
                found.add(k);
            }
            if (k != null && goldKeys.contains(k)) {
                sysOk++;
            }
        }
        List<String> missingActors = requiredActors.stream().filter(k -> !found.contains(k)).toList();

        Set<Dyad> dyads = dyads(system, amap);
        List<GoldEvent> goldEvents = new ArrayList<>();
        for (JsonNode e : Json.list(gold, "events")) {
            goldEvents.add(goldEvent(e, amap));
        }
        List<GoldEvent> required = goldEvents.stream().filter(GoldEvent::required).toList();
        List<GoldEvent> matched = required.stream().filter(e -> dyads.stream().anyMatch(e::accepts)).toList();
        Map<String, List<Dyad>> distinct = new LinkedHashMap<>();
        for (Dyad d : dyads) {
            distinct.computeIfAbsent(distinctKey(d), k -> new ArrayList<>()).add(d);
        }
        Set<String> ok = new HashSet<>();
        distinct.forEach((k, ds) -> {
            if (goldEvents.stream().anyMatch(e -> ds.stream().anyMatch(e::accepts))) {
                ok.add(k);
            }
        });

        List<JsonNode> requiredClaims = required(gold, "claims");
        List<JsonNode> claimHits = claimHits(system, amap, requiredClaims);
        List<JsonNode> requiredThreats = required(gold, "threats");
        List<JsonNode> threatHits = threatHits(system, amap, requiredThreats);

        if (verbose != null) {
            verbose.println("== " + (Json.text(gold, "document") == null ? "None" : Json.text(gold, "document")));
            verbose.println("  missing actors: " + PyRepr.strings(missingActors));
            verbose.println("  unmatched system actors: " + PyRepr.list(amap.unmatched().stream().map(GoldScorer::described).toList()));
            verbose.println("  missing events: " + PyRepr.list(required.stream().filter(e -> !matched.contains(e))
                    .map(e -> PyRepr.tuple(PyRepr.str(Json.text(e.node(), "id")), PyRepr.str(first60(Json.text(e.node(), "evidence")))))
                    .toList()));
            verbose.println("  dyads not in gold: " + PyRepr.strings(distinct.keySet().stream().filter(k -> !ok.contains(k)).sorted().toList()));
            verbose.println("  missing claims: " + PyRepr.strings(ids(requiredClaims, claimHits)));
            verbose.println("  missing threats: " + PyRepr.strings(ids(requiredThreats, threatHits)));
            verbose.flush();
        }
        return new Counts(requiredActors.size() - missingActors.size(), requiredActors.size(), amap.byId().size(), sysOk,
                matched.size(), required.size(), distinct.size(), ok.size(),
                claimHits.size(), requiredClaims.size(), threatHits.size(), requiredThreats.size());
    }

    /** Every event and relation with a source or a target, in gold keys. */
    private static Set<Dyad> dyads(JsonNode system, ActorMap amap) {
        Set<Dyad> dyads = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>(Json.list(system, "events"));
        items.addAll(Json.list(system, "relations"));
        for (JsonNode it : items) {
            String s = amap.key(it.get("source"));
            String t = amap.key(it.get("target"));
            String loc = amap.key(it.get("location"));
            if (loc == null) {
                loc = amap.byAlias(Json.text(it, "location_text"));
            }
            if (s == null && t == null) {
                continue;
            }
            String type = Json.firstTruthy(it, "type", "kind");
            dyads.add(new Dyad(s, t, signOf(it.get("sign")), type == null ? "" : type.toUpperCase(Locale.ROOT), loc));
        }
        return dyads;
    }

    /** score.py's distinct dyad, written as Python prints it: (s, t, sign), or ((a, b), 1) for cooperation. */
    private static String distinctKey(Dyad d) {
        if (d.sign() != 1) {
            return PyRepr.tuple(PyRepr.str(d.source()), PyRepr.str(d.target()), Integer.toString(d.sign()));
        }
        // str(None) is "None": an unknown side sorts as that word
        List<String> pair = new ArrayList<>(List.of(pyStr(d.source()), pyStr(d.target())));
        pair.sort(null);
        return PyRepr.tuple(PyRepr.tuple(PyRepr.str(pair.get(0)), PyRepr.str(pair.get(1))), "1");
    }

    private static String pyStr(String s) {
        return s == null ? "None" : s;
    }

    private static GoldEvent goldEvent(JsonNode e, ActorMap amap) {
        Set<String> sources = new HashSet<>();
        Json.texts(e, "source").forEach(k -> sources.add(amap.group(k)));
        Set<String> targets = new HashSet<>();
        Json.texts(e, "target").forEach(k -> targets.add(amap.group(k)));
        JsonNode sign = e.get("sign");
        return new GoldEvent(e, Json.truthy(e.get("required")), sources, targets, sign == null ? 0 : sign.asDouble(),
                Json.texts(e, "types"), new HashSet<>(Json.texts(e, "location")));
    }

    /** +1, -1 or 0 from a number (a boolean counts as 0 or 1, as in Python) or a word such as "conflict". */
    static int signOf(JsonNode s) {
        if (s == null) {
            return 0;
        }
        if (s.isBoolean()) {
            return s.asBoolean() ? 1 : 0;
        }
        if (s.isNumber()) {
            return (int) Math.signum(s.asDouble());
        }
        if (s.isTextual()) {
            return switch (s.asText().toLowerCase(Locale.ROOT)) {
                case "+", "positive", "cooperation" -> 1;
                case "-", "negative", "conflict" -> -1;
                default -> 0;
            };
        }
        return 0;
    }

    private static List<JsonNode> claimHits(JsonNode system, ActorMap amap, List<JsonNode> requiredClaims) {
        Map<String, String> sentences = new HashMap<>();
        for (JsonNode s : Json.list(system, "sentences")) {
            sentences.put(Json.text(s, "index"), Json.text(s, "text"));
        }
        record SystemClaim(String speaker, String text) {
        }
        List<SystemClaim> claims = new ArrayList<>();
        for (JsonNode c : Json.list(system, "claims")) {
            String text = Json.firstTruthy(c, "text", "content");
            if (text == null) {
                text = sentences.getOrDefault(Json.text(c, "sentence"), "");
            }
            String speaker = amap.key(c.get("speaker"));
            if (speaker == null) {
                speaker = amap.byAlias(Json.text(c, "speaker_text"));
            }
            claims.add(new SystemClaim(speaker, ScoreText.norm(text)));
        }
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode c : requiredClaims) {
            Set<String> speakers = new HashSet<>(Json.texts(c, "speaker"));
            Json.texts(c, "speaker").forEach(k -> speakers.add(amap.group(k)));
            List<String> phrases = Json.texts(c, "content_any").stream().map(ScoreText::norm).toList();
            if (claims.stream().anyMatch(sc -> speakers.contains(sc.speaker()) && phrases.stream().anyMatch(sc.text()::contains))) {
                hits.add(c);
            }
        }
        return hits;
    }

    private static List<JsonNode> threatHits(JsonNode system, ActorMap amap, List<JsonNode> requiredThreats) {
        record SystemThreat(String actor, String placeText, String placeKey, String trend) {
        }
        List<SystemThreat> threats = new ArrayList<>();
        for (JsonNode th : Json.list(system, "threats")) {
            List<String> texts = new ArrayList<>();
            for (String field : new String[] {"location_text", "text", "location"}) {
                if (Json.truthy(th.get(field))) {
                    texts.add(ScoreText.norm(Json.text(th, field)));
                }
            }
            String trend = Json.firstTruthy(th, "trend");
            threats.add(new SystemThreat(amap.key(th.get("actor")), String.join(" ", texts), amap.key(th.get("location")),
                    trend == null ? "" : trend.toLowerCase(Locale.ROOT)));
        }
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode t : requiredThreats) {
            List<String> actors = Json.texts(t, "actor");
            List<String> places = Json.texts(t, "location_any");
            List<String> placeForms = places.stream().map(ScoreText::norm).toList();
            String trend = Json.text(t, "trend");
            if (threats.stream().anyMatch(st -> actors.contains(st.actor())
                    && (placeForms.stream().anyMatch(st.placeText()::contains) || places.contains(st.placeKey()))
                    && (trend == null || trend.equals(st.trend())))) {
                hits.add(t);
            }
        }
        return hits;
    }

    private static List<JsonNode> required(JsonNode gold, String field) {
        return Json.list(gold, field).stream().filter(n -> Json.truthy(n.get("required"))).toList();
    }

    private static List<String> ids(List<JsonNode> required, List<JsonNode> hits) {
        return required.stream().filter(n -> !hits.contains(n)).map(n -> Json.text(n, "id")).toList();
    }

    /** (id, English name) of a system actor, for the verbose list of unmatched ones. */
    private static String described(JsonNode a) {
        JsonNode name = a.get("name");
        String en = name != null && name.isObject() ? Json.text(name, "en") : Json.text(name);
        return PyRepr.tuple(PyRepr.str(Json.text(a, "id")), PyRepr.str(en));
    }

    /** The first 60 characters (code points, as Python slices). */
    private static String first60(String s) {
        if (s == null) {
            return "";
        }
        return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 60));
    }
}
