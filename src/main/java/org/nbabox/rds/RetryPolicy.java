package org.nbabox.rds;

import java.io.Serializable;
import java.sql.SQLException;

/**
 * How a chunk whose transaction failed for a transient reason (connection reset, server shutting
 * down or starting up, too many connections, serialization failure or deadlock) is tried again:
 * up to {@code attempts} tries in all, waiting {@code firstDelayMs}, then twice as long each time, at
 * most {@code maxDelayMs}.
 *
 * @param attempts     tries in all, at least 1
 * @param firstDelayMs wait before the second try
 * @param maxDelayMs   longest wait between two tries
 */
public record RetryPolicy(int attempts, long firstDelayMs, long maxDelayMs) implements Serializable {

    /** Six tries over about 15 s: rides out a server restart or a failover. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, 500, 30_000);

    public RetryPolicy {
        if (attempts < 1 || firstDelayMs < 0 || maxDelayMs < firstDelayMs) {
            throw new IllegalArgumentException("bad retry policy: " + attempts + " attempts, " + firstDelayMs + "-" + maxDelayMs + " ms");
        }
    }

    /** The wait after failed try number {@code attempt} (1-based). */
    public long delayAfter(int attempt) {
        long d = firstDelayMs;
        for (int i = 1; i < attempt && d < maxDelayMs; i++) {
            d *= 2;
        }
        return Math.min(d, maxDelayMs);
    }

    /** Connection loss, server shutdown or start-up, too many connections, serialization conflicts: worth another try. */
    public static boolean isTransient(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("40001")
                    || state.equals("40P01") || state.equals("53300"))) {
                return true;
            }
        }
        return false;
    }
}
