package org.tahaluf.core;

import java.util.Locale;

/**
 * The 16 event types of the PLOVER ontology (Halterman et al., "PLOVER and POLECAT", 2023),
 * each with its quad class. RETREAT is material cooperation in PLOVER but usually neutral in
 * news about redeployments, so patterns may give any type a sign of their own.
 */
public enum EventType {
    AGREE(QuadClass.VERBAL_COOPERATION),
    CONSULT(QuadClass.VERBAL_COOPERATION),
    SUPPORT(QuadClass.VERBAL_COOPERATION),
    CONCEDE(QuadClass.MATERIAL_COOPERATION),
    COOPERATE(QuadClass.MATERIAL_COOPERATION),
    AID(QuadClass.MATERIAL_COOPERATION),
    RETREAT(QuadClass.MATERIAL_COOPERATION),
    REQUEST(QuadClass.VERBAL_COOPERATION),
    ACCUSE(QuadClass.VERBAL_CONFLICT),
    REJECT(QuadClass.VERBAL_CONFLICT),
    THREATEN(QuadClass.VERBAL_CONFLICT),
    PROTEST(QuadClass.VERBAL_CONFLICT),
    SANCTION(QuadClass.MATERIAL_CONFLICT),
    MOBILIZE(QuadClass.MATERIAL_CONFLICT),
    COERCE(QuadClass.MATERIAL_CONFLICT),
    ASSAULT(QuadClass.MATERIAL_CONFLICT);

    private final QuadClass quadClass;

    EventType(QuadClass quadClass) {
        this.quadClass = quadClass;
    }

    public QuadClass quadClass() {
        return quadClass;
    }

    public static EventType fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown PLOVER event type '" + code + "'", e);
        }
    }
}
