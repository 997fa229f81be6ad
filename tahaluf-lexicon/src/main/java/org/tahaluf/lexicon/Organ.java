package org.tahaluf.lexicon;

import java.util.List;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Sector;

/**
 * An organ noun: a body of a state ("الحكومة", "forces") or one of its officials ("مسؤول").
 * {@code sector} null means the state itself ("الدولة العراقية").
 */
public record Organ(Sector sector, ActorKind kind, Role role, List<String> arForms, List<String> enForms, String enLabel,
                    String arLabel) {

    /** Whether the noun names the body or a person who speaks for it. */
    public enum Role { BODY, OFFICIAL }

    public Organ {
        arForms = List.copyOf(arForms);
        enForms = List.copyOf(enForms);
    }

    /** The id suffix of the organ actor built for a country, or "" for the state itself. */
    public String idSuffix() {
        return sector == null ? "" : "_" + sector.name();
    }
}
