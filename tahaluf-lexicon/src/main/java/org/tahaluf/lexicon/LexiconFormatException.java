package org.tahaluf.lexicon;

/** A lexicon file that cannot be used, with the file, the line and the reason. */
public final class LexiconFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LexiconFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    public LexiconFormatException(String file, String reason) {
        super(file + ": " + reason);
    }
}
