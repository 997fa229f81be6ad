package org.tahaluf.lexicon;

import java.util.Locale;

/** How a trigger's arguments are placed around it. */
public enum Voice {
    /** A verb: its subject (after it in Arabic, before it in English) is the source. */
    ACTIVE,
    /** Its subject is the target; the agent, if any, follows "من قبل" / "by". */
    PASSIVE,
    /** A verbal noun: the source is the actor before it or the clause's subject, the target follows it. */
    NOUN,
    /** A noun of fighting in general ("المعارك", "fighting"): a target only after ضد، مع، على، بين, against, with. */
    PREP,
    /**
     * A verb of a reciprocal act ("تبادل الاتهامات", "اشتبك", "clashed"): read as active, and a
     * compound subject with no other party named acts on one another.
     */
    MUTUAL,
    /**
     * An Arabic verb written alike in both voices (قَتل / قُتل, خَطف / خُطف): passive when no object
     * follows it and its subject ("قتل جنديان في هجوم", "جنديا عراقيا قتل في هجوم"), else active.
     */
    EITHER;

    /** True for the voices whose subject is the source: active and reciprocal verbs. */
    public boolean isActive() {
        return this == ACTIVE || this == MUTUAL;
    }

    public static Voice fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown voice '" + code + "'", e);
        }
    }
}
