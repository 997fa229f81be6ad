package org.tahaluf.core;

import java.util.Locale;

/** How the text commits to an event. */
public enum Modality {
    ASSERTED, INTENDED, EXPECTED, HYPOTHETICAL, NEGATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown modality '" + code + "'", e);
        }
    }
}
