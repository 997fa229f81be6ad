package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Remembers the analytics' answers per window for a while: a graph or brief of a large store
 * takes seconds to compute and the same window is asked for again and again. Forgotten after
 * {@code lifetime} (another process may ingest into the same store) and whenever this server
 * stores an article. Answers are copied out, so callers cannot change what is kept. Requests for
 * an answer being computed wait for that computation instead of starting their own: under load
 * (many readers, frequent writes) one graph is computed at a time, not one per reader.
 */
final class CachedAnalyses implements Analyses {

    private static final int CAPACITY = 64;

    private record Entry(JsonNode value, long expires) {
    }

    private final Map<String, java.util.concurrent.CompletableFuture<JsonNode>> computing = new java.util.HashMap<>();
    private final Analyses analyses;
    /** Counts the store's changes: an answer computed across a change is returned but not kept. */
    private long generation;
    private final long lifetimeNanos;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    CachedAnalyses(Analyses analyses, Duration lifetime) {
        this.analyses = analyses;
        this.lifetimeNanos = lifetime.toNanos();
    }

    @Override
    public ObjectNode graph(LocalDate from, LocalDate to) {
        return (ObjectNode) cached("graph", from, to, () -> analyses.graph(from, to));
    }

    @Override
    public ObjectNode dyad(String a, String b, LocalDate from, LocalDate to) {
        return (ObjectNode) cached("dyad " + a + " " + b, from, to, () -> analyses.dyad(a, b, from, to));
    }

    @Override
    public JsonNode hotspots(LocalDate from, LocalDate to) {
        return cached("hotspots", from, to, () -> analyses.hotspots(from, to));
    }

    @Override
    public ObjectNode brief(LocalDate from, LocalDate to, String lang) {
        return (ObjectNode) cached("brief " + lang, from, to, () -> analyses.brief(from, to, lang));
    }

    @Override
    public Set<String> members(String node) {
        JsonNode ids = cached("members " + node, null, null, () -> {
            var array = ApiJson.array();
            analyses.members(node).stream().sorted().forEach(array::add);
            return array;
        });
        Set<String> out = new java.util.HashSet<>();
        ids.forEach(id -> out.add(id.asText()));
        return out;
    }

    /** Forgets every answer: the store has changed. */
    synchronized void clear() {
        entries.clear();
        generation++;
    }

    private JsonNode cached(String what, LocalDate from, LocalDate to, Supplier<JsonNode> compute) {
        String key = what + " " + from + " " + to;
        long now = System.nanoTime();
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.expires() - now > 0) {
                return e.value().deepCopy();
            }
        }
        java.util.concurrent.CompletableFuture<JsonNode> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<JsonNode> running;
        long started;
        synchronized (this) {
            running = computing.putIfAbsent(key, mine);
            started = generation;
        }
        if (running != null) {
            return running.join().deepCopy();
        }
        try {
            JsonNode value = compute.get();
            synchronized (this) {
                if (generation == started) {
                    entries.put(key, new Entry(value, now + lifetimeNanos));
                }
            }
            mine.complete(value);
            return value.deepCopy();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                computing.remove(key);
            }
        }
    }
}
