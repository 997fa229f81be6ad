package org.tahaluf.core;

import java.util.Locale;

/** The languages Tahaluf analyses; {@link #OTHER} keeps a document whose language has no pipeline. */
public enum Language {
    AR, EN, OTHER;

    public String code() {
        return this == OTHER ? "und" : name().toLowerCase(Locale.ROOT);
    }

    /** Parses an ISO 639-1 code; anything unknown is {@link #OTHER}. */
    public static Language fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "ar", "ara", "arabic" -> AR;
            case "en", "eng", "english" -> EN;
            default -> OTHER;
        };
    }
}
