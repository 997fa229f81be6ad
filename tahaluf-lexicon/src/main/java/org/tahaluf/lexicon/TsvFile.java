package org.tahaluf.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tab-separated lexicon file: its provenance header and its rows, each with its line number.
 * Rows must have exactly the declared number of columns; {@code -} is an empty field.
 */
public final class TsvFile {

    private static final List<String> REQUIRED_HEADERS = List.of("file", "version", "provenance", "licence", "columns");

    private final String name;
    private final Map<String, String> header;
    private final List<Row> rows;

    /** A data line: its 1-based line number and its fields. */
    public record Row(String file, int line, List<String> fields) {

        /** The field, or null when it is {@code -} or empty. */
        public String get(int column) {
            String v = fields.get(column).trim();
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        /** A {@code |}-separated list field; empty when the field is empty. */
        public List<String> list(int column) {
            String v = get(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }

        public String require(int column, String what) {
            String v = get(column);
            if (v == null) {
                throw error(what + " is missing");
            }
            return v;
        }

        public LexiconFormatException error(String reason) {
            return new LexiconFormatException(file, line, reason);
        }
    }

    private TsvFile(String name, Map<String, String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    public static TsvFile read(String name, InputStream in, int columns) {
        if (in == null) {
            throw new LexiconFormatException(name, "resource not found");
        }
        Map<String, String> header = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    readHeader(line, header);
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new LexiconFormatException(name, number,
                            "expected " + columns + " tab-separated columns, found " + fields.length);
                }
                rows.add(new Row(name, number, List.of(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + name, e);
        }
        for (String key : REQUIRED_HEADERS) {
            if (!header.containsKey(key)) {
                throw new LexiconFormatException(name, "provenance header '# " + key + ":' is missing");
            }
        }
        return new TsvFile(name, Map.copyOf(header), List.copyOf(rows));
    }

    private static void readHeader(String line, Map<String, String> header) {
        String body = line.substring(1).trim();
        int colon = body.indexOf(':');
        if (colon > 0) {
            String key = body.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            if (key.matches("[a-z]+") && !header.containsKey(key)) {
                header.put(key, body.substring(colon + 1).trim());
            }
        }
    }

    public String name() {
        return name;
    }

    public Map<String, String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
