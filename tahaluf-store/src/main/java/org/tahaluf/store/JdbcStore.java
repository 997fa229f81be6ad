package org.tahaluf.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Claim;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Span;
import org.tahaluf.core.Threat;
import org.tahaluf.core.Trend;

/**
 * The store over JDBC. Both engines read and write with the same SQL (standard SQL plus
 * {@code ON CONFLICT}, which SQLite and PostgreSQL share); subclasses only tune connections.
 */
abstract class JdbcStore implements Store {

    private static final String MIGRATIONS = "classpath:org/tahaluf/store/migration/";

    private final StoreLocation location;
    private final HikariDataSource pool;

    JdbcStore(StoreLocation location, HikariConfig config) {
        this.location = location;
        config.setPoolName("tahaluf-store");
        config.setInitializationFailTimeout(-1);
        try {
            this.pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot open the store " + location + ": " + rootMessage(e), e);
        }
        migrate();
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS + "common", MIGRATIONS + location.engine().name().toLowerCase(Locale.ROOT))
                    .failOnMissingLocations(false)
                    .javaMigrations(new V10__Full_text_search())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot open the store " + location + ": " + rootMessage(e), e);
        }
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    /** Serialised: one writer at a time, one transaction per article. */
    @Override
    public synchronized Admission put(Analysis analysis) {
        String id = analysis.document().id();
        String hash = ContentHash.of(analysis.document().text());
        MinHash signature = MinHash.of(analysis.document().text());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Admission seen = alreadyStored(c, id, hash);
                if (seen != null) {
                    c.rollback();
                    return seen;
                }
                String duplicateOf = signature == null ? null : original(c, signature);
                new AnalysisRows(c).insert(analysis, hash, signature, duplicateOf);
                c.commit();
                return duplicateOf == null
                        ? new Admission(Admission.Outcome.STORED, id, null)
                        : new Admission(Admission.Outcome.NEAR_DUPLICATE, id, duplicateOf);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot store document " + id, e);
        }
    }

    private static Admission alreadyStored(Connection c, String id, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, content_hash FROM documents WHERE content_hash = ? OR id = ?")) {
            s.setString(1, hash);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                Admission conflict = null;
                while (r.next()) {
                    if (r.getString(2).equals(hash)) {
                        return new Admission(Admission.Outcome.ALREADY_STORED, r.getString(1), null);
                    }
                    conflict = new Admission(Admission.Outcome.ID_CONFLICT, id, null);
                }
                return conflict;
            }
        }
    }

    /** The first-stored story this text copies, or null: the most similar candidate above the threshold. */
    private static String original(Connection c, MinHash signature) throws SQLException {
        long[] buckets = signature.buckets();
        String sql = "SELECT DISTINCT d.id, d.signature, d.duplicate_of FROM document_buckets b"
                + " JOIN documents d ON d.id = b.document_id WHERE b.bucket IN (" + "?,".repeat(buckets.length - 1) + "?)";
        String best = null;
        double bestSimilarity = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < buckets.length; i++) {
                s.setLong(i + 1, buckets[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double similarity = signature.similarity(MinHash.decode(r.getString(2)));
                    String original = r.getString(3) == null ? r.getString(1) : r.getString(3);
                    boolean better = similarity > bestSimilarity
                            || similarity == bestSimilarity && best != null && original.compareTo(best) < 0;
                    if (similarity >= MinHash.THRESHOLD && better) {
                        best = original;
                        bestSimilarity = similarity;
                    }
                }
            }
        }
        return best;
    }

    @Override
    public Set<String> contentHashes() {
        Set<String> out = new HashSet<>();
        query("SELECT content_hash FROM documents", List.of(), r -> out.add(r.getString(1)));
        return out;
    }

    @Override
    public Stats stats() {
        long[] n = new long[6];
        query("""
                SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL),
                       (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims),
                       (SELECT COUNT(*) FROM threats)""", List.of(), r -> {
            for (int i = 0; i < n.length; i++) {
                n[i] = r.getLong(i + 1);
            }
        });
        return new Stats(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    @Override
    public long actorCount() {
        long[] n = new long[1];
        query("SELECT COUNT(*) FROM actors", List.of(), r -> n[0] = r.getLong(1));
        return n[0];
    }

    @Override
    public List<ActorSummary> actors(String match, int limit) {
        String pattern = "%" + (match == null ? "" : match.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        List<ActorSummary> out = new ArrayList<>();
        query("""
                SELECT a.*, COALESCE(m.documents, 0) AS documents, COALESCE(m.mentions, 0) AS mentions,
                       COALESCE(v.events, 0) AS events
                FROM actors a
                LEFT JOIN (SELECT actor_id, COUNT(DISTINCT document_id) AS documents, COUNT(*) AS mentions
                           FROM mentions GROUP BY actor_id) m ON m.actor_id = a.id
                LEFT JOIN (SELECT actor, COUNT(*) AS events FROM (SELECT source AS actor FROM events
                           UNION ALL SELECT target FROM events WHERE target IS NOT NULL) x GROUP BY actor) v
                       ON v.actor = a.id
                WHERE LOWER(a.id) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(a.name_en, '')) LIKE ? ESCAPE '\\'
                      OR COALESCE(a.name_ar, '') LIKE ? ESCAPE '\\'
                ORDER BY mentions DESC, a.id
                LIMIT ?""", List.of(pattern, pattern, pattern, limit <= 0 ? Integer.MAX_VALUE : limit),
                r -> out.add(new ActorSummary(actor(r), r.getLong("documents"), r.getLong("mentions"), r.getLong("events"))));
        return out;
    }

    @Override
    public Optional<Actor> actor(String id) {
        List<Actor> out = new ArrayList<>();
        query("SELECT * FROM actors WHERE id = ?", List.of(id), r -> out.add(actor(r)));
        return out.stream().findFirst();
    }

    @Override
    public List<Actor> allActors() {
        List<Actor> out = new ArrayList<>();
        query("SELECT * FROM actors", List.of(), r -> out.add(actor(r)));
        return out;
    }

    @Override
    public List<Partner> partners(String actorId) {
        List<Partner> out = new ArrayList<>();
        query("""
                SELECT a.*, x.cooperation, x.conflict, x.neutral, x.first_day, x.last_day
                FROM (SELECT other, SUM(CASE WHEN sign > 0 THEN 1 ELSE 0 END) AS cooperation,
                             SUM(CASE WHEN sign < 0 THEN 1 ELSE 0 END) AS conflict,
                             SUM(CASE WHEN sign = 0 THEN 1 ELSE 0 END) AS neutral,
                             MIN(day) AS first_day, MAX(day) AS last_day
                      FROM (SELECT CASE WHEN e.source = ? THEN e.target ELSE e.source END AS other, e.sign, e.day
                            FROM events e JOIN documents d ON d.id = e.document_id
                            WHERE (e.source = ? OR e.target = ?) AND e.target IS NOT NULL AND e.source <> e.target
                              AND d.duplicate_of IS NULL AND e.modality <> 'negated') y
                      GROUP BY other) x
                JOIN actors a ON a.id = x.other
                ORDER BY x.cooperation + x.conflict + x.neutral DESC, a.id""", List.of(actorId, actorId, actorId),
                r -> out.add(new Partner(actor(r), r.getLong("cooperation"), r.getLong("conflict"), r.getLong("neutral"),
                        EventRows.date(r.getString("first_day")), EventRows.date(r.getString("last_day")))));
        return out;
    }

    @Override
    public List<EventsInMonth> eventsPerMonth(String actorId) {
        List<EventsInMonth> out = new ArrayList<>();
        query("""
                SELECT SUBSTR(e.day, 1, 7) AS month, SUM(CASE WHEN e.sign > 0 THEN 1 ELSE 0 END) AS cooperation,
                       SUM(CASE WHEN e.sign < 0 THEN 1 ELSE 0 END) AS conflict,
                       SUM(CASE WHEN e.sign = 0 THEN 1 ELSE 0 END) AS neutral
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE (e.source = ? OR e.target = ?) AND e.day IS NOT NULL AND e.modality <> 'negated'
                  AND d.duplicate_of IS NULL
                GROUP BY SUBSTR(e.day, 1, 7)
                ORDER BY month""", List.of(actorId, actorId),
                r -> out.add(new EventsInMonth(r.getString("month"), r.getLong("cooperation"), r.getLong("conflict"),
                        r.getLong("neutral"))));
        return out;
    }

    @Override
    public List<StoredRelation> relations(String actorId) {
        List<StoredRelation> out = new ArrayList<>();
        query("""
                SELECT r.document_id, r.source, r.target, r.kind, r.sentence, s.content
                FROM relations r LEFT JOIN sentences s ON s.document_id = r.document_id AND s.idx = r.sentence
                WHERE r.source = ? OR r.target = ?
                ORDER BY r.document_id, r.idx""", List.of(actorId, actorId),
                r -> out.add(new StoredRelation(r.getString(1), r.getString(2), r.getString(3),
                        RelationKind.fromCode(r.getString(4)), r.getInt(5), r.getString(6))));
        return out;
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        List<StoredEvent> out = new ArrayList<>();
        forEachEvidence(query, e -> out.add(e.event()));
        return out;
    }

    @Override
    public void forEachEvidence(EventQuery query, Consumer<Evidence> sink) {
        stream(EventSql.of(query), sink);
    }

    private void stream(EventSql sql, Consumer<Evidence> sink) {
        try (Connection c = pool.getConnection()) {
            prepareForStreaming(c);
            try (PreparedStatement s = c.prepareStatement(sql.text())) {
                s.setFetchSize(1000);
                bind(s, sql.parameters());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(EventRows.evidence(r));
                    }
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read events", e);
        }
    }

    @Override
    public Optional<Evidence> evidence(String eventKey) {
        int colon = eventKey.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        List<Evidence> out = new ArrayList<>();
        query(EventSql.SELECT + " WHERE e.document_id = ? AND e.event_id = ?",
                List.of(eventKey.substring(0, colon), eventKey.substring(colon + 1)),
                r -> out.add(EventRows.evidence(r)));
        return out.stream().findFirst();
    }

    @Override
    public void forEachThreat(LocalDate from, LocalDate to, Consumer<StoredThreat> sink) {
        Window w = Window.of(from, to);
        query("SELECT t.*, d.published, d.title FROM threats t JOIN documents d ON d.id = t.document_id"
                + " WHERE d.duplicate_of IS NULL" + w.sql() + " ORDER BY d.published, t.document_id, t.idx", w.parameters(),
                r -> {
                    String trend = r.getString("trend");
                    Threat t = new Threat(r.getString("actor"), r.getString("location"), r.getString("location_text"),
                            trend == null ? null : Trend.fromCode(trend), r.getInt("sentence"), r.getString("content"));
                    sink.accept(new StoredThreat(r.getString("document_id"), t, EventRows.date(r.getString("published")),
                            r.getString("title")));
                });
    }

    @Override
    public void forEachClaim(LocalDate from, LocalDate to, Consumer<StoredClaim> sink) {
        Window w = Window.of(from, to);
        query("SELECT c.*, d.published, d.title FROM claims c JOIN documents d ON d.id = c.document_id"
                + " WHERE d.duplicate_of IS NULL" + w.sql() + " ORDER BY d.published, c.document_id, c.idx", w.parameters(),
                r -> {
                    int start = r.getInt("content_start");
                    Span content = r.wasNull() ? null : new Span(start, r.getInt("content_end"));
                    String events = r.getString("events");
                    Claim c = new Claim(r.getString("speaker"), r.getString("speaker_text"), r.getString("cue"),
                            r.getInt("sentence"), content, r.getString("content"),
                            events == null ? List.of() : List.of(events.split(",")));
                    sink.accept(new StoredClaim(r.getString("document_id"), r.getInt("idx"), c,
                            EventRows.date(r.getString("published")), r.getString("title")));
                });
    }

    @Override
    public List<StoredRelation> relations(RelationKind kind, LocalDate from, LocalDate to) {
        Window w = Window.of(from, to);
        List<Object> parameters = new ArrayList<>(List.of(kind.code()));
        parameters.addAll(w.parameters());
        List<StoredRelation> out = new ArrayList<>();
        query("SELECT r.document_id, r.source, r.target, r.kind, r.sentence, s.content"
                + " FROM relations r JOIN documents d ON d.id = r.document_id"
                + " LEFT JOIN sentences s ON s.document_id = r.document_id AND s.idx = r.sentence"
                + " WHERE r.kind = ? AND d.duplicate_of IS NULL" + w.sql() + " ORDER BY d.published, r.document_id, r.idx",
                parameters, r -> out.add(new StoredRelation(r.getString(1), r.getString(2), r.getString(3),
                        RelationKind.fromCode(r.getString(4)), r.getInt(5), r.getString(6))));
        return out;
    }

    /** Articles dated in a window: the SQL condition on {@code d.published} and its parameters. */
    private record Window(String sql, List<Object> parameters) {
        static Window of(LocalDate from, LocalDate to) {
            StringBuilder sql = new StringBuilder();
            List<Object> p = new ArrayList<>();
            if (from != null) {
                sql.append(" AND d.published >= ?");
                p.add(from.toString());
            }
            if (to != null) {
                sql.append(" AND d.published <= ?");
                p.add(to.toString());
            }
            return new Window(sql.toString(), p);
        }
    }

    /** Hook: what a connection needs before a long result set is streamed from it. */
    void prepareForStreaming(Connection c) throws SQLException {
    }

    @Override
    public void close() {
        pool.close();
    }

    /** One row of a query, read inside its result set. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    void query(String sql, List<?> parameters, RowReader rows) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.read(r);
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }

    static Actor actor(ResultSet r) throws SQLException {
        String sector = r.getString("sector");
        return new Actor(r.getString("id"), r.getString("name_en"), r.getString("name_ar"),
                ActorKind.fromCode(r.getString("kind")), r.getString("country"),
                sector == null ? null : Sector.valueOf(sector), r.getString("wikidata"), r.getBoolean("known"));
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + location + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    // ── The web app's queries: articles, full-text search, events by place ──

    /** Newest first by the index on {@code published} (NULLS LAST reads it; a CASE in the ORDER BY sorted every article). */
    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        List<DocumentSummary> out = new ArrayList<>();
        query("""
                SELECT d.id, d.title, d.language, d.published, d.source, d.duplicate_of,
                       (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events
                FROM documents d
                ORDER BY d.published DESC NULLS LAST, d.id
                LIMIT ? OFFSET ?""", List.of(limit <= 0 ? Integer.MAX_VALUE : limit, Math.max(0, offset)),
                r -> out.add(new DocumentSummary(r.getString(1), r.getString(2), r.getString(3),
                        EventRows.date(r.getString(4)), r.getString(5), r.getString(6), r.getLong(7))));
        return out;
    }

    @Override
    public Optional<StoredDocument> document(String id) {
        return new DocumentRows(this).read(id);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        List<String> words = SearchText.words(text == null ? "" : text);
        if (words.isEmpty()) {
            return List.of();
        }
        StoreLocation.Engine engine = location.engine();
        List<String[]> found = new ArrayList<>();
        query(SearchIndex.query(engine), SearchIndex.parameters(engine, words, limit <= 0 ? 20 : limit),
                r -> found.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)}));
        List<SearchHit> out = new ArrayList<>();
        for (String[] f : found) {
            out.add(new SearchHit(f[0], f[1], f[2], EventRows.date(f[3]), snippet(f[0], words)));
        }
        return out;
    }

    /** The first sentence of the article that holds a query word, compared after normalization. */
    private String snippet(String documentId, List<String> words) {
        List<String> sentences = new ArrayList<>();
        query("SELECT content FROM sentences WHERE document_id = ? ORDER BY idx", List.of(documentId),
                r -> sentences.add(r.getString(1)));
        for (String sentence : sentences) {
            List<String> sentenceWords = SearchText.words(sentence);
            if (words.stream().anyMatch(sentenceWords::contains)) {
                return sentence;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(0);
    }

    @Override
    public List<Evidence> eventsAt(Set<String> places, EventQuery query) {
        if (places.isEmpty()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        stream(EventSql.of(query, places), out::add);
        return out;
    }

    @Override
    public List<PlaceCount> placeCounts(LocalDate from, LocalDate to) {
        StringBuilder window = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (from != null) {
            window.append(" AND e.day >= ?");
            parameters.add(from.toString());
        }
        if (to != null) {
            window.append(" AND e.day <= ?");
            parameters.add(to.toString());
        }
        List<PlaceCount> out = new ArrayList<>();
        query("""
                SELECT e.location, COUNT(*), SUM(CASE WHEN e.sign > 0 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN e.sign < 0 THEN 1 ELSE 0 END)
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE e.location IS NOT NULL AND d.duplicate_of IS NULL AND e.modality <> 'negated'"""
                + window + " GROUP BY e.location ORDER BY COUNT(*) DESC, e.location", parameters,
                r -> out.add(new PlaceCount(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4))));
        return out;
    }

    @Override
    public DateRange publishedRange() {
        List<DateRange> out = new ArrayList<>();
        query("SELECT MIN(published), MAX(published) FROM documents", List.of(),
                r -> out.add(new DateRange(EventRows.date(r.getString(1)), EventRows.date(r.getString(2)))));
        return out.get(0);
    }
}
