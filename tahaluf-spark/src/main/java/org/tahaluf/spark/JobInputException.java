package org.tahaluf.spark;

/** An input or output path the job cannot use; the message names it and says why, in one line. */
final class JobInputException extends Exception {

    private static final long serialVersionUID = 1L;

    JobInputException(String message) {
        super(message);
    }
}
