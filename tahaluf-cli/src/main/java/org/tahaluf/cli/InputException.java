package org.tahaluf.cli;

/** An input that cannot be analysed; the message names it (file, and line for JSON Lines). */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
