package org.tahaluf.coder;

/**
 * An actor or place found in a sentence: tokens {@code first..last}, characters {@code [start, end)}.
 * {@code actorId} is null for an official whose body could not be placed ("أحد المسؤولين" with no antecedent).
 * A {@code nested} mention lies inside a larger one ("إيران" in "الميليشيات الموالية لإيران") and
 * takes no role of its own in events.
 */
record Found(int sentence, int first, int last, int start, int end, String text, String actorId, Type type,
             boolean nested) {

    /** How the mention was recognised. */
    enum Type {
        /** A dictionary name or alias. */
        NAME,
        /** An organ noun with its country: "القوات العراقية", "Iraqi forces". */
        ORGAN,
        /** An official who speaks for a named body: "مسؤول أميركي", "YPG spokesman". */
        OFFICIAL,
        /** An official whose body is only inferred from the context: "أحد المسؤولين", "the spokesman". */
        TITLE,
        /** A nisba adjective alone, standing for its state: "الجهد الأميركي". */
        GENTILIC,
        /** A people's plural: "العراقيون", "الأكراد", "Iraqis". */
        PEOPLE,
        /** A definite description referring back: "التنظيم", "بلاده". */
        COREF,
        /** A group described by its allegiance: "الميليشيات الموالية لإيران". */
        GROUP,
        /** A place from the gazetteer or a direction of one: "شمال غربي سوريا". */
        PLACE
    }

    boolean isPlace() {
        return type == Type.PLACE;
    }

    /**
     * The clitics this mention's reading removed from its first word ("ل" in "لإيران"), as the
     * segmenter's deepest reading may peel letters that belong to a name ("كارتر").
     */
    String proclitics(java.util.List<org.tahaluf.core.Token> tokens) {
        org.tahaluf.core.Token t = tokens.get(first);
        StringBuilder b = new StringBuilder();
        for (int k = t.start(); k < start; k++) {
            char c = t.surface().charAt(k - t.start());
            if (!org.tahaluf.text.Scripts.isIgnorable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when a preposition (ب ل ك) is attached to the mention's first word. */
    boolean hasPrepositionClitic(java.util.List<org.tahaluf.core.Token> tokens) {
        String p = proclitics(tokens);
        return p.endsWith("ب") || p.endsWith("ل") || p.endsWith("ك");
    }

    /** An official, whether their body is named or inferred. */
    boolean isOfficial() {
        return type == Type.OFFICIAL || type == Type.TITLE;
    }

    boolean hasActor() {
        return actorId != null;
    }
}
