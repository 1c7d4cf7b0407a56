package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.testing.CatalystRows;
import org.nbabox.testing.TestPostgres;
import scala.collection.JavaConverters;

/** COPY through a staging table, one transaction per chunk of whole games, on a real server (no Spark). */
class CopyLoaderTest {

    @TempDir static Path tmp;
    private static TestPostgres pg;

    @BeforeAll
    static void start() {
        pg = TestPostgres.start(tmp.resolve("pg"));
        Phase9Schema.migrate(pg.target());
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @BeforeEach
    void empty() {
        for (Table t : Tables.ALL) {
            pg.sql("TRUNCATE phase9." + t.name());
        }
    }

    static Row row(Table t, Map<String, Object> values) {
        Object[] v = new Object[t.schema().size()];
        values.forEach((k, x) -> v[t.fieldIndex(k)] = x);
        return new GenericRowWithSchema(v, t.schema());
    }

    static scala.collection.Seq<Object> seq(Object... values) {
        return JavaConverters.asScalaBuffer(new ArrayList<>(Arrays.asList(values)));
    }

    /** Quarter outcome rows: periods 1..n of each game, grouped by game. */
    static List<Row> outcomes(int periods, String... games) {
        List<Row> out = new ArrayList<>();
        for (String g : games) {
            for (int p = 1; p <= periods; p++) {
                out.add(row(Tables.QUARTER_OUTCOMES, Map.of("game_id", g, "season", 2025, "period", p, "home_points", 20 + p)));
            }
        }
        return out;
    }

    /** A loader of {@code t} fed external rows, converted as a query plan would hand them over. */
    private record TestLoader(CopyLoader loader, Table table) {
        long load(Iterator<Row> rows) throws SQLException, InterruptedException {
            return loader.load(CatalystRows.of(rows, table.schema()));
        }
    }

    private static TestLoader loader(Table t, int chunkRows) {
        return new TestLoader(new CopyLoader(pg.target(), t, chunkRows, new RetryPolicy(4, 50, 200)), t);
    }

    @Test
    void awkwardValuesSurviveTheCopyTextFormat() throws Exception {
        String file = "C:\\games\\tab\there\nnewline \"quoted\" caf\u00e9 \u2014 \\N";
        Timestamp at = Timestamp.valueOf("2025-03-01 12:34:56.789");
        Row verification = row(Tables.BOX_SCORE_VERIFICATION, mapOf("game_id", "g1", "season", 2025, "source_file", file,
                "cell_match_rate", 0.1 + 0.2, "passed", true, "processing_ms", 12_345_678_901L, "processed_at", at, "grade", null,
                "discrepancies", seq(RowFactory.create("p1", "O'Neal \"Shaq\" \\ x", "pts", "10", null)),
                "anomalies", seq()));
        Row snapshot = row(Tables.GAME_STATE_SNAPSHOTS, mapOf("game_id", "g1", "season", 2025, "event_num", 0, "period", 1,
                "seconds_left_in_period", 719.9, "elapsed_seconds", 0.1 + 0.2, "home_score", Integer.MIN_VALUE,
                "event_text", "Jump ball\t(tip) \ud83c\udfc0",
                "home_on_court", seq("a\"b", "c,d", null, "e\\f", "{g}", "NULL"), "away_on_court", seq()));
        assertEquals(1, loader(Tables.BOX_SCORE_VERIFICATION, 10).load(List.of(verification).iterator()));
        assertEquals(1, loader(Tables.GAME_STATE_SNAPSHOTS, 10).load(List.of(snapshot).iterator()));
        try (Connection c = pg.admin(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT source_file, cell_match_rate, passed, processing_ms, processed_at, grade,"
                    + " discrepancies->0->>'player_name', discrepancies->0->'espn', jsonb_array_length(anomalies)"
                    + " FROM phase9.box_score_verification")) {
                r.next();
                assertEquals(file, r.getString(1));
                assertEquals(0.1 + 0.2, r.getDouble(2));
                assertTrue(r.getBoolean(3));
                assertEquals(12_345_678_901L, r.getLong(4));
                assertEquals(at.toInstant(), r.getTimestamp(5).toInstant());
                assertEquals(null, r.getString(6));
                assertEquals("O'Neal \"Shaq\" \\ x", r.getString(7));
                assertEquals("null", r.getString(8), "a null struct field is JSON null");
                assertEquals(0, r.getInt(9));
            }
            try (ResultSet r = s.executeQuery("SELECT home_on_court, away_on_court, event_text, seconds_left_in_period,"
                    + " elapsed_seconds, home_score FROM phase9.game_state_snapshots")) {
                r.next();
                assertEquals(Arrays.asList("a\"b", "c,d", null, "e\\f", "{g}", "NULL"), Arrays.asList((Object[]) r.getArray(1).getArray()));
                assertEquals(0, ((Object[]) r.getArray(2).getArray()).length);
                assertEquals("Jump ball\t(tip) \ud83c\udfc0", r.getString(3));
                assertEquals(719.9, r.getDouble(4));
                assertEquals(0.1 + 0.2, r.getDouble(5));
                assertEquals(Integer.MIN_VALUE, r.getInt(6));
            }
        }
    }

    /** As {@code queryExecution().toRdd()} hands rows over: one row object, rewritten for every row. */
    @Test
    void rowsReusedByTheirIteratorLoadWholeGames() throws Exception {
        CopyLoader loader = new CopyLoader(pg.target(), Tables.QUARTER_OUTCOMES, 5, new RetryPolicy(4, 50, 200));
        // twice: the second load must replace exactly the games of each chunk
        assertEquals(12, loader.load(reused(outcomes(4, "g1", "g2", "g3"))));
        assertEquals(12, loader.load(reused(outcomes(4, "g1", "g2", "g3"))));
        try (Connection c = pg.admin(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT game_id, count(*), min(period), max(period) FROM phase9.quarter_outcomes"
                     + " GROUP BY game_id ORDER BY game_id")) {
            for (String g : List.of("g1", "g2", "g3")) {
                assertTrue(r.next());
                assertEquals(List.of(g, 4, 1, 4), List.of(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4)));
            }
            assertFalse(r.next());
        }
    }

    private static Iterator<InternalRow> reused(List<Row> rows) {
        UnsafeProjection reuse = UnsafeProjection.create(Tables.QUARTER_OUTCOMES.schema());
        return CatalystRows.map(CatalystRows.of(rows.iterator(), Tables.QUARTER_OUTCOMES.schema()), r -> reuse.apply(r));
    }

    @Test
    void loadingAgainReplacesTheGamesLoadedAndLeavesTheOthers() throws Exception {
        assertEquals(8, loader(Tables.QUARTER_OUTCOMES, 3).load(outcomes(4, "g1", "g2").iterator()));
        assertEquals(8, pg.number("SELECT count(*) FROM phase9.quarter_outcomes"));
        // g1 again, with an overtime: its rows are replaced, g2 is left as it was
        assertEquals(5, loader(Tables.QUARTER_OUTCOMES, 3).load(outcomes(5, "g1").iterator()));
        assertEquals(5, pg.number("SELECT count(*) FROM phase9.quarter_outcomes WHERE game_id = 'g1'"));
        assertEquals(4, pg.number("SELECT count(*) FROM phase9.quarter_outcomes WHERE game_id = 'g2'"));
        assertEquals(25, pg.number("SELECT home_points FROM phase9.quarter_outcomes WHERE game_id = 'g1' AND period = 5"));
    }

    @Test
    void aFailedChunkIsRolledBackWholeAndTheChunksBeforeStay() {
        pg.sql("ALTER TABLE phase9.quarter_outcomes ADD CONSTRAINT test_refuses_g3 CHECK (game_id <> 'g3')");
        try {
            // 4 rows per game, chunks of at least 6 rows ending on a game boundary: (g1, g2), (g3, g4), (g5)
            SQLException e = assertThrows(SQLException.class,
                    () -> loader(Tables.QUARTER_OUTCOMES, 6).load(outcomes(4, "g1", "g2", "g3", "g4", "g5").iterator()));
            assertEquals("23514", e.getSQLState(), "not transient: no retry, the failure surfaces");
            assertEquals(8, pg.number("SELECT count(*) FROM phase9.quarter_outcomes WHERE game_id IN ('g1', 'g2')"));
            assertEquals(0, pg.number("SELECT count(*) FROM phase9.quarter_outcomes WHERE game_id IN ('g3', 'g4', 'g5')"),
                    "g4 shared the failed transaction, g5 never came");
        } finally {
            pg.sql("ALTER TABLE phase9.quarter_outcomes DROP CONSTRAINT test_refuses_g3");
        }
    }

    @Test
    void aConnectionCutBetweenChunksIsRetriedOnANewOne() throws Exception {
        List<Row> rows = outcomes(4, "g1", "g2", "g3", "g4");
        Iterator<Row> cutAfterFirstChunk = new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return served < rows.size();
            }

            @Override
            public Row next() {
                if (served == 5) {
                    // the first chunk (g1) is committed: cut the loader's connection, as a server restart or failover would
                    assertEquals(1, pg.number("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                            + " WHERE application_name = 'nbabox-export'"));
                }
                return rows.get(served++);
            }
        };
        assertEquals(16, loader(Tables.QUARTER_OUTCOMES, 4).load(cutAfterFirstChunk));
        assertEquals(16, pg.number("SELECT count(*) FROM phase9.quarter_outcomes"));
        assertEquals(16, pg.number("SELECT count(DISTINCT (game_id, period)) FROM phase9.quarter_outcomes"));
    }

    @Test
    void aVerificationRowDropsTheStaleErrorRowOfItsFile() throws Exception {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        loader(Tables.GAME_ERRORS, 10).load(List.of(
                row(Tables.GAME_ERRORS, Map.of("game_id", "g1", "season", 2025, "source_file", "/in/g1.json", "reason", "truncated file",
                        "recorded_at", now)),
                row(Tables.GAME_ERRORS, Map.of("game_id", "g2", "season", 2025, "source_file", "/in/g2.json", "reason", "empty file",
                        "recorded_at", now))).iterator());
        // g1's file was fixed and processed since: its verification row replaces its error row
        loader(Tables.BOX_SCORE_VERIFICATION, 10).load(List.of(row(Tables.BOX_SCORE_VERIFICATION,
                Map.of("game_id", "g1", "season", 2025, "source_file", "/in/g1.json", "status", "processed"))).iterator());
        assertEquals(0, pg.number("SELECT count(*) FROM phase9.game_errors WHERE source_file = '/in/g1.json'"));
        assertEquals(1, pg.number("SELECT count(*) FROM phase9.game_errors WHERE source_file = '/in/g2.json'"));
    }

    @Test
    void retryPolicyDoublesUpToItsMaximumAndKnowsWhatIsTransient() {
        RetryPolicy p = new RetryPolicy(6, 500, 3_000);
        assertEquals(List.of(500L, 1_000L, 2_000L, 3_000L, 3_000L), List.of(p.delayAfter(1), p.delayAfter(2), p.delayAfter(3),
                p.delayAfter(4), p.delayAfter(5)));
        for (String transientState : List.of("08006", "08001", "57P01", "57P03", "53300", "40001", "40P01")) {
            assertTrue(RetryPolicy.isTransient(new SQLException("x", transientState)), transientState);
        }
        for (String finalState : List.of("28P01", "22P02", "23505", "42501")) {
            assertFalse(RetryPolicy.isTransient(new SQLException("x", finalState)), finalState);
        }
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, 1, 1));
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
