package org.tahaluf.store;

import java.time.LocalDate;
import org.tahaluf.core.Actor;

/** Another actor and the events between the two: cooperative, conflictual, neutral, and when. */
public record Partner(Actor other, long cooperation, long conflict, long neutral, LocalDate first, LocalDate last) {

    /** +1 when cooperation outweighs conflict, -1 the other way, 0 when even. */
    public int sign() {
        return Long.signum(cooperation - conflict);
    }
}
