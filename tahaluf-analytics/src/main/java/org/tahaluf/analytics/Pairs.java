package org.tahaluf.analytics;

/** Undirected pairs of node ids as one key, smaller id first. */
final class Pairs {

    private Pairs() {
    }

    static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    static String[] ends(String key) {
        return key.split("\u0000", 2);
    }
}
