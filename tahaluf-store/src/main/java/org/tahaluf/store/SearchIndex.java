package org.tahaluf.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of full-text search, per engine; every query word a bound parameter. */
final class SearchIndex {

    static final String INSERT = "INSERT INTO document_search (document_id, content) VALUES (?, ?)";

    private static final String COLUMNS = "d.id, d.title, d.language, d.published";

    private SearchIndex() {
    }

    static void bind(PreparedStatement insert, String documentId, String title, String body) throws SQLException {
        insert.setString(1, documentId);
        insert.setString(2, SearchText.normalize((title == null ? "" : title + "\n") + body));
    }

    /**
     * Articles holding every word, best first. SQLite: each word a quoted FTS5 string (so
     * operators typed by the user are plain words), joined by FTS5's implicit AND.
     */
    static String query(StoreLocation.Engine engine) {
        return switch (engine) {
            case SQLITE -> "SELECT " + COLUMNS + " FROM document_search s JOIN documents d ON d.id = s.document_id"
                    + " WHERE document_search MATCH ? AND d.duplicate_of IS NULL ORDER BY s.rank LIMIT ?";
            case POSTGRESQL -> "SELECT " + COLUMNS + " FROM document_search s JOIN documents d ON d.id = s.document_id"
                    + " WHERE to_tsvector('simple', s.content) @@ plainto_tsquery('simple', ?) AND d.duplicate_of IS NULL"
                    + " ORDER BY ts_rank(to_tsvector('simple', s.content), plainto_tsquery('simple', ?)) DESC, d.id"
                    + " LIMIT ?";
        };
    }

    static List<Object> parameters(StoreLocation.Engine engine, List<String> words, int limit) {
        return switch (engine) {
            case SQLITE -> List.of(words.stream().map(w -> '"' + w.replace("\"", "") + '"')
                    .collect(Collectors.joining(" ")), limit);
            case POSTGRESQL -> List.of(String.join(" ", words), String.join(" ", words), limit);
        };
    }
}
