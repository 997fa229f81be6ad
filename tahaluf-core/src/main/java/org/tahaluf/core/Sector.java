package org.tahaluf.core;

import java.util.Locale;

/**
 * CAMEO/PLOVER-style actor sectors. State sectors ({@link #isState()}) stand for the state
 * they belong to when actors are grouped by country; the others never do.
 */
public enum Sector {
    GOV("government", true), MIL("military", true), COP("police", true), SPY("intelligence", true),
    JUD("judiciary", true), LEG("legislature", true),
    REB("rebels", false), INS("insurgents", false), MILITIA("militia", false), OPP("opposition", false),
    PTY("political party", false), IGO("intergovernmental organization", false),
    NGO("non-governmental organization", false), MED("media", false), BUS("business", false),
    CVL("civilians", false), REL("religious", false), REF("refugees", false), ELI("elites", false),
    LAB("labour", false), EDU("education", false), HLH("health", false), CRM("criminals", false),
    UAF("unidentified armed forces", false);

    private final String label;
    private final boolean state;

    Sector(String label, boolean state) {
        this.label = label;
        this.state = state;
    }

    public String label() {
        return label;
    }

    public boolean isState() {
        return state;
    }

    public static Sector fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sector '" + code + "'", e);
        }
    }
}
