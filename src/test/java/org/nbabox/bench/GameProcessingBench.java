package org.nbabox.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.nbabox.espn.GameFileReader;
import org.nbabox.espn.RawGame;
import org.nbabox.process.GameProcessor;
import org.nbabox.process.GameReport;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Snapshot;
import org.nbabox.testing.SampleGames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read + replay + verification of a real game, single thread: the work of the Spark job's
 * mapPartitions per game, without Spark. Every snapshot is consumed (score, clock, every player's
 * line), as a writer would. Run with {@code jobs/bench-game} (see docs/BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class GameProcessingBench {

    /** The real sample game: 2024-25 modern wording, 459 events (and a 2009-10 game of 464). */
    @Param({"401736813", "291225013"})
    public String gameId;

    private byte[] bytes;
    private final GameFileReader reader = new GameFileReader();

    @Setup
    public void load() throws Exception {
        bytes = Files.readAllBytes(SampleGames.file(gameId));
    }

    @Benchmark
    public GameReport readReplayVerify(Blackhole bh) throws Exception {
        RawGame game = reader.read(new ByteArrayInputStream(bytes), gameId + ".json", GameFileReader.BoxScoreSource.NONE);
        return GameProcessor.process(game, s -> consume(s, bh));
    }

    private static void consume(Snapshot s, Blackhole bh) {
        bh.consume(s.homeScore());
        bh.consume(s.awayScore());
        bh.consume(s.elapsedTenths());
        for (PlayerLine l : s.players()) {
            if (l.changedAt(s.eventIndex()) || s.lastOfPeriod()) {
                bh.consume(l.tenthsPlayed());
                bh.consume(l.get(org.nbabox.replay.Stat.PTS));
            }
        }
    }
}
