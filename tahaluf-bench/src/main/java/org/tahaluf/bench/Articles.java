package org.tahaluf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tahaluf.cli.DocumentReader;
import org.tahaluf.cli.InputException;
import org.tahaluf.core.Document;

/**
 * The articles of one benchmark run, read once into memory with the CLI's own reader, so that
 * every contender is timed on the same texts and none of them pays for gzip or JSON.
 */
public final class Articles {

    private final List<Document> documents;
    private final int[] words;

    private Articles(List<Document> documents) {
        this.documents = List.copyOf(documents);
        this.words = new int[documents.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = countWords(documents.get(i).text());
        }
    }

    /** Signals that enough articles were read; thrown through the reader to stop it early. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * The first {@code limit} articles of a corpus (any input {@code tahaluf analyze} reads; 0 = all).
     * A bad record is reported to {@code problems} and skipped, as {@code analyze} does.
     */
    public static Articles read(Path corpus, int limit, DocumentReader.Problems problems) throws InputException {
        if (!Files.exists(corpus)) {
            throw new InputException(corpus + ": no such file");
        }
        List<Document> docs = new ArrayList<>();
        try {
            new DocumentReader().forEach(corpus.toString(), d -> {
                docs.add(d);
                if (limit > 0 && docs.size() >= limit) {
                    throw new Enough();
                }
            }, problems);
        } catch (Enough e) {
            // the limit was reached: the rest of the file is not needed
        }
        if (docs.isEmpty()) {
            throw new InputException(corpus + ": no article in it");
        }
        return new Articles(docs);
    }

    public static Articles of(List<Document> documents) {
        return new Articles(documents);
    }

    public int size() {
        return documents.size();
    }

    public Document get(int i) {
        return documents.get(i);
    }

    public List<Document> documents() {
        return documents;
    }

    public long words() {
        long n = 0;
        for (int w : words) {
            n += w;
        }
        return n;
    }

    /**
     * {@code n} articles spread evenly over the whole set (every k-th), so that a small subset has
     * the length mix of the whole corpus rather than that of its first section.
     */
    public Articles spread(int n) {
        if (n >= documents.size()) {
            return this;
        }
        List<Document> out = new ArrayList<>(n);
        double step = (double) documents.size() / n;
        for (int k = 0; k < n; k++) {
            out.add(documents.get((int) (k * step)));
        }
        return new Articles(out);
    }

    /** Words as every contender sees them alike: maximal runs of letters, marks and digits. */
    static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (part && !inWord) {
                n++;
            }
            inWord = part;
        }
        return n;
    }
}
