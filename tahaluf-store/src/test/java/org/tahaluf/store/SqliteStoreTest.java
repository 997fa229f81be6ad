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

    @Test
    void aStoreFromBeforeFullTextSearchIsIndexedWhenOpened() throws Exception {
        store.put(Articles.analyse("baghdad", Articles.BAGHDAD, java.time.LocalDate.of(2026, 3, 2)));
        StoreLocation where = store.location();
        store.close();
        try (var c = java.sql.DriverManager.getConnection(where.jdbcUrl()); var s = c.createStatement()) {
            s.execute("DROP TABLE document_search");
            // a store from before V10 has none of the later migrations either (Flyway refuses a gap)
            s.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) >= 10");
        }

        store = Stores.open(where);

        org.assertj.core.api.Assertions.assertThat(store.search("الأنبار", 10)).hasSize(1);
    }

    @Test
    void originalsAreReadFromTheEventsOfTheWindowNotFromEveryArticle() throws Exception {
        StringBuilder plan = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection(store.location().jdbcUrl());
             var s = c.prepareStatement("EXPLAIN QUERY PLAN " + EventSql.of(EventQuery.all()
                     .window(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 31))).text())) {
            s.setString(1, "2026-03-01");
            s.setString(2, "2026-03-31");
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString(4)).append('\n');
                }
            }
        }

        // the planner has no statistics: an index on duplicate_of that could serve "IS NULL" would walk every article
        org.assertj.core.api.Assertions.assertThat(plan.toString()).contains("events_day").doesNotContain("documents_duplicate_of");
    }
}
