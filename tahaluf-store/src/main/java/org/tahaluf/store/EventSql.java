package org.tahaluf.store;

import java.util.ArrayList;
import java.util.List;

/** The SQL of an {@link EventQuery}: every filter a bound parameter, never spliced text. */
record EventSql(String text, List<Object> parameters) {

    /** Events with their article and sentence: what {@link EventRows#evidence} reads. */
    static final String SELECT = "SELECT " + EventRows.COLUMNS + """
            , d.title, d.source AS document_source, d.url, d.published, d.language, s.content AS sentence_text
            FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence""";

    static EventSql of(EventQuery q) {
        return of(q, java.util.Set.of());
    }

    /** Events matching the query that are located at one of {@code places} (any place when empty). */
    static EventSql of(EventQuery q, java.util.Set<String> places) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (q.actor() != null && q.other() != null) {
            where.append(" AND ((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))");
            p.addAll(List.of(q.actor(), q.other(), q.other(), q.actor()));
        } else if (q.actor() != null) {
            where.append(" AND (e.source = ? OR e.target = ?)");
            p.addAll(List.of(q.actor(), q.actor()));
        }
        if (q.actors() != null && q.others() != null) {
            String a = placeholders(q.actors().size());
            String b = placeholders(q.others().size());
            where.append(" AND ((e.source IN ").append(a).append(" AND e.target IN ").append(b)
                    .append(") OR (e.source IN ").append(b).append(" AND e.target IN ").append(a).append("))");
            p.addAll(q.actors());
            p.addAll(q.others());
            p.addAll(q.others());
            p.addAll(q.actors());
        }
        if (q.from() != null) {
            where.append(" AND e.day >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            where.append(" AND e.day <= ?");
            p.add(q.to().toString());
        }
        if (q.type() != null) {
            where.append(" AND e.type = ?");
            p.add(q.type().name());
        }
        if (q.sign() != null) {
            where.append(" AND e.sign = ?");
            p.add(q.sign());
        }
        if (q.modality() != null) {
            where.append(" AND e.modality = ?");
            p.add(q.modality().code());
        }
        if (!places.isEmpty()) {
            where.append(" AND e.location IN (").append("?,".repeat(places.size() - 1)).append("?)");
            p.addAll(places.stream().sorted().toList());
        }
        if (!q.withDuplicates()) {
            where.append(" AND d.duplicate_of IS NULL");
        }
        String sql = SELECT + where
                + " ORDER BY CASE WHEN e.day IS NULL THEN 1 ELSE 0 END, e.day, e.document_id, e.sentence, e.trigger_start,"
                + " e.event_id";
        if (q.limit() > 0) {
            sql += " LIMIT ?";
            p.add(q.limit());
        }
        return new EventSql(sql, p);
    }

    private static String placeholders(int n) {
        return "(" + "?, ".repeat(Math.max(0, n - 1)) + "?)";
    }
}
