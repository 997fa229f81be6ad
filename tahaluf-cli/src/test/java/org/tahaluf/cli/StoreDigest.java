package org.tahaluf.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A fingerprint of everything a store holds, table by table, independent of the order rows were
 * written and of when: two stores with the same digest hold the same analyses.
 */
final class StoreDigest {

    static final List<String> TABLES = List.of("documents", "document_buckets", "sentences", "actors", "mentions",
            "events", "relations", "claims", "threats");

    private StoreDigest() {
    }

    /** Table name → SHA-256 of its rows (the ingest time left out), sorted. */
    static Map<String, String> of(String jdbcUrl, Properties credentials) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, credentials); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            if (!r.getMetaData().getColumnName(i).equalsIgnoreCase("ingested_at")) {
                                row.append(r.getString(i)).append('\u0001');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
                out.put(table, rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return out;
    }

    /** SQLite's own checks: the file's structure and every foreign key. */
    static List<String> sqliteProblems(String jdbcUrl) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) {
                    if (!r.getString(1).equals("ok")) {
                        problems.add(r.getString(1));
                    }
                }
            }
            try (ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
                while (r.next()) {
                    problems.add("foreign key: " + r.getString(1) + " row " + r.getString(2));
                }
            }
        }
        return problems;
    }
}
