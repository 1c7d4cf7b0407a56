package org.nbabox.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nbabox.job.DeltaSession;
import org.nbabox.query.BadQueryException;
import org.nbabox.query.GameFlow;
import org.nbabox.query.MomentFormatter;
import org.nbabox.query.MomentState;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jobs/query --tables DIR --game ID (--at TIME | --flow) [--json]}: the state of a game at a
 * moment, or its score margin over time, from the tables. Results go to stdout; a query that cannot
 * be answered prints one line to stderr and exits 2 (1 when Spark fails).
 */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Answers temporal questions about one game from the tables written by jobs/batch-process.")
public final class QueryCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_QUERY = 2;

    @Mixin
    TableOptions tables = new TableOptions();

    @Option(names = "--game", paramLabel = "ID", required = true, description = "ESPN game id.")
    String gameId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "With --flow: where the PNG chart goes (default <game id>-flow.png).")
    Path chart;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** --at or --flow. */
    static final class What {
        @Option(names = "--at", paramLabel = "TIME",
                description = "The state at a moment: \"Q3 7:32\", \"3rd 7:32\", \"OT1 0:45\", \"end of Q1\", \"halftime\" or elapsed seconds.")
        String at;

        @Option(names = "--flow", description = "The score margin over the game, as rows and a PNG chart.")
        boolean flow;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command with its results going to {@code out} and its one-line errors to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = org.nbabox.cli.Cli.of(new QueryCommand(), "query", EXIT_BAD_QUERY, out, err);
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (chart != null && what.at != null) {
                throw new BadQueryException("--chart goes with --flow, not with --at");
            }
            if (chart != null && !chart.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new BadQueryException("the chart is a PNG image: give --chart a file name ending in .png, not " + chart);
            }
            String dir = tables.tablesDir();
            try (DeltaSession session = DeltaSession.open("nbabox query", tables.profile(), "ERROR")) {
                TableViews.register(session.spark(), dir);
                GameQueries queries = new GameQueries(session.spark());
                if (what.at != null) {
                    MomentState m = queries.at(gameId, what.at);
                    out.print(json ? pretty(MomentFormatter.json(m)) : MomentFormatter.table(m));
                } else {
                    GameFlow flow = queries.flow(gameId);
                    Path file = chart != null ? chart : Path.of(gameId + "-flow.png");
                    writeChart(flow, file);
                    if (json) {
                        ObjectNode o = flow.json();
                        o.put("chart", file.toString());
                        out.print(pretty(o));
                    } else {
                        out.print(flow.table());
                        out.println("Chart: " + file);
                    }
                }
            }
            out.flush();
            return 0;
        } catch (BadQueryException e) {
            err.println("query: " + e.getMessage());
            return EXIT_BAD_QUERY;
        } catch (Exception e) {
            // Spark's AnalysisException and ParseException are checked: every failure ends here, in one line
            err.println("query: failed: " + SqlCommand.firstLine(e));
            return EXIT_FAILED;
        } finally {
            err.flush();
        }
    }

    private static void writeChart(GameFlow flow, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, flow.chartPng(1000, 500));
        } catch (IOException e) {
            throw new BadQueryException("cannot write the chart " + file + ": " + e.getMessage());
        }
    }

    private static String pretty(ObjectNode o) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o) + System.lineSeparator();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
