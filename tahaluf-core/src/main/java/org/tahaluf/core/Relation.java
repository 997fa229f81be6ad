package org.tahaluf.core;

/** A structural tie the text states, such as "الحكومة السورية بقيادة أحمد الشرع" (al-Sharaa leads it). */
public record Relation(String source, String target, RelationKind kind, int sentence, Span evidence) {

    public int sign() {
        return kind.sign();
    }
}
