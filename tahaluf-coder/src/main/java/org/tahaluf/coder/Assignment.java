package org.tahaluf.coder;

import java.util.List;

/**
 * Who does what to whom for one trigger, before the checks that keep or drop the event;
 * {@code partners} are the actors coordinated with the source in a compound subject, {@code local}
 * says the source was found in the trigger's own clause, and {@code victims} that the targets were
 * struck by an author the sentence does not name.
 */
record Assignment(Found source, List<Found> partners, List<Found> targets, boolean local, boolean victims) {

    Assignment(Found source, List<Found> partners, List<Found> targets, boolean local) {
        this(source, partners, targets, local, false);
    }

    Assignment(Found source, List<Found> targets, boolean local) {
        this(source, List.of(), targets, local);
    }

    /** Those an attack without a named author struck. */
    static Assignment victims(List<Found> victims) {
        return new Assignment(null, List.of(), victims, true, true);
    }

    /** The last actor of the subject: the source or its last partner. */
    Found lastSubject() {
        return partners.isEmpty() ? source : partners.get(partners.size() - 1);
    }

    /** The source and its partners, each of which carries the act out. */
    List<Found> subjects(Found source) {
        List<Found> all = new java.util.ArrayList<>();
        all.add(source);
        all.addAll(partners);
        return all;
    }
}
