package org.tahaluf.core;

import java.util.Locale;

/** The direction a threat is moving in, when the text says. */
public enum Trend {
    RISING, FALLING, STABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Trend fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trend '" + code + "'", e);
        }
    }
}
