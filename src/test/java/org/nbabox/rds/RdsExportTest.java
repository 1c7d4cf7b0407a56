package org.nbabox.rds;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.AfterClass;
import org.junit.Assert;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nbabox.espn.RawGame;
import org.nbabox.job.BatchProcessJob;
import org.nbabox.process.GameProcessor;
import org.nbabox.query.GameMoment;
import org.nbabox.query.MomentState;
import org.nbabox.replay.Stat;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.testing.LogCapture;
import org.nbabox.testing.SampleGames;
import org.nbabox.testing.SparkTestBase;
import org.nbabox.testing.TestCorpus;
import org.nbabox.testing.TestPostgres;

/**
 * The PostgreSQL export end to end: the batch job on the six sample games, then jobs/export-rds into
 * a real PostgreSQL server, compared with the Delta tables, Spark SQL and the domain replay.
 */
public class RdsExportTest extends SparkTestBase {

    @ClassRule
    public static TemporaryFolder tmp = new TemporaryFolder();

    private static TestPostgres pg;
    private static String output;
    /** True while phase9 holds exactly one full export of the output (the query tests share it). */
    private static boolean fullyExported;

    @BeforeClass
    public static void startPostgres() {
        pg = TestPostgres.start(tmp.getRoot().toPath().resolve("pg"));
    }

    @AfterClass
    public static void stopPostgres() {
        if (pg != null) {
            pg.close();
        }
    }

    /** A database without schema phase9, for tests that export themselves. */
    private static void freshSchema() {
        fullyExported = false;
        pg.sql("DROP SCHEMA IF EXISTS phase9 CASCADE");
    }

    /** phase9 holding one full export of the output, for tests that only query it. */
    private void fullExport() {
        if (!fullyExported) {
            freshSchema();
            Export e = export(RetryPolicy.DEFAULT);
            assertEquals(e.err(), 0, e.exit());
            fullyExported = true;
        }
    }

    /** The batch job's output for the six sample games, made once for the class. */
    private String output() {
        if (output == null) {
            Path root = tmp.getRoot().toPath();
            String input = TestCorpus.samples(root.resolve("in")).toString();
            String out = root.resolve("out").toString();
            assertEquals(0, BatchProcessJob.runWith(session(), "--input", input, "--output", out).exitCode());
            output = out;
        }
        return output;
    }

    /** An export run's outcome: exit status, what it printed, and its summary. */
    private record Export(int exit, String out, String err, ExportSummary summary) {
    }

    private Export export(RetryPolicy retry, String... extra) {
        return export(pg.env(), retry, extra);
    }

    private Export export(Map<String, String> env, RetryPolicy retry, String... extra) {
        List<String> args = new ArrayList<>(List.of("--tables", output(), "--jdbc-url", pg.url(), "--user", TestPostgres.USER));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExportRdsJob job = new ExportRdsJob(env, tmp.getRoot().toPath(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).retry(retry);
        int exit = job.runOn(session(), args.toArray(new String[0]));
        return new Export(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), job.summary());
    }

    private Dataset<Row> delta(Table t) {
        return session().read().format("delta").load(output() + "/" + t.name());
    }

    /** Rows per game of every table in the Delta output. */
    private Map<String, Map<String, Long>> deltaCountsPerGame() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Table t : Tables.ALL) {
            Map<String, Long> perGame = new TreeMap<>();
            for (Row r : delta(t).groupBy("game_id").count().collectAsList()) {
                perGame.put(r.getString(0), r.getLong(1));
            }
            out.put(t.name(), perGame);
        }
        return out;
    }

    private static Map<String, Map<String, Long>> postgresCountsPerGame() throws SQLException {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (Connection c = pg.admin(); Statement s = c.createStatement()) {
            for (Table t : Tables.ALL) {
                Map<String, Long> perGame = new TreeMap<>();
                try (ResultSet r = s.executeQuery("SELECT game_id, count(*) FROM phase9." + t.name() + " GROUP BY game_id")) {
                    while (r.next()) {
                        perGame.put(r.getString(1), r.getLong(2));
                    }
                }
                out.put(t.name(), perGame);
            }
        }
        return out;
    }

    private static long total(Map<String, Long> perGame) {
        return perGame.values().stream().mapToLong(Long::longValue).sum();
    }

    private void assertPostgresEqualsDelta() throws SQLException {
        Map<String, Map<String, Long>> delta = deltaCountsPerGame();
        Assert.assertTrue("the sample games fill the tables: " + delta, total(delta.get("game_state_snapshots")) > 2_000);
        assertEquals("rows per table and game", delta, postgresCountsPerGame());
        for (Table t : Tables.ALL) {
            String key = String.join(", ", t.key());
            assertEquals(t.name() + ": no duplicate key", 0, pg.number("SELECT count(*) - count(DISTINCT (" + key + "))"
                    + " FROM phase9." + t.name()));
        }
    }

    @Test
    public void countsEqualTheDeltaTablesAndASecondExportChangesNothing() throws Exception {
        freshSchema();
        Export first = export(RetryPolicy.DEFAULT);
        assertEquals(first.err(), 0, first.exit());
        assertPostgresEqualsDelta();
        Map<String, Long> deltaTotals = new LinkedHashMap<>();
        for (Table t : RdsExport.ORDER) {
            deltaTotals.put(t.name(), delta(t).count());
        }
        assertEquals("the summary states rows per table", deltaTotals, first.summary().rows());
        Assert.assertTrue(first.out(), first.out().startsWith("PostgreSQL export done: game_state_snapshots "
                + String.format(java.util.Locale.US, "%,d", deltaTotals.get("game_state_snapshots"))));
        List<List<Object>> snapshotsBefore = snapshotContent();

        Export second = export(RetryPolicy.DEFAULT);
        assertEquals(second.err(), 0, second.exit());
        assertPostgresEqualsDelta();
        assertEquals("same rows, same values", snapshotsBefore, snapshotContent());
        List<List<Object>> fromDelta = new ArrayList<>();
        for (Row r : delta(Tables.GAME_STATE_SNAPSHOTS).orderBy("game_id", "event_num")
                .select("game_id", "event_num", "clock", "home_score", "away_score", "event_text").collectAsList()) {
            fromDelta.add(List.of(r.getString(0), r.getInt(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)));
        }
        assertEquals("values as in Delta", fromDelta, snapshotsBefore);
    }

    private static List<List<Object>> snapshotContent() throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT game_id, event_num, clock, home_score, away_score, event_text"
                     + " FROM phase9.game_state_snapshots ORDER BY game_id, event_num")) {
            while (r.next()) {
                out.add(List.of(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4), r.getInt(5), r.getString(6)));
            }
        }
        return out;
    }

    @Test
    public void seasonsAndGameIdsSelectWhatIsLoaded() throws Exception {
        freshSchema();
        Export seasons = export(RetryPolicy.DEFAULT, "--season", "2019", "--season", "2003,2008");
        assertEquals(seasons.err(), 0, seasons.exit());
        assertEquals(List.of("221029013", "280605002", "401070702", "401070730"), gamesIn("box_score_verification"));
        assertEquals(delta(Tables.GAME_STATE_SNAPSHOTS).filter("season IN (2019, 2003, 2008)").count(),
                pg.number("SELECT count(*) FROM phase9.game_state_snapshots"));
        Export ids = export(RetryPolicy.DEFAULT, "--game-ids", "401736813", "--max-connections", "1");
        assertEquals(ids.err(), 0, ids.exit());
        assertEquals(List.of("221029013", "280605002", "401070702", "401070730", "401736813"), gamesIn("game_state_snapshots"));
        assertEquals(delta(Tables.PLAYER_SNAPSHOT_STATS).filter("game_id = '401736813'").count(),
                ids.summary().rows().get("player_snapshot_stats").longValue());
    }

    private static List<String> gamesIn(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT game_id FROM phase9." + table + " ORDER BY 1")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /**
     * Stops the server once the load has begun and starts it again on the same data and port:
     * {@code retry} decides whether the export rides the restart out or fails; a re-run then
     * leaves exact counts either way.
     */
    private Export exportThroughARestart(RetryPolicy retry, long downMillis) throws Exception {
        AtomicBoolean exportRunning = new AtomicBoolean(true);
        AtomicBoolean stoppedWhileRunning = new AtomicBoolean(false);
        CompletableFuture<Void> restarter = CompletableFuture.runAsync(() -> {
            try {
                long deadline = System.currentTimeMillis() + 120_000;
                while (exportRunning.get() && System.currentTimeMillis() < deadline) {
                    if (snapshotRows() > 0) {
                        stoppedWhileRunning.set(exportRunning.get());
                        pg.stop();
                        Thread.sleep(downMillis);
                        pg.restart();
                        return;
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Export e;
        try {
            e = export(retry, "--chunk-rows", "40");
        } finally {
            exportRunning.set(false);
        }
        restarter.get(120, TimeUnit.SECONDS);
        Assert.assertTrue("the server was stopped in the middle of the export", stoppedWhileRunning.get());
        return e;
    }

    private static long snapshotRows() {
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM phase9.game_state_snapshots")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    @Test
    public void aServerRestartDuringTheExportIsRiddenOutByRetries() throws Exception {
        freshSchema();
        Export e = exportThroughARestart(RetryPolicy.DEFAULT, 0);
        assertEquals("transient failures retried until the server was back: " + e.err(), 0, e.exit());
        assertPostgresEqualsDelta();
        Export again = export(RetryPolicy.DEFAULT);
        assertEquals(again.err(), 0, again.exit());
        assertPostgresEqualsDelta();
    }

    @Test
    public void anExportCutByAServerStopFailsAndTheReRunIsExact() throws Exception {
        freshSchema();
        Export cut = exportThroughARestart(new RetryPolicy(2, 100, 100), 1_500);
        assertEquals(cut.out(), 1, cut.exit());
        List<String> lines = cut.err().lines().toList();
        assertEquals(cut.err(), 1, lines.size());
        Assert.assertTrue(lines.get(0), lines.get(0).startsWith("export-rds: export failed: "));
        assertFalse(cut.err().contains(TestPostgres.PASSWORD));
        Export rerun = export(RetryPolicy.DEFAULT);
        assertEquals(rerun.err(), 0, rerun.exit());
        assertPostgresEqualsDelta();
    }

    @Test
    public void rebuildIndexesDropsAndBuildsThemAgainAndADroppedSetIsNeverLost() throws Exception {
        freshSchema();
        Phase9Schema.migrate(pg.target());
        List<String> before = indexDefinitions();
        Assert.assertTrue(before.toString(), before.size() >= 5);
        Export full = export(RetryPolicy.DEFAULT, "--rebuild-indexes");
        assertEquals(full.err(), 0, full.exit());
        assertEquals(before, indexDefinitions());
        assertEquals(0, pg.number("SELECT count(*) FROM phase9.export_dropped_indexes"));
        assertPostgresEqualsDelta();

        // a full load that died after dropping its indexes: the next export builds them first
        try (Connection c = pg.target().connect("test")) {
            assertEquals(before.size(), SecondaryIndexes.drop(c).size());
        }
        Assert.assertTrue(indexDefinitions().isEmpty());
        Export next = export(RetryPolicy.DEFAULT, "--game-ids", "401070702");
        assertEquals(next.err(), 0, next.exit());
        assertEquals(before, indexDefinitions());
        assertEquals(0, pg.number("SELECT count(*) FROM phase9.export_dropped_indexes"));
        Assert.assertTrue("the primary keys were never dropped", pg.number("SELECT count(*) FROM pg_indexes WHERE schemaname = 'phase9'"
                + " AND indexname LIKE '%_pkey'") >= Tables.ALL.size());
    }

    private static List<String> indexDefinitions() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.admin()) {
            for (SecondaryIndexes.Index i : SecondaryIndexes.current(c)) {
                out.add(i.definition());
            }
        }
        return out;
    }

    @Test
    public void snapshotAtReturnsWhatSparkSqlFindsOnTheDeltaTable() throws Exception {
        fullExport();
        delta(Tables.GAME_STATE_SNAPSHOTS).createOrReplaceTempView("snapshots");
        Row spark = session().sql("SELECT home_score, away_score, event_num, clock, period FROM snapshots"
                + " WHERE game_id = '401736813' AND (period < 3 OR (period = 3 AND seconds_left_in_period >= 452))"
                + " ORDER BY event_num DESC LIMIT 1").first();
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT home_score, away_score, event_num, clock, period"
                     + " FROM phase9.snapshot_at('401736813', 3, '7:32')")) {
            Assert.assertTrue(r.next());
            assertEquals(spark.getInt(0), r.getInt(1));
            assertEquals(spark.getInt(1), r.getInt(2));
            assertEquals(spark.getInt(2), r.getInt(3));
            assertEquals(spark.getString(3), r.getString(4));
            assertEquals(3, r.getInt(5));
            assertFalse("one row", r.next());
        }
        MomentState replay = replayStates("401736813", List.of("Q3 7:32")).get("Q3 7:32");
        assertEquals(replay.home().score(), spark.getInt(0));
        assertEquals(replay.away().score(), spark.getInt(1));
        assertEquals(replay.eventIndex(), spark.getInt(2));
        assertEquals(replay.clock(), spark.getString(3));
    }

    /** The replay's state at each moment, as jobs/process-game --at finds it. */
    private static Map<String, MomentState> replayStates(String gameId, List<String> moments) {
        RawGame game = SampleGames.read(gameId);
        Map<String, GameMoment> parsed = new LinkedHashMap<>();
        for (String m : moments) {
            parsed.put(m, GameMoment.parse(m, game.periodRules()));
        }
        Map<String, MomentState> found = new HashMap<>();
        GameProcessor.process(game, s -> parsed.forEach((text, moment) -> {
            if (moment.includes(s.period(), s.tenthsLeft())) {
                found.put(text, MomentState.of(game.gameId(), text, s, game.home(), game.away()));
            }
        }));
        return found;
    }

    @Test
    public void playerLinesAtMatchTheReplayForEveryPlayer() throws Exception {
        fullExport();
        List<String> moments = new ArrayList<>(List.of("Q3 7:32"));
        for (int q = 1; q <= 4; q++) {
            for (String clock : List.of("11:48", "6:00", "2:03", "0:00.4", "0:00")) {
                moments.add("Q" + q + " " + clock);
            }
        }
        int compared = 0;
        for (String gameId : SampleGames.COMPLETE) {
            Map<String, MomentState> states = replayStates(gameId, moments);
            for (String moment : moments) {
                MomentState want = states.get(moment);
                assertNotNull(gameId + " " + moment, want);
                String[] at = moment.substring(1).split(" ");
                Map<String, List<Object>> got = playerLinesAt(gameId, Integer.parseInt(at[0]), at[1]);
                Map<String, List<Object>> expected = new TreeMap<>();
                for (MomentState.Player p : want.players()) {
                    expected.put(p.playerId(), line(p.teamId(), p.onCourt(), p.stats(), p.secondsPlayed()));
                }
                assertEquals(gameId + " at " + moment, expected, got);
                compared += expected.size();
            }
        }
        Assert.assertTrue("lines compared: " + compared, compared > 1_000);
    }

    private static List<Object> line(String teamId, boolean onCourt, int[] stats, double seconds) {
        List<Object> out = new ArrayList<>(List.of(teamId, onCourt));
        for (int v : stats) {
            out.add(v);
        }
        // tenths of a second, as the replay counts them
        out.add(Math.round(seconds * 10));
        return out;
    }

    private static Map<String, List<Object>> playerLinesAt(String gameId, int period, String clock) throws SQLException {
        Map<String, List<Object>> out = new TreeMap<>();
        try (Connection c = pg.admin();
             PreparedStatement s = c.prepareStatement("SELECT * FROM phase9.player_lines_at(?, ?, ?)")) {
            s.setString(1, gameId);
            s.setInt(2, period);
            s.setString(3, clock);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int[] stats = new int[Stat.ALL.length];
                    for (Stat st : Stat.ALL) {
                        stats[st.ordinal()] = r.getInt(st.column());
                    }
                    out.put(r.getString("player_id"), line(r.getString("team_id"), r.getBoolean("on_court"), stats,
                            r.getDouble("seconds_played")));
                }
            }
        }
        return out;
    }

    @Test
    public void theViewsSummariseWhatTheDeltaTablesHold() throws Exception {
        fullExport();
        // latest_snapshots: one row per game, its final score, the one box_score_verification computed
        Map<String, List<Integer>> finals = new TreeMap<>();
        for (Row r : delta(Tables.BOX_SCORE_VERIFICATION).filter("status = 'processed'")
                .select("game_id", "home_score", "away_score", "snapshots").collectAsList()) {
            finals.put(r.getString(0), List.of(r.getInt(1), r.getInt(2), r.getInt(3) - 1));
        }
        Map<String, List<Integer>> latest = new TreeMap<>();
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT game_id, home_score, away_score, event_num FROM phase9.latest_snapshots")) {
            while (r.next()) {
                latest.put(r.getString(1), List.of(r.getInt(2), r.getInt(3), r.getInt(4)));
            }
        }
        assertEquals(6, latest.size());
        assertEquals(finals, latest);

        // verification_summary: per season, the games, passes and grades of the Delta table
        delta(Tables.BOX_SCORE_VERIFICATION).createOrReplaceTempView("verification");
        Map<Integer, List<Object>> spark = new TreeMap<>();
        for (Row r : session().sql("SELECT season, count(*), sum(CASE WHEN passed THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN grade = 'A' THEN 1 ELSE 0 END), sum(CASE WHEN grade = 'B' THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN grade = 'C' THEN 1 ELSE 0 END), sum(CASE WHEN grade = 'D' THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN grade = 'F' THEN 1 ELSE 0 END) FROM verification WHERE status = 'processed'"
                + " GROUP BY season").collectAsList()) {
            spark.put(r.getInt(0), List.of(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
                    r.getLong(7)));
        }
        Map<Integer, List<Object>> view = new TreeMap<>();
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT season, games, passed, grade_a, grade_b, grade_c, grade_d, grade_f, pass_rate"
                     + " FROM phase9.verification_summary")) {
            while (r.next()) {
                view.put(r.getInt(1), List.of(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                        r.getLong(8)));
                long games = r.getLong(2);
                assertEquals(r.getLong(3) / (double) games, r.getDouble(9), 1e-4);
                assertEquals("every game has a grade A-F", games, r.getLong(4) + r.getLong(5) + r.getLong(6) + r.getLong(7)
                        + r.getLong(8));
            }
        }
        assertEquals(spark, view);
        assertEquals(List.of(2003, 2008, 2010, 2019, 2025), new ArrayList<>(view.keySet()));
    }

    @Test
    public void thePasswordComesFromAPgpassFileToo() throws Exception {
        freshSchema();
        Path pgpass = Files.writeString(tmp.getRoot().toPath().resolve("export.pgpass"),
                "localhost:" + pg.port() + ":postgres:" + TestPostgres.USER + ":" + TestPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Export e = export(Map.of("PGPASSFILE", pgpass.toString()), RetryPolicy.DEFAULT, "--game-ids", "401070730");
        assertEquals(e.err(), 0, e.exit());
        assertEquals(List.of("401070730"), gamesIn("quarter_outcomes"));
    }

    @Test
    public void theBatchJobSavesToPostgresWithSaveRds() throws Exception {
        freshSchema();
        String input = tmp.getRoot().toPath().resolve("in").toString();
        // the superuser logs in on trust: this JVM has no PGPASSWORD of its own
        BatchProcessJob job = BatchProcessJob.runWith(session(), "--input", input, "--output", output(), "--save-rds",
                "--jdbc-url", pg.url(), "--jdbc-user", "postgres");
        assertEquals(0, job.exitCode());
        assertEquals("every game was done already: only the export ran", 0, job.totals().gamesIn);
        assertPostgresEqualsDelta();
        assertEquals("a password in the URL is refused", 2, BatchProcessJob.run("--input", input, "--output", output(), "--save-rds",
                "--jdbc-url", pg.url() + "?password=" + TestPostgres.PASSWORD, "--jdbc-user", TestPostgres.USER));
    }

    @Test
    public void aRunsLogNeverHoldsThePassword() throws Exception {
        freshSchema();
        Export e;
        String log;
        // everything the run logs: Spark at INFO, our code and Flyway at DEBUG
        try (LogCapture capture = LogCapture.start(Map.of("org.nbabox", "DEBUG", "org.flywaydb", "DEBUG"))) {
            e = export(RetryPolicy.DEFAULT, "--game-ids", "401736813", "--rebuild-indexes");
            log = capture.text();
        }
        assertEquals(e.err(), 0, e.exit());
        Assert.assertTrue(e.out(), e.out().contains("PostgreSQL export done: game_state_snapshots "));
        Assert.assertTrue("the log was captured: " + log, log.contains("Flyway") && log.contains("Dropped index")
                && log.contains("DAGScheduler") && log.contains("rows loaded with COPY"));
        for (String text : List.of(log, e.out(), e.err())) {
            assertFalse("the password never shows: " + text, text.contains(TestPostgres.PASSWORD));
        }
        assertEquals(List.of("401736813"), gamesIn("game_state_snapshots"));
    }
}
