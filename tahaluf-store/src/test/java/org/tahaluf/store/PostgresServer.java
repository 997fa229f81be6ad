package org.tahaluf.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** Starts a real PostgreSQL server for tests, from the binaries published on Maven Central. */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().start();
    }
}
