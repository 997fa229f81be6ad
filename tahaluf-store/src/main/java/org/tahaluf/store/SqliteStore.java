package org.tahaluf.store;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: one SQLite file. Write-ahead logging lets readers (the server) work while an
 * ingest writes; transactions start IMMEDIATE so two writers queue instead of failing half-way.
 */
final class SqliteStore extends JdbcStore {

    SqliteStore(StoreLocation location) {
        super(location, config(location));
    }

    private static HikariConfig config(StoreLocation location) {
        Path file = Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", "30000");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        return config;
    }
}
