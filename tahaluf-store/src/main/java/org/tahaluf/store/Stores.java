package org.tahaluf.store;

/** Opens the store a {@code --db} value names, creating and migrating it on first use. */
public final class Stores {

    private Stores() {
    }

    public static Store open(String spec) {
        return open(StoreLocation.parse(spec));
    }

    public static Store open(StoreLocation location) {
        return switch (location.engine()) {
            case SQLITE -> new SqliteStore(location);
            case POSTGRESQL -> new PostgresStore(location);
        };
    }
}
