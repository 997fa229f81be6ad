package org.tahaluf.lexicon;

import org.tahaluf.core.RelationKind;

/** A dated fact: {@code subject relation object} held from {@code from} to {@code to} (null when open). */
public record Fact(String subject, RelationKind relation, String object, PartialDate from, PartialDate to, String note) {

    public Fact {
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new IllegalArgumentException("fact " + subject + " " + relation.code() + " " + object
                    + " starts after it ends: " + from + " > " + to);
        }
    }

    /** True when the fact holds on {@code date} (open ends hold forever). */
    public boolean holdsOn(java.time.LocalDate date) {
        return (from == null || !date.isBefore(from.first())) && (to == null || !date.isAfter(to.last()));
    }
}
