package org.tahaluf.core;

/** The four classic quad classes that PLOVER event types fall into. */
public enum QuadClass {
    VERBAL_COOPERATION(1), MATERIAL_COOPERATION(1), VERBAL_CONFLICT(-1), MATERIAL_CONFLICT(-1);

    private final int sign;

    QuadClass(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    /** Material (deeds) as opposed to verbal (words). */
    public boolean material() {
        return this == MATERIAL_COOPERATION || this == MATERIAL_CONFLICT;
    }
}
