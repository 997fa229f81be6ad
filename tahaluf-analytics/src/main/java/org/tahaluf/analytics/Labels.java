package org.tahaluf.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.tahaluf.core.EventType;
import org.tahaluf.lexicon.TsvFile;

/** Words for event types and modes in English and Arabic ({@code labels.tsv}). */
final class Labels {

    private static final Map<String, String[]> LABELS = load();

    private Labels() {
    }

    static String type(EventType type, Language lang) {
        return of("type:" + type.name(), lang, type.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The mode's words, or the type's when the mode has none. */
    static String mode(String mode, EventType type, Language lang) {
        return mode == null ? type(type, lang) : of("mode:" + mode, lang, type(type, lang));
    }

    private static String of(String key, Language lang, String fallback) {
        String[] l = LABELS.get(key);
        return l == null ? fallback : l[lang == Language.AR ? 1 : 0];
    }

    private static Map<String, String[]> load() {
        try (InputStream in = Labels.class.getResourceAsStream("labels.tsv")) {
            Map<String, String[]> out = new HashMap<>();
            for (TsvFile.Row row : TsvFile.read("labels.tsv", in, 3).rows()) {
                out.put(row.require(0, "key"), new String[] {row.require(1, "en"), row.require(2, "ar")});
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels.tsv", e);
        }
    }

    /** The brief's two languages. */
    enum Language {
        EN, AR;

        static Language of(String code) {
            if (code == null || code.equalsIgnoreCase("en")) {
                return EN;
            }
            if (code.equalsIgnoreCase("ar")) {
                return AR;
            }
            throw new IllegalArgumentException("--lang " + code + ": en or ar");
        }
    }
}
