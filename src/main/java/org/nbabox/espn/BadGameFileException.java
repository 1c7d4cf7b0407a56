package org.nbabox.espn;

/**
 * A game file that cannot be read as an ESPN game: an expected data problem, reported with a
 * reason category and never as a stack trace.
 */
public class BadGameFileException extends Exception {

    /** Why a file could not be read; the category users count errors by. */
    public enum Reason {
        EMPTY_FILE("empty file"),
        MALFORMED_JSON("malformed JSON"),
        TRUNCATED("truncated file"),
        UNKNOWN_FORMAT("unknown format"),
        MISSING_FIELD("missing field"),
        MISSING_BOX_SCORE("box score file missing"),
        UNREADABLE("unreadable file");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public BadGameFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BadGameFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
