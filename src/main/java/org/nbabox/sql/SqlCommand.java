package org.nbabox.sql;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.nbabox.job.DeltaSession;
import org.nbabox.query.BadQueryException;
import org.nbabox.query.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs/sql --tables DIR "SELECT ..."} or {@code -f file.sql}: ad hoc Spark SQL over every table
 * and view ({@link TableViews}), each result printed as an aligned table. A statement that fails
 * prints one line to stderr and exits 2.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs Spark SQL over the nbabox tables and views and prints the results.")
public final class SqlCommand implements Callable<Integer> {

    static final int EXIT_BAD_QUERY = 2;

    @Mixin
    TableOptions tables = new TableOptions();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run the statements of a SQL file (separated by ';').")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Print at most N rows per result (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "The statement(s) to run.")
    String sql;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command with its results going to {@code out} and its one-line errors to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = org.nbabox.cli.Cli.of(new SqlCommand(), "sql", EXIT_BAD_QUERY, out, err);
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> statements = SqlScript.statements(script());
            if (statements.isEmpty()) {
                throw new BadQueryException("no SQL statement given");
            }
            if (limit < 1) {
                throw new BadQueryException("--limit must be at least 1");
            }
            String dir = tables.tablesDir();
            try (DeltaSession session = DeltaSession.open("nbabox sql", tables.profile(), "ERROR")) {
                TableViews.register(session.spark(), dir);
                boolean printed = false;
                for (String statement : statements) {
                    printed |= print(session.spark(), statement, out, printed);
                }
            }
            out.flush();
            return 0;
        } catch (BadQueryException e) {
            err.println("sql: " + e.getMessage());
            return EXIT_BAD_QUERY;
        } catch (Exception e) {
            // Spark's AnalysisException and ParseException are checked: every failure ends here, in one line
            err.println("sql: " + firstLine(e));
            return EXIT_BAD_QUERY;
        } finally {
            err.flush();
        }
    }

    private String script() {
        if ((file == null) == (sql == null)) {
            throw new BadQueryException("give either a SQL statement or -f FILE");
        }
        if (sql != null) {
            return sql;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new BadQueryException("cannot read " + file + (Files.exists(file) ? "" : " (no such file)"));
        }
    }

    /** Runs one statement and prints its result, if it has columns; true when it printed one. */
    private boolean print(SparkSession spark, String statement, PrintWriter out, boolean after) {
        Dataset<Row> result = spark.sql(statement);
        StructField[] fields = result.schema().fields();
        if (fields.length == 0) {
            return false;
        }
        // positional names, so that duplicate or odd column names survive; every value as Spark prints it
        String[] safe = new String[fields.length];
        Column[] asText = new Column[fields.length];
        boolean[] numeric = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            safe[i] = "c" + i;
            asText[i] = col(safe[i]).cast("string");
            numeric[i] = fields[i].dataType() instanceof NumericType;
        }
        List<Row> rows = result.toDF(safe).select(asText).takeAsList(limit + 1);
        TextTable table = new TextTable(Arrays.stream(fields).map(StructField::name).toList(), numeric);
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            List<String> values = new ArrayList<>(fields.length);
            for (int i = 0; i < fields.length; i++) {
                values.add(r.isNullAt(i) ? null : r.getString(i));
            }
            table.add(values);
        }
        if (after) {
            out.println();
        }
        out.print(table.render(rows.size() > limit));
        out.flush();
        return true;
    }

    /** The first line of an exception's message (Spark's analysis errors run over several lines). */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
