package org.tahaluf.text;

/**
 * A normalized string that remembers, for each of its characters, the offset of the original
 * character it came from, so that matches on normalized text point back into the source.
 */
public final class NormalizedText {

    private final String text;
    private final int[] origin;
    private final int originalEnd;

    NormalizedText(String text, int[] origin, int originalEnd) {
        this.text = text;
        this.origin = origin;
        this.originalEnd = originalEnd;
    }

    public String text() {
        return text;
    }

    /** Offset in the original text of normalized character {@code i}; {@code i == length} maps to the end. */
    public int originOf(int i) {
        return i >= origin.length ? originalEnd : origin[i];
    }
}
