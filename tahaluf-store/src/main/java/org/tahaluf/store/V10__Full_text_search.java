package org.tahaluf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Store version 10: the full-text index of articles ({@code document_search}), filled with the
 * articles already stored. A Java migration because the indexed text is normalized in Java
 * ({@link SearchText}), the same way queries are.
 *
 * <ul>
 *   <li>SQLite: an FTS5 table over the normalized title and text;</li>
 *   <li>PostgreSQL: the normalized text with a GIN index on {@code to_tsvector('simple', …)} —
 *       the 'simple' configuration because stemming is done by neither engine.</li>
 * </ul>
 * Numbered 10 to leave 2–9 free for the other migrations being written at the same time.
 */
@SuppressWarnings("checkstyle:TypeName")
final class V10__Full_text_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("CREATE TABLE document_search (document_id TEXT PRIMARY KEY REFERENCES documents (id),"
                        + " content TEXT NOT NULL)");
                s.execute("CREATE INDEX document_search_words ON document_search"
                        + " USING GIN (to_tsvector('simple', content))");
            } else {
                s.execute("CREATE VIRTUAL TABLE document_search USING fts5(document_id UNINDEXED, content,"
                        + " tokenize = 'unicode61 remove_diacritics 2')");
            }
        }
        fill(c);
    }

    private static void fill(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
             PreparedStatement write = c.prepareStatement(SearchIndex.INSERT)) {
            read.setFetchSize(200);
            try (ResultSet r = read.executeQuery("SELECT id, title, body FROM documents")) {
                int pending = 0;
                while (r.next()) {
                    SearchIndex.bind(write, r.getString(1), r.getString(2), r.getString(3));
                    write.addBatch();
                    if (++pending == 500) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                write.executeBatch();
            }
        }
    }
}
