package org.tahaluf.cli;

import org.tahaluf.store.Store;
import org.tahaluf.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "a SQLite file (default ~/.tahaluf/tahaluf.db) or a postgresql://user:password@host:port/db URL")
    String db;

    Store open() {
        return Stores.open(db);
    }
}
