package org.tahaluf.text;

import java.util.Arrays;

/** Accumulates normalized characters with the original offset of each. */
public final class NormalizedBuilder {

    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[16];

    public void append(char c, int originalOffset) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[text.length()] = originalOffset;
        text.append(c);
    }

    public NormalizedText build(int originalEnd) {
        return new NormalizedText(text.toString(), Arrays.copyOf(origin, text.length()), originalEnd);
    }
}
