package org.tahaluf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing twice: an ingest killed with SIGKILL at random points and then resumed
 * ends with exactly the store a clean ingest makes, on SQLite and on PostgreSQL.
 */
class CrashConsistencyTest {

    private static final int ARTICLES = 400;
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void aKilledSqliteIngestResumesToTheSameStore() throws Exception {
        Path corpus = InventedCorpus.write(dir.resolve("corpus.jsonl"), ARTICLES, 7);
        String clean = dir.resolve("clean.db").toString();
        String crashed = dir.resolve("crashed.db").toString();

        assertThat(Cli.run("ingest", "--quiet", "--db", clean, corpus.toString()).status()).isZero();
        killRepeatedly(crashed, corpus, documents("jdbc:sqlite:" + crashed, new Properties()));

        assertThat(StoreDigest.sqliteProblems("jdbc:sqlite:" + crashed)).isEmpty();
        assertThat(StoreDigest.of("jdbc:sqlite:" + crashed, new Properties()))
                .isEqualTo(StoreDigest.of("jdbc:sqlite:" + clean, new Properties()));
    }

    @Test
    void aKilledPostgresIngestResumesToTheSameStore() throws Exception {
        Path corpus = InventedCorpus.write(dir.resolve("corpus.jsonl"), ARTICLES, 11);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE clean");
                s.execute("CREATE DATABASE crashed");
            }
            String base = "postgresql://postgres:postgres@localhost:" + server.getPort() + "/";

            assertThat(Cli.run("ingest", "--quiet", "--db", base + "clean", corpus.toString()).status()).isZero();
            Properties credentials = new Properties();
            credentials.setProperty("user", "postgres");
            credentials.setProperty("password", "postgres");
            String jdbc = "jdbc:postgresql://localhost:" + server.getPort() + "/";
            killRepeatedly(base + "crashed", corpus, documents(jdbc + "crashed", credentials));
            Map<String, String> expected = StoreDigest.of(jdbc + "clean", credentials);
            assertThat(StoreDigest.of(jdbc + "crashed", credentials)).isEqualTo(expected);
        }
    }

    /**
     * Starts the ingest in its own JVM and kills it once the store holds a random number of articles
     * (so every kill lands mid-ingest, between or inside transactions), then lets one run finish.
     */
    private void killRepeatedly(String db, Path corpus, Counter documents) throws Exception {
        Random random = new Random(db.hashCode());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tahaluf.cli.Main", "ingest", "--quiet", "--db", db,
                corpus.toString()));
        List<Long> killedAt = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            long stored = documents.count();
            long target = stored + 1 + random.nextInt((int) Math.max(1, (ARTICLES - stored) / 2));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("kill-" + i + ".log").toFile()).start();
            while (p.isAlive() && documents.count() < target) {
                Thread.sleep(20);
            }
            p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no last commit
            killedAt.add(documents.count());
        }
        assertThat(killedAt).as("kills landed mid-ingest").anySatisfy(n -> assertThat(n).isBetween(1L, ARTICLES - 1L));
        Process last = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("resume.log").toFile()).start();
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(java.nio.file.Files.readString(dir.resolve("resume.log"))).isZero();
    }

    /** How many articles a store holds now (0 before it exists). */
    @FunctionalInterface
    private interface Counter {
        long count() throws Exception;
    }

    private static Counter documents(String jdbcUrl, Properties credentials) {
        return () -> {
            try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, credentials);
                 Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM documents")) {
                return r.next() ? r.getLong(1) : 0;
            } catch (java.sql.SQLException notYetCreated) {
                return 0;
            }
        };
    }
}
