package org.nbabox.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nbabox.espn.RawGame;
import org.nbabox.replay.GameReplay;
import org.nbabox.replay.ReplayResult;
import org.nbabox.replay.SnapshotListener;
import org.nbabox.tables.Tables;
import org.nbabox.testing.SampleGames;
import org.nbabox.testing.SparkTestBase;
import org.nbabox.testing.TestCorpus;

/** The batch job end to end in Spark local mode, on real games. */
public class BatchProcessJobTest extends SparkTestBase {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private BatchProcessJob run(String... args) {
        return BatchProcessJob.runWith(session(), args);
    }

    @Test
    public void sampleGamesEndToEndAndReRunsChangeNothing() throws Exception {
        String input = TestCorpus.samples(tmp.getRoot().toPath().resolve("in")).toString();
        String output = tmp.getRoot().toPath().resolve("out").toString();
        BatchProcessJob job = run("--input", input, "--output", output, "--checkpoint-every", "4");
        assertEquals(0, job.exitCode());

        long events = 0;
        long periods = 0;
        long quarterBoxRows = 0;
        for (String id : SampleGames.ALL) {
            RawGame g = SampleGames.read(id);
            ReplayResult r = GameReplay.replay(g, SnapshotListener.NONE);
            events += r.events();
            periods += r.periods().size();
            for (org.nbabox.replay.PeriodBox p : r.periods()) {
                quarterBoxRows += p.players().size() + 2; // every player's line of the period and both teams'
            }
            long perGame = session().read().format("delta").load(output + "/game_state_snapshots")
                    .filter("game_id = '" + id + "'").count();
            assertEquals(id + ": one snapshot per event", r.events(), perGame);
        }
        assertEquals(events, count(output, Tables.GAME_STATE_SNAPSHOTS));
        assertEquals(periods, count(output, Tables.QUARTER_OUTCOMES));
        assertEquals(quarterBoxRows, count(output, Tables.QUARTER_BOX_SCORES));
        assertEquals(6, count(output, Tables.BOX_SCORE_VERIFICATION));
        assertEquals(0, count(output, Tables.GAME_ERRORS));
        assertEquals(6, job.totals().gamesIn);
        assertEquals(events, job.totals().snapshots);
        // a compact player table: far fewer rows than every player at every event
        long playerRows = count(output, Tables.PLAYER_SNAPSHOT_STATS);
        assertTrue(playerRows > events && playerRows < events * 6);
        Dataset<Row> finalLines = session().read().format("delta").load(output + "/quarter_outcomes")
                .filter("game_id = '401736813' and period = 1");
        Row q1 = finalLines.first();
        assertEquals(33, q1.getInt(q1.fieldIndex("home_points")));
        assertEquals("home", q1.getString(q1.fieldIndex("winner")));
        assertTrue(Files.exists(Path.of(output, "reports")));

        Map<String, String> first = digest(output);
        BatchProcessJob again = run("--input", input, "--output", output);
        assertEquals(0, again.totals().gamesIn);
        assertEquals("a re-run skips games already done", first, digest(output));
        BatchProcessJob reprocess = run("--input", input, "--output", output, "--reprocess", "--checkpoint-every", "3");
        assertEquals(6, reprocess.totals().gamesIn);
        assertEquals("reprocessing replaces rows, never duplicates", first, digest(output));

        // spark-testing-base equality on a whole table across runs: collected before, compared after
        List<Row> before = session().read().format("delta").load(output + "/quarter_outcomes").orderBy("game_id", "period")
                .collectAsList();
        run("--input", input, "--output", output, "--reprocess");
        Dataset<Row> after = session().read().format("delta").load(output + "/quarter_outcomes").orderBy("game_id", "period");
        assertDataFrameEquals(session().createDataFrame(before, after.schema()), after, assertDataFrameEquals$default$3());
    }

    @Test
    public void parquetOutputHoldsTheDeltaRowsAndReRunsChangeNothing() throws Exception {
        String input = TestCorpus.samples(tmp.getRoot().toPath().resolve("in")).toString();
        String delta = tmp.getRoot().toPath().resolve("delta").toString();
        String parquet = tmp.getRoot().toPath().resolve("parquet").toString();
        assertEquals(0, run("--input", input, "--output", delta).exitCode());
        BatchProcessJob job = run("--input", input, "--output", parquet, "--format", "parquet");
        assertEquals(0, job.exitCode());
        assertEquals(6, job.totals().gamesIn);
        Map<String, String> expected = digest(delta);
        assertEquals("the Parquet tables hold the Delta tables' rows", expected, digest(parquet, "parquet"));
        org.junit.Assert.assertTrue("partitioned by season", Files.isDirectory(Path.of(parquet, "game_state_snapshots", "season=2025")));

        assertEquals("a re-run skips games already done", 0,
                run("--input", input, "--output", parquet, "--format", "parquet").totals().gamesIn);
        assertEquals(expected, digest(parquet, "parquet"));
        BatchProcessJob again = run("--input", input, "--output", parquet, "--format", "parquet", "--reprocess");
        assertEquals(6, again.totals().gamesIn);
        assertEquals("reprocessing replaces the seasons' rows, never duplicates", expected, digest(parquet, "parquet"));
    }

    @Test
    public void badFilesEachGetTheirReasonAndTheJobFinishes() throws Exception {
        Path in = tmp.getRoot().toPath().resolve("mixed");
        TestCorpus.samples(in);
        Files.writeString(in.resolve("500000001.json"), "");
        Files.writeString(in.resolve("500000002.json"), "{\"header\": {\"id\": \"500000002\", \"season\": {\"year\": 20");
        Files.writeString(in.resolve("500000003.json"), "{\"header\": nope}");
        Files.writeString(in.resolve("500000004.json"), "{\"something\": \"else\"}");
        // plays lost from a file whose header says it has play-by-play
        Files.writeString(in.resolve("500000006.json"), "{\"header\":{\"id\":\"500000006\",\"season\":{\"year\":2025,\"type\":2},"
                + "\"competitions\":[{\"playByPlaySource\":\"full\",\"competitors\":[{\"homeAway\":\"home\",\"score\":\"90\",\"team\":{\"id\":\"1\"}},"
                + "{\"homeAway\":\"away\",\"score\":\"80\",\"team\":{\"id\":\"2\"}}]}]},\"plays\":[]}", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("500000005.json"), "{\"header\":{\"id\":\"500000005\",\"season\":{\"year\":1999,\"type\":2},"
                + "\"competitions\":[{\"playByPlaySource\":\"none\",\"competitors\":[{\"homeAway\":\"home\",\"score\":\"90\",\"team\":{\"id\":\"1\"}},"
                + "{\"homeAway\":\"away\",\"score\":\"80\",\"team\":{\"id\":\"2\"}}]}]},\"plays\":[]}", StandardCharsets.UTF_8);
        String output = tmp.getRoot().toPath().resolve("out").toString();
        // 4 bad files of 12 is above --max-error-rate: the job still finishes everything, and says so in its exit code
        BatchProcessJob job = run("--input", in.toString(), "--output", output, "--max-error-rate", "0.1");
        assertEquals(BatchProcessJob.EXIT_ERROR_RATE, job.exitCode());
        Map<String, String> reasons = session().read().format("delta").load(output + "/game_errors").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("game_id")), r -> r.getString(r.fieldIndex("reason"))));
        assertEquals(Map.of("500000001", "empty file", "500000002", "truncated file", "500000003", "malformed JSON",
                "500000004", "unknown format"), reasons);
        RunTotals t = job.totals();
        assertEquals(12, t.gamesIn);
        assertEquals(4, t.errors);
        assertEquals(2, t.noPlayByPlay);
        assertEquals(6, t.processed);
        assertEquals("games in = snapshotted + no play-by-play + errors", t.gamesIn, t.processed + t.noPlayByPlay + t.errors);
        Row none = session().read().format("delta").load(output + "/box_score_verification").filter("game_id = '500000005'").first();
        assertEquals("no play-by-play", none.getString(none.fieldIndex("status")));
        Row lost = session().read().format("delta").load(output + "/box_score_verification").filter("game_id = '500000006'").first();
        assertEquals("no play-by-play", lost.getString(lost.fieldIndex("status")));
        org.junit.Assert.assertTrue("a file that lost its plays says so: " + lost, lost.getList(lost.fieldIndex("anomalies")).toString()
                .contains("espn_inconsistent"));
        assertEquals(4, count(output, Tables.GAME_ERRORS));
        assertEquals(8, count(output, Tables.BOX_SCORE_VERIFICATION));

        // resumed: only the bad files are read again, and the error rate is over every selected game
        BatchProcessJob resumed = run("--input", in.toString(), "--output", output, "--max-error-rate", "0.5");
        assertEquals(4, resumed.totals().gamesIn);
        assertEquals(8, resumed.totals().alreadyDone);
        assertEquals(4.0 / 12, resumed.totals().errorRate(), 1e-9);
        assertEquals("the job succeeds under a rate it allows", 0, resumed.exitCode());
        assertEquals(4, count(output, Tables.GAME_ERRORS));
    }

    @Test
    public void aGameThatNowFailsLosesItsOldRowsAndTwoFilesOfOneGameAreWrittenOnce() throws Exception {
        Path in = tmp.getRoot().toPath().resolve("in");
        Files.createDirectories(in);
        Files.copy(SampleGames.file("401070702"), in.resolve("401070702.json"));
        Files.copy(SampleGames.file("280605002"), in.resolve("280605002.json"));
        String output = tmp.getRoot().toPath().resolve("out").toString();
        assertEquals(0, run("--input", in.toString(), "--output", output).exitCode());

        byte[] good = Files.readAllBytes(in.resolve("401070702.json"));
        Files.write(in.resolve("401070702.json"), java.util.Arrays.copyOf(good, good.length / 2));
        run("--input", in.toString(), "--output", output, "--reprocess", "--game-ids", "401070702");
        assertEquals(0, session().read().format("delta").load(output + "/game_state_snapshots").filter("game_id = '401070702'").count());
        assertEquals(0, session().read().format("delta").load(output + "/box_score_verification").filter("game_id = '401070702'").count());
        assertEquals(1, count(output, Tables.BOX_SCORE_VERIFICATION));
        assertEquals("truncated file", session().read().format("delta").load(output + "/game_errors").first().getAs("reason"));

        Files.write(in.resolve("401070702.json"), good);
        Files.copy(SampleGames.file("401070730"), in.resolve("401070730.json"));
        Files.copy(SampleGames.file("401070730"), in.resolve("401070730-redownload.json"));
        BatchProcessJob fixed = run("--input", in.toString(), "--output", output);
        assertEquals("the failed game is retried, the new files read", 3, fixed.totals().gamesIn);
        Dataset<Row> snapshots = session().read().format("delta").load(output + "/game_state_snapshots");
        assertEquals(547, snapshots.filter("game_id = '401070702'").count());
        assertEquals(553, snapshots.filter("game_id = '401070730'").count());
        assertEquals(3, count(output, Tables.BOX_SCORE_VERIFICATION));
        List<Row> errors = session().read().format("delta").load(output + "/game_errors").collectAsList();
        assertEquals("the truncated file's error is gone; the second copy is recorded: " + errors, 1, errors.size());
        assertEquals("duplicate game", errors.get(0).getAs("reason"));
        assertTrue(errors.get(0).<String>getAs("source_file").endsWith("401070730-redownload.json"));
        Map<String, String> settled = digest(output);
        assertEquals("the same input again: nothing to do, the same file kept", 0,
                run("--input", in.toString(), "--output", output).totals().gamesIn);
        assertEquals(settled, digest(output));
        run("--input", in.toString(), "--output", output, "--reprocess");
        assertEquals("reprocessed: the same choice", settled, digest(output));

        // a file not named after its game, that fails when reprocessed, loses the game's rows too
        Path other = tmp.getRoot().toPath().resolve("other");
        Files.createDirectories(other);
        Files.copy(SampleGames.file("280605002"), other.resolve("finals-game-1.json"));
        String out2 = tmp.getRoot().toPath().resolve("out2").toString();
        run("--input", other.toString(), "--output", out2);
        assertEquals(449, count(out2, Tables.GAME_STATE_SNAPSHOTS));
        byte[] finals = Files.readAllBytes(other.resolve("finals-game-1.json"));
        Files.write(other.resolve("finals-game-1.json"), java.util.Arrays.copyOf(finals, finals.length / 3));
        run("--input", other.toString(), "--output", out2, "--reprocess");
        assertEquals(0, count(out2, Tables.GAME_STATE_SNAPSHOTS));
        assertEquals(0, count(out2, Tables.BOX_SCORE_VERIFICATION));
        assertEquals(1, count(out2, Tables.GAME_ERRORS));
    }

    @Test
    public void format2GamesReadTheirBoxScoresAndAMissingBoxScoreFileIsAnError() throws Exception {
        Path in = tmp.getRoot().toPath().resolve("pbp");
        Path box = tmp.getRoot().toPath().resolve("box");
        Files.createDirectories(in);
        Files.createDirectories(box);
        for (String id : List.of("401736813", "280605002")) {
            org.nbabox.testing.Format2Converter.convert(SampleGames.file(id), in.resolve(id + ".json"), box.resolve(id + ".json"));
        }
        Files.delete(box.resolve("280605002.json"));
        String output = tmp.getRoot().toPath().resolve("out").toString();
        BatchProcessJob job = run("--input", in.toString(), "--box-scores", box.toString(), "--output", output,
                "--max-error-rate", "1");
        assertEquals(0, job.exitCode());
        Row v = session().read().format("delta").load(output + "/box_score_verification").first();
        assertEquals("401736813", v.getAs("game_id"));
        assertEquals("A", v.getAs("grade"));
        Row e = session().read().format("delta").load(output + "/game_errors").first();
        assertEquals("280605002", e.getAs("game_id"));
        assertEquals("box score file missing", e.getAs("reason"));
        assertEquals("games in = snapshotted + no play-by-play + errors", 2, job.totals().processed + job.totals().errors);
    }

    @Test
    public void badOptionsAndUnreadableInputExitTwoAndWriteNothing() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("never");
        assertEquals(BatchProcessJob.EXIT_BAD_ARGS, BatchProcessJob.run("--input", "/no/such/dir", "--output", out.toString()));
        assertEquals(BatchProcessJob.EXIT_BAD_ARGS, BatchProcessJob.run("--checkpoint-every", "0", "--output", out.toString()));
        assertEquals(BatchProcessJob.EXIT_BAD_ARGS, BatchProcessJob.run("--format", "csv"));
        assertEquals(BatchProcessJob.EXIT_BAD_ARGS, BatchProcessJob.run("--season", "2020", "--start-season", "2019"));
        assertTrue(!Files.exists(out));
    }

    @Test
    public void seasonSelectionAndLimitAndGameIds() throws Exception {
        String input = TestCorpus.samples(tmp.getRoot().toPath().resolve("in")).toString();
        String output = tmp.getRoot().toPath().resolve("out").toString();
        assertEquals(1, run("--input", input, "--output", output, "--season", "2019", "--limit", "1").totals().gamesIn);
        assertEquals(2, run("--input", input, "--output", output, "--game-ids", "280605002,221029013,401736813",
                "--start-season", "2003", "--end-season", "2010").totals().gamesIn);
        List<String> seasons = session().read().format("delta").load(output + "/box_score_verification")
                .select("season").distinct().orderBy("season").as(org.apache.spark.sql.Encoders.INT()).collectAsList()
                .stream().map(String::valueOf).toList();
        assertEquals(List.of("2003", "2008", "2019"), seasons);
    }

    @Test
    public void killedAfterItsFirstCommitThenResumedEqualsAnUninterruptedRun() throws Exception {
        String input = TestCorpus.distinctGames(tmp.getRoot().toPath().resolve("in"), 2).toString();
        String reference = tmp.getRoot().toPath().resolve("reference").toString();
        String output = tmp.getRoot().toPath().resolve("resumed").toString();
        assertEquals(0, run("--input", input, "--output", reference, "--checkpoint-every", "4").exitCode());

        List<String> command = new java.util.ArrayList<>(List.of(javaBin()));
        // the JVM flags of this test JVM: Spark's --add-opens among them
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore") || a.startsWith("-Dio.netty")
                        || a.startsWith("-Djdk.reflect")).toList());
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dnbabox.home=" + new File(".").getAbsolutePath(), BatchProcessJob.class.getName(),
                "--input", input, "--output", output, "--checkpoint-every", "4"));
        File childLog = tmp.newFile("child.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(childLog).start();
        p.getInputStream().close();
        Path firstCommit = Path.of(output, "box_score_verification", "_delta_log", "00000000000000000000.json");
        long deadline = System.currentTimeMillis() + 240_000;
        while (!Files.exists(firstCommit) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        org.junit.Assert.assertTrue("the child committed its first batch; its log:\n" + Files.readString(childLog.toPath()),
                Files.exists(firstCommit));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        long committed = count(output, Tables.BOX_SCORE_VERIFICATION);
        org.junit.Assert.assertTrue("killed before the end: " + committed, committed >= 4 && committed < 12);

        BatchProcessJob resumed = run("--input", input, "--output", output, "--checkpoint-every", "4");
        assertEquals(0, resumed.exitCode());
        assertEquals("the resumed run only did what was left", 12 - committed, resumed.totals().gamesIn);
        assertEquals(digest(reference), digest(output));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
