package org.tahaluf.core;

import java.util.Locale;

/** What kind of thing an actor is, as the analysis contract names it. */
public enum ActorKind {
    STATE, GOVERNMENT, MILITARY, ARMED_GROUP, POLITICAL_GROUP, ORGANIZATION, PERSON, POPULATION, LOCATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor kind '" + code + "'", e);
        }
    }
}
