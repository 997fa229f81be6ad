package org.tahaluf.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded engine: a SQLite file in a temporary folder. */
class SqliteStoreTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    StoreLocation freshLocation() {
        return StoreLocation.sqlite(folder.resolve("nested").resolve("tahaluf.db"));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedByName() throws Exception {
        Path notDb = Files.writeString(folder.resolve("notes.db"), "this is not a database, just some notes\n".repeat(200));

        assertThatThrownBy(() -> Stores.open(notDb.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.db");
    }
}
