package org.tahaluf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void aPathIsASqliteFile() {
        StoreLocation l = StoreLocation.parse("data/news.db");

        assertThat(l.engine()).isEqualTo(StoreLocation.Engine.SQLITE);
        assertThat(l.jdbcUrl()).startsWith("jdbc:sqlite:/").endsWith("data/news.db");
    }

    @Test
    void aPostgresUrlKeepsItsCredentialsOutOfTheJdbcUrlAndTheMessages() {
        StoreLocation l = StoreLocation.parse("postgresql://analyst:s%40cret@db.example.org:5433/tahaluf?sslmode=require");

        assertThat(l.engine()).isEqualTo(StoreLocation.Engine.POSTGRESQL);
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/tahaluf?sslmode=require");
        assertThat(l.user()).isEqualTo("analyst");
        assertThat(l.password()).isEqualTo("s@cret");
        assertThat(l.toString()).doesNotContain("s@cret").doesNotContain("s%40cret");
    }

    @Test
    void noValueMeansTheDefaultFileInTheHomeFolder() {
        assertThat(StoreLocation.parse(null).jdbcUrl()).endsWith(".tahaluf/tahaluf.db");
    }

    @Test
    void anotherKindOfUrlIsRefused() {
        assertThatThrownBy(() -> StoreLocation.parse("mysql://localhost/x")).hasMessageContaining("mysql://localhost/x");
    }
}
