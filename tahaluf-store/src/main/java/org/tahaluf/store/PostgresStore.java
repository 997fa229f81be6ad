package org.tahaluf.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;

/** The team store: a PostgreSQL database, reached through a small connection pool. */
final class PostgresStore extends JdbcStore {

    PostgresStore(StoreLocation location) {
        super(location, config(location));
    }

    private static HikariConfig config(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(8);
        return config;
    }

    /** PostgreSQL streams a result set only inside a transaction, with a fetch size. */
    @Override
    void prepareForStreaming(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }
}
