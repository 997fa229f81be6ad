package org.tahaluf.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate detection for syndicated copies of one story: a MinHash signature over word
 * 5-shingles estimates the Jaccard similarity of two texts, and locality-sensitive buckets (16
 * bands of 4 rows) find the few stored texts worth comparing without reading them all.
 *
 * <p>With 16 bands of 4 rows two texts share a bucket with probability 1-(1-J^4)^16: 0.99 at
 * J = 0.7, 0.11 at J = 0.3, so candidates are then confirmed against {@link #THRESHOLD}.
 */
public final class MinHash {

    /** Estimated similarity from which a text is a copy of another. */
    public static final double THRESHOLD = 0.7;
    static final int SHINGLE = 5;
    private static final int BANDS = 16;
    private static final int ROWS = 4;
    private static final int SIZE = BANDS * ROWS;
    private static final long[] SEEDS = seeds();

    private final int[] values;

    private MinHash(int[] values) {
        this.values = values;
    }

    /** The signature of a text, or null when it has fewer than {@value #SHINGLE} words to compare. */
    public static MinHash of(String text) {
        List<String> words = words(text);
        if (words.size() < SHINGLE) {
            return null;
        }
        int[] min = new int[SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < i + SHINGLE; w++) {
                h = fnv(h, words.get(w));
            }
            for (int k = 0; k < SIZE; k++) {
                int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return new MinHash(min);
    }

    /** Reads a signature written by {@link #encode()}. */
    public static MinHash decode(String encoded) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] values = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = bytes.getInt();
        }
        return new MinHash(values);
    }

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int v : values) {
            bytes.putInt(v);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    public double similarity(MinHash other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** One bucket per band: texts sharing any bucket are candidates. */
    public long[] buckets() {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ values[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /**
     * Words folded so that spelling variants of one copy agree: lower case, Arabic diacritics and
     * tatweel dropped, alef, yaa and taa marbuta forms made one.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0640') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> c;
        };
    }

    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ ' ') * 0x100000001b3L;
    }

    /** The splitmix64 finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5441484c55464cL; // fixed: signatures must be comparable across runs and machines
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
