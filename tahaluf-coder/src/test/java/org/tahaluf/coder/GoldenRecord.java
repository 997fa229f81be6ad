package org.tahaluf.coder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One golden record: an id, what it shows, a text and the expectations, read from a {@code .records} file. */
record GoldenRecord(String id, String what, String text, Map<String, List<String>> expect) {

    List<String> all(String key) {
        return expect.getOrDefault(key, List.of());
    }

    @Override
    public String toString() {
        return id + ": " + what;
    }

    static List<GoldenRecord> read(String resource) {
        List<GoldenRecord> out = new ArrayList<>();
        try (InputStream in = GoldenRecord.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> current = new LinkedHashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    flush(current, out);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(resource + ": line without key: " + line);
                }
                current.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
            flush(current, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void flush(Map<String, List<String>> current, List<GoldenRecord> out) {
        if (current.isEmpty()) {
            return;
        }
        String id = current.remove("id").get(0);
        String what = current.remove("what").get(0);
        String text = String.join("\n", current.remove("text"));
        out.add(new GoldenRecord(id, what, text, new LinkedHashMap<>(current)));
        current.clear();
    }
}
