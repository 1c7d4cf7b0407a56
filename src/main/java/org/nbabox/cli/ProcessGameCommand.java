package org.nbabox.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nbabox.espn.BadGameFileException;
import org.nbabox.espn.GameFileReader;
import org.nbabox.espn.RawGame;
import org.nbabox.process.GameProcessor;
import org.nbabox.process.GameReport;
import org.nbabox.query.GameMoment;
import org.nbabox.query.MomentFormatter;
import org.nbabox.query.MomentState;
import org.nbabox.replay.Anomaly;
import org.nbabox.verify.Discrepancy;
import org.nbabox.verify.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs/process-game FILE [--box-score FILE] [--json] [--at TIME]}: processes one game file.
 * Exit codes: 0 done, 2 bad arguments or unreadable file, 3 malformed or truncated game data.
 */
@Command(name = "process-game", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Replays one ESPN game file into box score snapshots and verifies the final box score against ESPN's.")
public final class ProcessGameCommand implements Callable<Integer> {

    static final int EXIT_BAD_ARGS = 2;
    static final int EXIT_BAD_DATA = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "Game file (.json or .json.gz), Format 1 or Format 2.")
    Path file;

    @Option(names = "--box-score", paramLabel = "FILE", description = "Box score file of a Format 2 game.")
    Path boxScore;

    @Option(names = "--json", description = "Print a JSON object instead of a summary.")
    boolean json;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Print the state at a moment: \"Q3 7:32\", \"3rd 7:32\", \"OT1 2:00\", \"end of Q2\", \"halftime\" or elapsed seconds.")
    String at;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return Cli.of(new ProcessGameCommand(), "process-game", EXIT_BAD_ARGS).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : new Path[] {file, boxScore}) {
            if (p != null && !Files.isReadable(p)) {
                err.println("process-game: cannot read " + p + (Files.exists(p) ? " (permission denied)" : " (no such file)"));
                return EXIT_BAD_ARGS;
            }
        }
        RawGame game;
        try {
            game = new GameFileReader().read(file, boxScore);
        } catch (BadGameFileException e) {
            err.println("process-game: " + e.reason().label() + ": " + e.getMessage());
            return e.reason() == BadGameFileException.Reason.UNREADABLE ? EXIT_BAD_ARGS : EXIT_BAD_DATA;
        }
        try {
            if (at != null) {
                return printMoment(game, out, err);
            }
            GameReport report = GameProcessor.process(game, s -> { });
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(GameReportJson.of(report)));
            } else {
                out.print(summary(report));
            }
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            // data the processor's rules do not cover: one line, as the batch job's "processor error" reason
            StackTraceElement[] where = e.getStackTrace();
            err.println("process-game: processor error: " + game.gameId() + ": " + e
                    + (where.length > 0 ? " at " + where[0] : ""));
            return EXIT_BAD_DATA;
        }
    }

    private int printMoment(RawGame game, PrintWriter out, PrintWriter err) throws Exception {
        GameMoment moment;
        try {
            moment = GameMoment.parse(at, game.periodRules());
        } catch (IllegalArgumentException e) {
            err.println("process-game: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        if (!game.hasPlayByPlay()) {
            err.println("process-game: game " + game.gameId() + " has no play-by-play");
            return EXIT_BAD_ARGS;
        }
        MomentState[] found = new MomentState[1];
        int[] lastPeriod = new int[1];
        GameProcessor.process(game, s -> {
            lastPeriod[0] = s.period();
            if (moment.includes(s.period(), s.tenthsLeft())) {
                found[0] = MomentState.of(game.gameId(), at, s, game.home(), game.away());
            }
        });
        if (moment.period() != Integer.MAX_VALUE && moment.period() > lastPeriod[0]) {
            err.println("process-game: " + at + " is past the end of the game (last period " + game.periodRules().label(lastPeriod[0]) + ")");
            return EXIT_BAD_ARGS;
        }
        if (found[0] == null) {
            err.println("process-game: no event at or before " + at);
            return EXIT_BAD_ARGS;
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(MomentFormatter.json(found[0])));
        } else {
            out.print(MomentFormatter.table(found[0]));
        }
        out.flush();
        return 0;
    }

    static String summary(GameReport r) {
        StringBuilder b = new StringBuilder();
        RawGame g = r.game();
        b.append(String.format("Game %s, season %d (type %d), %s @ %s, Format %d%n", g.gameId(), g.season(), g.seasonType(),
                g.away().abbreviation(), g.home().abbreviation(), g.sourceFormat()));
        if (r.status() == GameReport.Status.NO_PLAY_BY_PLAY) {
            return b.append("No play-by-play: no snapshots.\n").toString();
        }
        Verification v = r.verification();
        b.append(String.format("Snapshots: %d%n", r.replay().events()));
        b.append(String.format("Final (computed): %s %d - %d %s; ESPN: %s - %s -> %s%n", g.away().abbreviation(),
                r.replay().awayScore(), r.replay().homeScore(), g.home().abbreviation(), v.officialAway(), v.officialHome(),
                v.finalScoreMatch() ? "match" : "MISMATCH"));
        b.append(String.format("Linescores: %s%n", v.linescoresMatch() ? "match" : "MISMATCH"));
        b.append(String.format("Cells: %d/%d match (%.2f%%), +/- %d/%d, minutes within 1: %d/%d%n", v.cellsMatched(),
                v.cellsCompared(), 100 * v.cellMatchRate(), v.plusMinusMatched(), v.plusMinusCompared(), v.minutesWithinOne(),
                v.minutesCompared()));
        b.append(String.format("Grade %s, %s%n", v.grade(), v.passed() ? "PASSED" : "FAILED"));
        if (!v.discrepancies().isEmpty()) {
            b.append("Discrepancies (ours vs ESPN):\n");
            for (Discrepancy d : v.discrepancies()) {
                b.append(String.format("  %-26s %-9s %8s vs %s%n", d.playerName(), d.stat(), d.ours(), d.espn()));
            }
        }
        if (!r.replay().anomalies().isEmpty() || !v.anomalies().isEmpty()) {
            b.append("Anomalies:\n");
            for (Anomaly a : r.replay().anomalies()) {
                b.append("  [").append(a.kind()).append("] ").append(a.detail()).append('\n');
            }
            for (Anomaly a : v.anomalies()) {
                b.append("  [").append(a.kind()).append("] ").append(a.detail()).append('\n');
            }
        }
        return b.toString();
    }
}
