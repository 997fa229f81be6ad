package org.tahaluf.analytics;

import java.time.LocalDate;

/**
 * A change point in a dyad: from conflict to cooperation or back ({@code SIGN_FLIP}, with the net
 * evidence before and after), or a period far more intense than those before ({@code INTENSITY_JUMP},
 * with the earlier mean and the period's weight).
 */
public record Shift(String a, String b, Kind kind, LocalDate at, int fromSign, int toSign, double before, double after) {

    public enum Kind { SIGN_FLIP, INTENSITY_JUMP }
}
