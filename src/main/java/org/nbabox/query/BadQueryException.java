package org.nbabox.query;

/**
 * A query that cannot be answered as asked (unknown game, a time past the end, an unreadable time,
 * no tables where they were looked for). Its message is one line for people, without a stack trace.
 */
public final class BadQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
