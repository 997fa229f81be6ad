package org.tahaluf.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the system's actor ids to gold keys, as score.py does: by any name or alias, else by the
 * mentions' texts (the most voted key), else a non-person with a country falls back to that
 * country's state unless its sector is excluded there.
 */
final class ActorMap {

    private final JsonNode gold;
    /** actor_groups: a key counted as another for events; a null value keeps the key. */
    private final Map<String, String> groups = new HashMap<>();
    /** Normalized alias to gold key; the first actor to claim an alias keeps it. */
    private final Map<String, String> alias = new HashMap<>();
    /** System actor id to gold key (null: matched no gold actor), in the system's order. */
    private final Map<String, String> byId = new LinkedHashMap<>();
    private final List<JsonNode> unmatched = new ArrayList<>();

    ActorMap(JsonNode gold, JsonNode system) {
        this.gold = gold;
        JsonNode g = gold.get("actor_groups");
        if (g != null && g.isObject()) {
            g.fields().forEachRemaining(e -> groups.put(e.getKey(), Json.text(e.getValue())));
        }
        for (JsonNode actor : Json.list(gold, "actors")) {
            String key = Json.text(actor, "key");
            List<String> names = Json.texts(actor, "aliases");
            names.add(key);
            for (String a : names) {
                alias.putIfAbsent(ScoreText.norm(a), key);
            }
        }
        for (JsonNode sa : Json.list(system, "actors")) {
            String key = match(sa);
            byId.put(Json.text(sa, "id"), key);
            if (key == null) {
                unmatched.add(sa);
            }
        }
    }

    private List<String> names(JsonNode sa) {
        List<JsonNode> names = new ArrayList<>();
        for (String field : new String[] {"id", "wikidata", "label"}) {
            names.add(sa.get(field));
        }
        JsonNode name = sa.get("name");
        if (name != null && name.isObject()) {
            name.elements().forEachRemaining(names::add);
        } else if (Json.truthy(name)) {
            names.add(name);
        }
        names.addAll(Json.list(sa, "aliases"));
        List<String> out = new ArrayList<>();
        for (JsonNode n : names) {
            if (Json.truthy(n)) {
                out.add(Json.text(n));
            }
        }
        return out;
    }

    private String match(JsonNode sa) {
        for (String n : names(sa)) {
            String k = alias.get(ScoreText.norm(n));
            if (k != null) {
                return k;
            }
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (JsonNode m : Json.list(sa, "mentions")) {
            String k = alias.get(ScoreText.norm(Json.text(m, "text")));
            if (k != null && !k.isEmpty()) {
                votes.merge(k, 1, Integer::sum);
            }
        }
        if (!votes.isEmpty()) {
            // like Python's max over a dict: the first key with the most votes
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (v.getValue() > most) {
                    best = v.getKey();
                    most = v.getValue();
                }
            }
            return best;
        }
        String country = orEmpty(Json.firstTruthy(sa, "country")).toUpperCase(Locale.ROOT);
        String sector = orEmpty(Json.firstTruthy(sa, "sector")).toUpperCase(Locale.ROOT);
        String kind = orEmpty(Json.firstTruthy(sa, "kind")).toLowerCase(Locale.ROOT);
        if (!country.isEmpty() && !kind.equals("person")) {
            for (JsonNode actor : Json.list(gold, "actors")) {
                if (country.equals(Json.text(actor, "country")) && "state".equals(Json.text(actor, "kind"))) {
                    if (!sector.isEmpty() && excluded(actor, sector)) {
                        continue;
                    }
                    return Json.text(actor, "key");
                }
            }
        }
        return null;
    }

    private static boolean excluded(JsonNode actor, String sector) {
        for (String x : Json.texts(actor, "exclude_sectors")) {
            if (x != null && sector.startsWith(x)) {
                return true;
            }
        }
        return false;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The gold key (after grouping) of an actor reference: an id, an alias, or an object with "id" or "actor". */
    String key(JsonNode ref) {
        if (ref == null || ref.isNull() || ref.isMissingNode()) {
            return null;
        }
        String r;
        if (ref.isObject()) {
            JsonNode id = ref.get("id");
            r = Json.truthy(id) ? Json.text(id) : Json.text(ref, "actor");
        } else {
            r = Json.text(ref);
        }
        String k = byId.get(r);
        if (k == null && r != null) {
            k = alias.get(ScoreText.norm(r));
        }
        if (k != null && groups.get(k) != null) {
            return groups.get(k);
        }
        return k;
    }

    /** A gold key as events count it: its group when actor_groups names one, else itself. */
    String group(String k) {
        String g = groups.getOrDefault(k, k);
        return g != null ? g : k;
    }

    /** The gold key of a normalized alias, or null. */
    String byAlias(String text) {
        return alias.get(ScoreText.norm(text));
    }

    Map<String, String> byId() {
        return byId;
    }

    List<JsonNode> unmatched() {
        return unmatched;
    }
}
