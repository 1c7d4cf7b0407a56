package org.nbabox.rds;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rows of one table into PostgreSQL with COPY. Rows arrive grouped by their replace key (game
 * id, or source file for game_errors); every chunk of whole games is copied into a temporary staging
 * table, and one transaction deletes those games' rows and inserts the staged ones, so a re-run or a
 * retried chunk never duplicates or loses rows. A transient failure (connection reset, server
 * restart) rolls the chunk back and tries it again on a new connection after a wait
 * ({@link RetryPolicy}); a chunk is all-or-nothing.
 */
public final class CopyLoader implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CopyLoader.class);
    /** Session memory for the staging table, so a chunk stays out of temporary files (PostgreSQL's default is 8 MB). */
    static final String TEMP_BUFFERS = "64MB";

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

    /**
     * Loads the rows (Spark's internal form, as a query plan yields them; each is encoded before the
     * next is read, so reused row objects are fine), which must come grouped by {@link #replaceKey};
     * returns how many were loaded.
     */
    public long load(Iterator<InternalRow> rows) throws SQLException, InterruptedException {
        Table table = Tables.byName(tableName);
        Chunk chunk = new Chunk(table, replaceKey);
        long total = 0;
        Connection c = null;
        try {
            while (rows.hasNext()) {
                InternalRow r = rows.next();
                if (chunk.rows >= chunkRows && chunk.startsNewKey(r)) {
                    c = commitWithRetry(c, table, chunk);
                    total += chunk.rows;
                    chunk.reset();
                }
                chunk.add(r);
            }
            if (chunk.rows > 0) {
                c = commitWithRetry(c, table, chunk);
                total += chunk.rows;
            }
            return total;
        } finally {
            closeQuietly(c);
        }
    }

    /** The rows of one transaction: their COPY text, the replace keys they hold, and the values other tables are cleared by. */
    private static final class Chunk {
        final CopyEncoder text;
        final int keyIndex;
        final List<Companion> companions;
        final int[] companionIndexes;
        final Set<String> keys = new LinkedHashSet<>();
        final List<Set<String>> companionValues = new ArrayList<>();
        UTF8String lastKey;
        int rows;

        Chunk(Table table, String replaceKey) {
            text = new CopyEncoder(table.schema());
            keyIndex = table.fieldIndex(replaceKey);
            companions = alsoReplaces(table);
            companionIndexes = companions.stream().mapToInt(x -> table.fieldIndex(x.column())).toArray();
            companions.forEach(x -> companionValues.add(new LinkedHashSet<>()));
        }

        boolean startsNewKey(InternalRow r) {
            return !r.getUTF8String(keyIndex).equals(lastKey);
        }

        void add(InternalRow r) {
            text.write(r);
            UTF8String key = r.getUTF8String(keyIndex);
            if (!key.equals(lastKey)) {
                // a copy: the row and its bytes may be reused for the next one
                lastKey = key.copy();
                keys.add(lastKey.toString());
            }
            for (int k = 0; k < companionIndexes.length; k++) {
                if (!r.isNullAt(companionIndexes[k])) {
                    companionValues.get(k).add(r.getUTF8String(companionIndexes[k]).toString());
                }
            }
            rows++;
        }

        void reset() {
            text.reset();
            keys.clear();
            companionValues.forEach(Set::clear);
            lastKey = null;
            rows = 0;
        }
    }

    private Connection commitWithRetry(Connection open, Table table, Chunk chunk) throws SQLException, InterruptedException {
        Connection c = open;
        for (int attempt = 1; ; attempt++) {
            try {
                if (c == null || c.isClosed()) {
                    c = connect();
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

    private Connection connect() throws SQLException {
        Connection c = target.connect("nbabox-export");
        try (Statement st = c.createStatement()) {
            // before the session's first temporary table, the only time it can be set
            st.execute("SET temp_buffers = '" + TEMP_BUFFERS + "'");
        }
        c.setAutoCommit(false);
        return c;
    }

    /**
     * One transaction: delete the chunk's games (found through the primary key, whose first column is
     * the replace key), COPY the chunk into the staging table, insert the staged rows in their order.
     */
    private void commit(Connection c, Table table, Chunk chunk) throws SQLException {
        String target = Phase9Schema.NAME + "." + table.name();
        String stage = "stage_" + table.name();
        String columns = String.join(", ", table.schema().fieldNames());
        try (Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            int deleted = 0;
            for (int k = 0; k < chunk.companions.size(); k++) {
                Companion also = chunk.companions.get(k);
                deleted += deleteWhereIn(c, Phase9Schema.NAME + "." + also.table(), also.column(), chunk.companionValues.get(k));
            }
            deleted += deleteWhereIn(c, target, replaceKey, chunk.keys);
            long t1 = System.nanoTime();
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (LIKE " + target + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + stage + " (" + columns + ") FROM STDIN",
                    chunk.text.stream());
            long t2 = System.nanoTime();
            // a fresh staging table returns its rows in COPY order: already sorted by primary key
            st.execute("INSERT INTO " + target + " (" + columns + ") SELECT " + columns + " FROM " + stage);
            long t3 = System.nanoTime();
            c.commit();
            long t4 = System.nanoTime();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: {} old rows deleted in {} ms, {} rows ({} KB) staged in {} ms, inserted in {} ms, committed in {} ms",
                        table.name(), deleted, (t1 - t0) / 1_000_000, rows, chunk.text.size() / 1024, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
            }
        } catch (IOException e) {
            throw new SQLException("COPY into " + stage + " failed: " + e.getMessage(), "08006", e);
        }
    }

    /**
     * Deletes the rows holding any of {@code values}, one statement per value in a batch: an equality
     * on the primary key's first column is planned as an index scan even before the table was ever
     * analyzed, where {@code = ANY (array)} of a few hundred games is planned as a full scan.
     */
    private static int deleteWhereIn(Connection c, String table, String column, Set<String> values) throws SQLException {
        if (values.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            for (String v : values) {
                ps.setString(1, v);
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                deleted += Math.max(n, 0);
            }
        }
        return deleted;
    }

    /** Another table whose rows sharing {@code column} with a loaded row a chunk deletes too. */
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
