package org.nbabox.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.Assert;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nbabox.espn.RawGame;
import org.nbabox.job.BatchProcessJob;
import org.nbabox.process.GameProcessor;
import org.nbabox.query.BadQueryException;
import org.nbabox.query.GameMoment;
import org.nbabox.query.MomentFormatter;
import org.nbabox.query.MomentState;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Stat;
import org.nbabox.testing.SampleGames;
import org.nbabox.testing.SparkTestBase;
import org.nbabox.testing.TestCorpus;

/**
 * The query surface on the batch job's real output for the six sample games: the views, the state at
 * a moment (checked against the replay itself), the game flow, jobs/query, jobs/sql and every SQL
 * cell of the notebooks. One Spark test class, one batch run.
 */
public class QuerySurfaceTest extends SparkTestBase {

    /** 401070730: PHI at DET, 2019-01-22, one overtime, DET wins 133-132. */
    private static final String OT_GAME = "401070730";
    /** 401736813: a 2025 game in regulation. */
    private static final String GAME_2025 = "401736813";

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static String tables;

    @Before
    public void sampleTables() {
        if (tables == null) {
            String input = TestCorpus.samples(TMP.getRoot().toPath().resolve("in")).toString();
            String out = TMP.getRoot().toPath().resolve("tables").toString();
            Assert.assertEquals(0, BatchProcessJob.runWith(session(), "--input", input, "--output", out, "--run-id", "query-test")
                    .exitCode());
            tables = out;
        }
        TableViews.register(session(), tables);
    }

    // ---- the views

    @Test
    public void playerLinesAtEqualTheReplayAtEveryEventOfEveryGame() {
        Map<String, String> replay = new HashMap<>();
        for (String id : SampleGames.ALL) {
            GameProcessor.process(SampleGames.read(id), s -> {
                for (PlayerLine l : s.players()) {
                    int[] v = new int[Stat.ALL.length];
                    for (Stat st : Stat.ALL) {
                        v[st.ordinal()] = l.get(st);
                    }
                    replay.put(id + " event " + s.eventIndex() + " " + l.playerId(),
                            line(l.playerName(), l.teamId(), l.onCourt(), v, l.secondsPlayed()));
                }
            });
        }
        Map<String, String> view = new HashMap<>();
        for (Row r : session().table("player_lines_at").collectAsList()) {
            int[] v = new int[Stat.ALL.length];
            for (Stat st : Stat.ALL) {
                v[st.ordinal()] = r.getInt(r.fieldIndex(st.column()));
            }
            String key = r.getString(r.fieldIndex("game_id")) + " event " + r.getInt(r.fieldIndex("event_num")) + " "
                    + r.getString(r.fieldIndex("player_id"));
            Assert.assertEquals("one row per game, event and player: " + key, null, view.put(key,
                    line(r.getString(r.fieldIndex("player_name")), r.getString(r.fieldIndex("team_id")),
                            r.getBoolean(r.fieldIndex("on_court")), v, r.getDouble(r.fieldIndex("seconds_played")))));
        }
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(replay.keySet())) {
            if (!replay.get(key).equals(view.get(key))) {
                differences.add(key + ": replay " + replay.get(key) + ", view " + view.get(key));
            }
        }
        for (String key : view.keySet()) {
            if (!replay.containsKey(key)) {
                differences.add(key + ": in the view only");
            }
        }
        Assert.assertTrue(differences.size() + " differences, first: " + differences.subList(0, Math.min(5, differences.size())),
                differences.isEmpty());
        Assert.assertTrue("every player at every event: " + view.size(), view.size() > 2913 * 15);
    }

    private static String line(String name, String team, boolean onCourt, int[] stats, double seconds) {
        return name + " " + team + (onCourt ? " on " : " off ") + Arrays.toString(stats) + " " + seconds + "s";
    }

    @Test
    public void quarterOutcomesViewAddsHalvesAndTheGameResult() {
        List<Row> rows = session().sql("SELECT period, half, home_points, away_points, half_home_points, half_away_points, "
                + "half_total, half_winner, final_home_score, final_away_score, game_winner "
                + "FROM quarter_outcomes WHERE game_id = '" + OT_GAME + "' ORDER BY period").collectAsList();
        Assert.assertEquals(5, rows.size());
        Assert.assertEquals(List.of("1", "1", "2", "2", "OT"), rows.stream().map(r -> r.getString(1)).toList());
        Row q1 = rows.get(0);
        Assert.assertEquals(List.of(27, 28, 61L, 64L, 125L, "away"), List.of(q1.getInt(2), q1.getInt(3), q1.getLong(4), q1.getLong(5),
                q1.getLong(6), q1.getString(7)));
        Row q3 = rows.get(2);
        Assert.assertEquals(List.of(59L, 56L, 115L, "home"), List.of(q3.getLong(4), q3.getLong(5), q3.getLong(6), q3.getString(7)));
        Row ot = rows.get(4);
        Assert.assertEquals(List.of(13L, 12L, 133, 132, "home"), List.of(ot.getLong(4), ot.getLong(5), ot.getInt(8), ot.getInt(9),
                ot.getString(10)));
        // the raw table stays reachable under its internal name, one row per period of every game
        Assert.assertEquals(session().table("quarter_outcomes").count(), session().table(Views.QUARTER_OUTCOMES_RAW).count());
    }

    @Test
    public void latestSnapshotsAndVerificationSummary() {
        Dataset<Row> latest = session().sql("SELECT l.game_id, l.home_score, l.away_score, v.home_score, v.away_score "
                + "FROM latest_snapshots l JOIN box_score_verification v ON v.game_id = l.game_id");
        Assert.assertEquals(6, latest.count());
        for (Row r : latest.collectAsList()) {
            Assert.assertEquals(r.getString(0), List.of(r.getInt(1), r.getInt(2)), List.of(r.getInt(3), r.getInt(4)));
        }
        Row ot = session().sql("SELECT event_num, home_score, away_score FROM latest_snapshots WHERE game_id = '" + OT_GAME + "'")
                .first();
        Assert.assertEquals(List.of(552, 133, 132), List.of(ot.getInt(0), ot.getInt(1), ot.getInt(2)));
        Row total = session().sql("SELECT sum(games_read), sum(games), sum(passed), sum(grade_f), count(*) "
                + "FROM verification_summary").first();
        Assert.assertEquals(List.of(6L, 6L, 5L, 1L, 5L), List.of(total.getLong(0), total.getLong(1), total.getLong(2),
                total.getLong(3), total.getLong(4)));
    }

    // ---- the state at a moment, pinned and checked against the replay

    @Test
    public void twelveMinutesLeftIsTheStateAfterEveryEventAtThePeriodStart() {
        assertMoment(OT_GAME, "Q1 12:00", 0, "12:00", 0, 0);
        // Q2 opens with five substitutions at 12:00: the state after the last of them
        MomentState q2 = assertMoment(OT_GAME, "Q2 12:00", 133, "12:00", 27, 28);
        Assert.assertEquals(5, q2.home().onCourt().size());
        Assert.assertEquals(5, q2.away().onCourt().size());
        Assert.assertEquals(List.of(129, 133), eventRange(OT_GAME, 2, "12:00"));
        assertMoment(OT_GAME, "start of OT1", 498, "5:00", 120, 120);
        assertMoment(OT_GAME, "OT1 5:00", 498, "5:00", 120, 120);
    }

    @Test
    public void zeroLeftIsTheEndOfThePeriod() {
        assertMoment(OT_GAME, "Q1 0:00", 128, "0.0", 27, 28);
        assertMoment(OT_GAME, "end of Q1", 128, "0.0", 27, 28);
        assertMoment(OT_GAME, "OT1 0:00", 552, "0.0", 133, 132);
        assertMoment(OT_GAME, "end of game", 552, "0.0", 133, 132);
    }

    @Test
    public void eventsSharingTheClockAllCountAsBeforeTheMoment() {
        // nine events at Q1 5:29: misses, rebounds, a foul, a substitution between two free throws
        Assert.assertEquals(List.of(67, 75), eventRange(OT_GAME, 1, "5:29"));
        assertMoment(OT_GAME, "Q1 5:29", 75, "5:29", 17, 16);
        // six events at OT1 5.6: an and-one, a timeout and two substitutions
        Assert.assertEquals(List.of(536, 541), eventRange(OT_GAME, 5, "5.6"));
        assertMoment(OT_GAME, "OT1 5.6", 541, "5.6", 130, 132);
        assertMoment(OT_GAME, "OT1 0:05.6", 541, "5.6", 130, 132);
    }

    @Test
    public void aMomentWithoutAnEventIsTheStateAfterTheLastEventBeforeIt() {
        Assert.assertEquals(0, session().sql("SELECT * FROM game_state_snapshots WHERE game_id = '" + GAME_2025
                + "' AND period = 3 AND clock = '7:32'").count());
        assertMoment(GAME_2025, "Q3 7:32", 246, "7:42", 61, 64);
        assertMoment(GAME_2025, "3rd 7:32", 246, "7:42", 61, 64);
        // overtime: nothing happens at OT1 0:45, the last event before it is a foul at 56.7
        assertMoment(OT_GAME, "OT1 0:45", 528, "56.7", 128, 128);
        assertMoment(OT_GAME, "1st OT 0:45", 528, "56.7", 128, 128);
    }

    @Test
    public void halftimeEndOfQ2AndElapsedSecondsAgree() {
        for (String when : List.of("halftime", "end of Q2", "2nd 0:00", "1440")) {
            assertMoment(GAME_2025, when, 212, "0.0", 57, 51);
        }
        // 2880 s is the end of regulation; 2948 s is OT1 3:52, between events at 3:55 and 3:51
        assertMoment(OT_GAME, "2880", 495, "0.0", 120, 120);
        assertMoment(OT_GAME, "2948", 506, "3:55", 123, 120);
    }

    @Test
    public void badMomentsAreRefusedWithAMessage() {
        GameQueries q = new GameQueries(session());
        assertBadQuery(() -> q.at("999999999", "Q1 5:00"), "no game 999999999 in the tables");
        assertBadQuery(() -> q.at(OT_GAME, "OT2 1:00"), "\"OT2 1:00\" is past the end of game 401070730 (last period OT1)");
        assertBadQuery(() -> q.at(GAME_2025, "3000"), "\"3000\" is past the end of game 401736813 (last period Q4)");
        assertBadQuery(() -> q.at(GAME_2025, "Q3 7:3x"), "cannot read the time \"Q3 7:3x\"");
        assertBadQuery(() -> q.at(GAME_2025, "Q3 13:00"), "clock 13:00 is longer than period Q3");
    }

    private static void assertBadQuery(Runnable query, String messageStart) {
        try {
            query.run();
        } catch (BadQueryException e) {
            Assert.assertTrue(e.getMessage(), e.getMessage().startsWith(messageStart));
            Assert.assertFalse(e.getMessage().contains("\n"));
            return;
        }
        throw new AssertionError("no BadQueryException, expected " + messageStart);
    }

    /** The table's answer equals the replay's own state at the same moment, field for field. */
    private MomentState assertMoment(String gameId, String when, int event, String clock, int home, int away) {
        MomentState ours = new GameQueries(session()).at(gameId, when);
        MomentState replay = replayAt(gameId, when);
        Assert.assertEquals(gameId + " at " + when, MomentFormatter.json(replay), MomentFormatter.json(ours));
        Assert.assertEquals(when, List.of(event, clock, home, away),
                List.of(ours.eventIndex(), ours.clock(), ours.home().score(), ours.away().score()));
        return ours;
    }

    /** The state after the last event at or before the moment, from a replay of the game file. */
    private static MomentState replayAt(String gameId, String when) {
        RawGame g = SampleGames.read(gameId);
        GameMoment m = GameMoment.parse(when, g.periodRules());
        MomentState[] found = new MomentState[1];
        GameProcessor.process(g, s -> {
            if (m.includes(s.period(), s.tenthsLeft())) {
                found[0] = MomentState.of(g.gameId(), when, s, g.home(), g.away());
            }
        });
        return found[0];
    }

    /** First and last event of a period at a clock. */
    private List<Integer> eventRange(String gameId, int period, String clock) {
        Row r = session().sql("SELECT min(event_num), max(event_num) FROM game_state_snapshots WHERE game_id = '" + gameId
                + "' AND period = " + period + " AND clock = '" + clock + "'").first();
        return List.of(r.getInt(0), r.getInt(1));
    }

    // ---- jobs/query

    private record Run(int code, String out, String err) {
    }

    private static Run query(String... args) {
        return run(true, args);
    }

    private static Run sql(String... args) {
        return run(false, args);
    }

    private static Run run(boolean query, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = query ? QueryCommand.run(new PrintWriter(out), new PrintWriter(err), args)
                : SqlCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    public void queryAtPrintsTheDocumentedJsonAndTheSameTableAsProcessGame() throws Exception {
        Run r = query("--tables", tables, "--game", OT_GAME, "--at", "OT1 0:45", "--json");
        Assert.assertEquals(r.err(), 0, r.code());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : List.of("game_id", "period", "clock", "home_score", "away_score", "home_on_court", "away_on_court",
                "players")) {
            Assert.assertTrue(f, j.has(f));
        }
        Assert.assertEquals(List.of(5, "56.7", 128, 128), List.of(j.get("period").asInt(), j.get("clock").asText(),
                j.get("home_score").asInt(), j.get("away_score").asInt()));
        Assert.assertEquals(5, j.get("home_on_court").size());
        Assert.assertEquals(18, j.get("players").size());
        for (JsonNode p : j.get("players")) {
            for (String f : List.of("player_id", "player_name", "team_id", "pts", "fgm", "fga", "fg3m", "fg3a", "ftm", "fta",
                    "oreb", "dreb", "reb", "ast", "stl", "blk", "tov", "pf", "plus_minus", "seconds_played")) {
                Assert.assertTrue(f, p.has(f));
            }
        }
        JsonNode griffin = null;
        for (JsonNode p : j.get("players")) {
            griffin = "Blake Griffin".equals(p.get("player_name").asText()) ? p : griffin;
        }
        Assert.assertEquals(List.of(47, 19, 34, 3), List.of(griffin.get("pts").asInt(), griffin.get("fgm").asInt(),
                griffin.get("fga").asInt(), griffin.get("plus_minus").asInt()));

        Run table = query("--tables", tables, "--game", OT_GAME, "--at", "OT1 0:45");
        Assert.assertEquals(table.err(), 0, table.code());
        Assert.assertEquals(MomentFormatter.table(replayAt(OT_GAME, "OT1 0:45")), table.out());
        Assert.assertTrue(table.out(), table.out().startsWith("Game 401070730 at OT1 0:45: PHI 128 - 128 DET (OT1 56.7, event 528)"));
    }

    @Test
    public void flowWritesAPngChartAndTheMarginRows() throws Exception {
        Path chart = TMP.getRoot().toPath().resolve("charts/flow.png");
        Run r = query("--tables", tables, "--game", OT_GAME, "--flow", "--chart", chart.toString(), "--json");
        Assert.assertEquals(r.err(), 0, r.code());
        byte[] png = Files.readAllBytes(chart);
        Assert.assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        Assert.assertTrue("a real chart, not an empty image: " + png.length, png.length > 5_000);
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        JsonNode first = points.get(0);
        JsonNode last = points.get(points.size() - 1);
        Assert.assertEquals(List.of(0, 0, 0), List.of(first.get("event_num").asInt(), first.get("home_score").asInt(),
                first.get("margin").asInt()));
        Assert.assertEquals(List.of(552, 133, 132, 1), List.of(last.get("event_num").asInt(), last.get("home_score").asInt(),
                last.get("away_score").asInt(), last.get("margin").asInt()));
        long scoringEvents = session().sql("SELECT count(*) FROM game_state_snapshots WHERE game_id = '" + OT_GAME
                + "' AND points > 0").first().getLong(0);
        // the first event, every scoring event, and the five period ends (whose last events score nothing here)
        Assert.assertEquals(1 + scoringEvents + 5, points.size());
        for (int i = 1; i < points.size(); i++) {
            Assert.assertTrue(points.get(i).get("event_num").asInt() > points.get(i - 1).get("event_num").asInt());
        }

        Run table = query("--tables", tables, "--game", OT_GAME, "--flow", "--chart", chart.toString());
        Assert.assertEquals(table.err(), 0, table.code());
        Assert.assertTrue(table.out(), table.out().contains("   552 OT1     0.0    53:00   132   133      +1"));
        Assert.assertTrue(table.out(), table.out().endsWith("Chart: " + chart + System.lineSeparator()));
    }

    @Test
    public void badQueriesPrintOneLineAndExitNonZero() {
        String[][] bad = {
            {"--tables", tables, "--game", "999999999", "--at", "Q1 5:00"},
            {"--tables", tables, "--game", OT_GAME, "--at", "OT2 1:00"},
            {"--tables", tables, "--game", GAME_2025, "--at", "Q3 7:3x"},
            {"--tables", tables, "--game", GAME_2025, "--flow", "--at", "Q1 1:00"},
            {"--tables", tables, "--at", "Q1 1:00"},
            {"--tables", tables, "--game", OT_GAME, "--at", "Q1 1:00", "--chart", "flow.png"},
            {"--tables", tables, "--game", OT_GAME, "--flow", "--chart", "flow.svg"},
            {"--tables", tables, "--game", OT_GAME, "--at", "Q3 7:61"},
            {"--tables", TMP.getRoot().toPath().resolve("nothing-here").toString(), "--game", OT_GAME, "--at", "Q1 1:00"},
        };
        for (String[] args : bad) {
            Run r = query(args);
            Assert.assertEquals(String.join(" ", args), QueryCommand.EXIT_BAD_QUERY, r.code());
            Assert.assertEquals(String.join(" ", args) + ": " + r.err(), "", r.out());
            Assert.assertEquals(r.err(), 1, r.err().lines().count());
            Assert.assertTrue(r.err(), r.err().startsWith("query: "));
        }
        Assert.assertTrue(query("--tables", tables, "--game", "999999999", "--at", "Q1 5:00").err()
                .startsWith("query: no game 999999999 in the tables"));
    }

    // ---- jobs/sql

    @Test
    public void sqlRunsStatementsAndFilesAndPrintsTables() throws Exception {
        Run r = sql("--tables", tables, "SELECT game_id, period, half, total FROM quarter_outcomes WHERE game_id = '" + OT_GAME
                + "' ORDER BY period");
        Assert.assertEquals(r.err(), 0, r.code());
        Assert.assertEquals(String.join("\n",
                " game_id   | period | half | total",
                "-----------+--------+------+-------",
                " 401070730 |      1 | 1    |    55",
                " 401070730 |      2 | 1    |    70",
                " 401070730 |      3 | 2    |    56",
                " 401070730 |      4 | 2    |    59",
                " 401070730 |      5 | OT   |    25",
                "(5 rows)", ""), r.out());

        Path file = TMP.getRoot().toPath().resolve("q.sql");
        Files.writeString(file, "-- two statements; the second reads the first\n"
                + "CREATE OR REPLACE TEMP VIEW ot_games AS SELECT DISTINCT game_id FROM quarter_outcomes WHERE half = 'OT';\n"
                + "SELECT game_id, 'a;b' AS text FROM quarter_outcomes WHERE game_id IN (SELECT game_id FROM ot_games) "
                + "ORDER BY period;\n");
        Run f = sql("--tables", tables, "-f", file.toString(), "--limit", "1");
        Assert.assertEquals(f.err(), 0, f.code());
        Assert.assertTrue(f.out(), f.out().contains(" 401070730 | a;b"));
        Assert.assertTrue(f.out(), f.out().endsWith("(1 row, more not shown)\n"));

        Run bad = sql("--tables", tables, "SELECT nope FROM quarter_outcomes");
        Assert.assertEquals(SqlCommand.EXIT_BAD_QUERY, bad.code());
        Assert.assertEquals(bad.err(), 1, bad.err().lines().count());
        Assert.assertTrue(bad.err(), bad.err().startsWith("sql: ") && bad.err().contains("nope"));
        Assert.assertEquals(SqlCommand.EXIT_BAD_QUERY, sql("--tables", tables).code());
    }

    // ---- notebooks

    @Test
    public void everySqlBlockOfTheTablesDocRunsOnTheSampleOutput() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Paths.get("docs/TABLES.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        // as jobs/sql runs them: every table and view registered (the registration block itself runs too)
        SparkSession spark = session();
        int blocks = 0;
        int queries = 0;
        while (m.find()) {
            blocks++;
            for (String statement : SqlScript.statements(m.group(1))) {
                String sql = statement.startsWith("SET nbabox.tables") ? "SET nbabox.tables = " + tables : statement;
                try {
                    Dataset<Row> result = spark.sql(sql);
                    String code = sql.replaceAll("(?m)^\\s*--.*$", "").strip().toUpperCase(java.util.Locale.ROOT);
                    if (code.startsWith("SELECT") || code.startsWith("WITH")) {
                        queries++;
                        Assert.assertFalse("rows from the docs' query: " + sql, result.isEmpty());
                    }
                } catch (Exception e) {
                    Assert.fail("docs/TABLES.md block " + blocks + " fails: " + SqlCommand.firstLine(e) + "\n" + sql);
                }
            }
        }
        Assert.assertTrue("sql blocks: " + blocks, blocks >= 5);
        Assert.assertTrue("queries: " + queries, queries >= 1);
    }

    @Test
    public void everySqlCellOfEveryNotebookRunsOnTheSampleOutput() {
        List<Path> notebooks = NotebookCells.notebooks();
        Assert.assertEquals(4, notebooks.size());
        List<String> failures = new ArrayList<>();
        int queries = 0;
        for (Path nb : notebooks) {
            // a session of its own, without the views registered for the other tests: a notebook that
            // forgot its registration cell fails here, as it would on EMR Studio
            SparkSession fresh = session().newSession();
            List<NotebookCells.Cell> cells = NotebookCells.sqlCells(nb);
            Assert.assertTrue(nb + " has SQL cells", cells.size() > 5);
            for (NotebookCells.Cell cell : cells) {
                String sql = cell.sql();
                if (sql.startsWith("SET nbabox.tables")) {
                    sql = "SET nbabox.tables = " + tables;
                }
                for (String view : Views.NAMES) {
                    if (sql.contains("TEMP VIEW " + view + " AS") && !sql.equals(Views.sql(view))) {
                        failures.add(cell + ": the " + view + " view differs from src/main/resources/sql/views/" + view + ".sql");
                    }
                }
                try {
                    Dataset<Row> result = fresh.sql(sql);
                    if (cell.isQuery()) {
                        queries++;
                        if (!cell.tags().contains(NotebookCells.MAY_BE_EMPTY) && result.isEmpty()) {
                            failures.add(cell + ": no rows from " + sql);
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(cell + ": " + SqlCommand.firstLine(e));
                }
            }
        }
        Assert.assertTrue(String.join("\n", failures), failures.isEmpty());
        Assert.assertTrue("queries run: " + queries, queries >= 12);
    }

    /**
     * The chart cells ({@code %%local}, Python) of every notebook read frames that an earlier SQL cell
     * sends there ({@code -o name}), and only columns those results have; every frame sent is used.
     */
    @Test
    public void everyChartCellReadsFramesAndColumnsTheSqlCellsProduce() {
        java.util.regex.Pattern column = java.util.regex.Pattern.compile("\\[['\"]([A-Za-z_][A-Za-z_0-9]*)['\"]\\]|groupby\\(['\"]([A-Za-z_0-9]+)['\"]\\)");
        List<String> failures = new ArrayList<>();
        int charts = 0;
        for (Path nb : NotebookCells.notebooks()) {
            SparkSession fresh = session().newSession();
            Map<String, List<String>> frames = new HashMap<>();
            Map<String, Integer> frameCell = new HashMap<>();
            Map<Integer, String> local = NotebookCells.localCells(nb);
            for (NotebookCells.Cell cell : NotebookCells.sqlCells(nb)) {
                String sql = cell.sql().startsWith("SET nbabox.tables") ? "SET nbabox.tables = " + tables : cell.sql();
                try {
                    Dataset<Row> result = fresh.sql(sql);
                    if (cell.output() != null) {
                        frames.put(cell.output(), List.of(result.columns()));
                        frameCell.put(cell.output(), cell.index());
                    }
                } catch (Exception e) {
                    failures.add(cell + ": " + SqlCommand.firstLine(e));
                }
            }
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Map.Entry<Integer, String> chart : local.entrySet()) {
                charts++;
                List<String> read = frames.keySet().stream()
                        .filter(f -> java.util.regex.Pattern.compile("\\b" + f + "\\b").matcher(chart.getValue()).find()).toList();
                if (read.isEmpty()) {
                    failures.add(nb.getFileName() + " cell " + chart.getKey() + " reads no frame of a SQL cell");
                }
                java.util.Set<String> columns = new java.util.HashSet<>();
                for (String f : read) {
                    used.add(f);
                    columns.addAll(frames.get(f));
                    if (frameCell.get(f) > chart.getKey()) {
                        failures.add(nb.getFileName() + " cell " + chart.getKey() + " reads " + f + " before the cell that makes it");
                    }
                }
                java.util.regex.Matcher m = column.matcher(chart.getValue());
                while (m.find()) {
                    String c = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!columns.contains(c)) {
                        failures.add(nb.getFileName() + " cell " + chart.getKey() + " reads column " + c + ", not in " + columns);
                    }
                }
            }
            for (String f : frames.keySet()) {
                if (!used.contains(f)) {
                    failures.add(nb.getFileName() + ": the frame " + f + " is sent to Python but no chart reads it");
                }
            }
        }
        Assert.assertTrue(String.join("\n", failures), failures.isEmpty());
        Assert.assertTrue("chart cells: " + charts, charts >= 4);
    }
}
