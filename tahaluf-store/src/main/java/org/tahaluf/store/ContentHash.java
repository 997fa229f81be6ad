package org.tahaluf.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's content: the SHA-256 of its text with runs of white space made one
 * space, so the same article fetched twice (other line endings, other indentation) is one article.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
