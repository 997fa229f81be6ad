package org.tahaluf.core;

import java.util.Locale;

/** Structural ties between actors, stated in a text or known as dated facts. */
public enum RelationKind {
    LEADS, MEMBER_OF, PART_OF, LOYAL_TO, ALLIED_WITH, LOCATED_IN, MEDIATES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every structural tie is cooperative except location, which is neutral. */
    public int sign() {
        return this == LOCATED_IN ? 0 : 1;
    }

    public static RelationKind fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation kind '" + code + "'", e);
        }
    }
}
