package org.nbabox.rds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.nbabox.tables.Table;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one partition of a table into PostgreSQL with COPY. Rows arrive sorted by their replace key
 * (game id, or source file for game_errors); every chunk of whole games goes through a temporary
 * staging table in one transaction that deletes those games' rows and inserts the new ones, so a
 * re-run or a retried chunk never duplicates or loses rows. Transient failures (connection reset,
 * server restart) are retried with backoff; a chunk is all-or-nothing.
 */
final class CopyLoader implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CopyLoader.class);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Table table;
    private final String replaceKey;
    private final int chunkRows;
    private final int maxAttempts;

    CopyLoader(String jdbcUrl, String user, String password, Table table, int chunkRows, int maxAttempts) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.table = table;
        this.replaceKey = table.key().get(0);
        this.chunkRows = chunkRows;
        this.maxAttempts = maxAttempts;
    }

    /** Loads the rows; returns how many were loaded. */
    long load(Iterator<Row> rows) throws SQLException, InterruptedException {
        CopyEncoder encoder = new CopyEncoder(table.schema());
        int keyIndex = table.fieldIndex(replaceKey);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
        int inChunk = 0;
        long total = 0;
        String lastKey = null;
        Connection c = null;
        try {
            while (rows.hasNext()) {
                Row r = rows.next();
                String key = r.getString(keyIndex);
                if (inChunk >= chunkRows && !key.equals(lastKey)) {
                    c = commitWithRetry(c, chunk);
                    total += inChunk;
                    chunk.reset();
                    inChunk = 0;
                }
                encoder.write(r, chunk);
                inChunk++;
                lastKey = key;
            }
            if (inChunk > 0) {
                c = commitWithRetry(c, chunk);
                total += inChunk;
            }
            return total;
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing a broken connection
                }
            }
        }
    }

    private Connection commitWithRetry(Connection c, ByteArrayOutputStream chunk) throws SQLException, InterruptedException {
        SQLException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                if (c == null || c.isClosed()) {
                    c = connect();
                }
                commit(c, chunk.toByteArray());
                return c;
            } catch (SQLException e) {
                last = e;
                try {
                    c.rollback();
                } catch (Exception ignored) {
                    // the connection may be gone
                }
                if (!isTransient(e) || attempt == maxAttempts) {
                    throw e;
                }
                long wait = Math.min(30_000L, 500L << (attempt - 1));
                LOG.warn("{}: transient PostgreSQL failure ({}: {}), retry {}/{} in {} ms", table.name(), e.getSQLState(),
                        e.getMessage(), attempt, maxAttempts - 1, wait);
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already broken
                }
                c = null;
                Thread.sleep(wait);
            }
        }
        throw last;
    }

    private void commit(Connection c, byte[] data) throws SQLException {
        String t = "phase9." + table.name();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS stage_" + table.name() + " (LIKE " + t + ") ON COMMIT DELETE ROWS");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY stage_" + table.name() + " FROM STDIN",
                    new ByteArrayInputStream(data));
            st.execute("DELETE FROM " + t + " WHERE " + replaceKey + " IN (SELECT DISTINCT " + replaceKey + " FROM stage_"
                    + table.name() + ")");
            st.execute("INSERT INTO " + t + " SELECT * FROM stage_" + table.name());
            c.commit();
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), "08006", e);
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(jdbcUrl, p);
        c.setAutoCommit(false);
        return c;
    }

    /** Connection loss, server shutdown, serialization conflicts: worth another try. */
    static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("40001")
                || state.equals("40P01") || state.equals("53300"));
    }
}
