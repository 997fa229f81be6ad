package org.tahaluf.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a store lives, as the user writes it after {@code --db}: a SQLite file path (the embedded
 * default) or a {@code postgresql://user:password@host:port/database} URL.
 */
public record StoreLocation(Engine engine, String jdbcUrl, String user, String password, String display) {

    /** The two engines behind the one {@link Store} interface. */
    public enum Engine { SQLITE, POSTGRESQL }

    /** The embedded default: {@code ~/.tahaluf/tahaluf.db}. */
    public static StoreLocation defaultLocation() {
        return sqlite(Path.of(System.getProperty("user.home"), ".tahaluf", "tahaluf.db"));
    }

    public static StoreLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new StoreLocation(Engine.SQLITE, "jdbc:sqlite:" + absolute, null, null, absolute.toString());
    }

    /**
     * Reads a {@code --db} value. A {@code postgresql://} or {@code postgres://} URL (credentials
     * may be in the URL or in PGUSER / PGPASSWORD) selects PostgreSQL; anything else is a file.
     */
    public static StoreLocation parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return defaultLocation();
        }
        String s = spec.strip();
        if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
            return postgres(s);
        }
        if (s.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Engine.POSTGRESQL, s, System.getenv("PGUSER"), System.getenv("PGPASSWORD"), s);
        }
        if (s.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(s.substring("jdbc:sqlite:".length())));
        }
        if (s.contains("://")) {
            throw new IllegalArgumentException("--db " + spec + ": not a SQLite file or a postgresql:// URL");
        }
        return sqlite(Path.of(s));
    }

    private static StoreLocation postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db " + url + ": not a valid URL (" + e.getReason() + ")");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--db " + url + ": the URL names no host");
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        String user = System.getenv("PGUSER");
        String password = System.getenv("PGPASSWORD");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : password;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String shown = "postgresql://" + (user == null ? "" : user + "@") + uri.getHost()
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + database;
        return new StoreLocation(Engine.POSTGRESQL, jdbc, user, password, shown);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The location without its password, for messages. */
    @Override
    public String toString() {
        return display;
    }
}
