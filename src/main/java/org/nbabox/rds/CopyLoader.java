package org.nbabox.rds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rows of one table into PostgreSQL with COPY. Rows arrive grouped by their replace key (game
 * id, or source file for game_errors); every chunk of whole games is copied into a temporary staging
 * table, and one transaction then deletes those games' rows and inserts the staged ones, so a re-run
 * or a retried chunk never duplicates or loses rows. A transient failure (connection reset, server
 * restart) rolls the chunk back and tries it again on a new connection after a wait
 * ({@link RetryPolicy}); a chunk is all-or-nothing.
 */
public final class CopyLoader implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CopyLoader.class);

    private final PgTarget target;
    /** The table's name: {@link Table} itself is not serializable, tasks look it up in {@link Tables}. */
    private final String tableName;
    private final String replaceKey;
    private final int chunkRows;
    private final RetryPolicy retry;

    /**
     * @param target    where to load
     * @param table     which table (its rows follow {@link Table#schema()})
     * @param chunkRows rows per transaction (a chunk ends at the first new game past this many rows)
     * @param retry     how transient failures are tried again
     */
    public CopyLoader(PgTarget target, Table table, int chunkRows, RetryPolicy retry) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunk rows must be at least 1");
        }
        this.target = target;
        this.tableName = Tables.byName(table.name()).name();
        this.replaceKey = replaceKey(table);
        this.chunkRows = chunkRows;
        this.retry = retry;
    }

    /** The column whose values a chunk replaces: game_id, or source_file for game_errors. */
    public static String replaceKey(Table t) {
        return t.key().get(0);
    }

    /** Loads the rows, which must come grouped by {@link #replaceKey}; returns how many were loaded. */
    public long load(Iterator<Row> rows) throws SQLException, InterruptedException {
        Table table = Tables.byName(tableName);
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
                    c = commitWithRetry(c, table, chunk);
                    total += inChunk;
                    chunk.reset();
                    inChunk = 0;
                }
                encoder.write(r, chunk);
                inChunk++;
                lastKey = key;
            }
            if (inChunk > 0) {
                c = commitWithRetry(c, table, chunk);
                total += inChunk;
            }
            return total;
        } finally {
            closeQuietly(c);
        }
    }

    private Connection commitWithRetry(Connection open, Table table, ByteArrayOutputStream chunk)
            throws SQLException, InterruptedException {
        Connection c = open;
        for (int attempt = 1; ; attempt++) {
            try {
                if (c == null || c.isClosed()) {
                    c = target.connect("nbabox-export");
                    c.setAutoCommit(false);
                }
                commit(c, table, chunk);
                return c;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (!RetryPolicy.isTransient(e) || attempt >= retry.attempts()) {
                    closeQuietly(c);
                    throw e;
                }
                long wait = retry.delayAfter(attempt);
                LOG.warn("{}: transient PostgreSQL failure ({}: {}), try {}/{} in {} ms", table.name(), e.getSQLState(),
                        firstLine(e.getMessage()), attempt + 1, retry.attempts(), wait);
                closeQuietly(c);
                c = null;
                Thread.sleep(wait);
            }
        }
    }

    /** One transaction: COPY into the staging table, delete the staged games' rows, insert the staged rows. */
    private void commit(Connection c, Table table, ByteArrayOutputStream chunk) throws SQLException {
        String target = Phase9Schema.NAME + "." + table.name();
        String stage = "stage_" + table.name();
        String columns = String.join(", ", table.schema().fieldNames());
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (LIKE " + target + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + stage + " (" + columns + ") FROM STDIN",
                    new ByteArrayInputStream(chunk.toByteArray()));
            for (Companion also : alsoReplaces(table)) {
                st.execute("DELETE FROM " + Phase9Schema.NAME + "." + also.table() + " WHERE " + also.column() + " IN (SELECT "
                        + also.column() + " FROM " + stage + ")");
            }
            st.execute("DELETE FROM " + target + " WHERE " + replaceKey + " IN (SELECT " + replaceKey + " FROM " + stage + ")");
            st.execute("INSERT INTO " + target + " (" + columns + ") SELECT " + columns + " FROM " + stage + " ORDER BY "
                    + String.join(", ", table.key()));
            c.commit();
        } catch (IOException e) {
            throw new SQLException("COPY into " + stage + " failed: " + e.getMessage(), "08006", e);
        }
    }

    /** Another table whose rows sharing {@code column} with a staged row a chunk deletes too. */
    record Companion(String table, String column) {
    }

    /**
     * Other tables whose rows a chunk of this table replaces too. The batch job replaces a file's
     * game_errors row with every batch that reads the file, so a file that processed after an earlier
     * failure has a verification row and no error row any more; loading the verification row deletes
     * the stale error row of the same source file (game_errors is loaded after, and brings back the
     * error rows the tables still hold).
     */
    static List<Companion> alsoReplaces(Table t) {
        return t == Tables.BOX_SCORE_VERIFICATION ? List.of(new Companion(Tables.GAME_ERRORS.name(), "source_file")) : List.of();
    }

    private static void rollbackQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // the connection may be gone: the server rolls the transaction back itself
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // closing a broken connection
        }
    }

    static String firstLine(String m) {
        if (m == null) {
            return "no message";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
