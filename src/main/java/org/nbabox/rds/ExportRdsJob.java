package org.nbabox.rds;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.nbabox.job.BatchProcessJob;
import org.nbabox.job.JobConfig;
import org.nbabox.job.JobOptions;
import org.nbabox.job.DeltaSession;
import org.nbabox.tables.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jobs/export-rds}: loads the tables a batch job wrote (its --output) into PostgreSQL schema
 * phase9 without processing any game again. The connection is checked and the schema migrated
 * before Spark starts, so a wrong password or an unreachable server costs a second, not a session.
 * Exit status 0 when every selected row is in, 1 when the export failed (one line on stderr), 2 on
 * bad options.
 */
@Command(name = "export-rds", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Loads the tables of a batch job's output into PostgreSQL (schema phase9) with COPY.",
            "The password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from an option."})
public final class ExportRdsJob implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_ARGS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ExportRdsJob.class);

    @Option(names = "--tables", paramLabel = "DIR", description = "A batch job's --output: one folder per table, local or s3a://. Profile key: output.")
    String tables;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "jdbc:postgresql://host:port/database (no password in it). Profile key: jdbc.url.")
    String jdbcUrl;

    @Option(names = {"--user", "--jdbc-user"}, paramLabel = "NAME", description = "PostgreSQL user. Profile key: jdbc.user.")
    String user;

    @Option(names = "--season", paramLabel = "YEAR", split = ",", description = "Only these seasons (end year; repeat it or give a comma list).")
    List<Integer> seasons;

    @Option(names = "--game-ids", paramLabel = "ID", split = ",", description = "Only these game ids (comma separated).")
    List<String> gameIds;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Table format: delta (default) or parquet. Profile key: format.")
    JobOptions.Format format;

    @Option(names = "--max-connections", paramLabel = "N", description = "Concurrent COPY connections (default 2). Profile key: rds.max.connections.")
    Integer maxConnections;

    @Option(names = "--chunk-rows", paramLabel = "N", description = "Rows per transaction, whole games (default 100000). Profile key: rds.chunk.rows.")
    Integer chunkRows;

    @Option(names = "--rebuild-indexes", description = "Full load: drop the secondary indexes first and build them again after.")
    boolean rebuildIndexes;

    @Option(names = "--conf", paramLabel = "FILE", description = "Configuration profile (default conf/local.properties).")
    String conf;

    @Option(names = "--verbose", description = "Spark's own progress at INFO.")
    boolean verbose;

    private final Map<String, String> env;
    private final Path home;
    private final PrintStream out;
    private final PrintStream err;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private JobConfig profile;
    private PgTarget target;
    private RdsExport.Settings settings;
    private ExportSummary summary;

    public ExportRdsJob() {
        this(System.getenv(), Paths.get(System.getProperty("user.home")), System.out, System.err);
    }

    /** For tests: the environment and home directory of the password lookup, and where to print. */
    ExportRdsJob(Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        this.env = env;
        this.home = home;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ExportRdsJob().execute(args));
    }

    /** Parses {@code args} and runs in a session of its own; returns the exit status. */
    public int execute(String... args) {
        CommandLine cl = org.nbabox.cli.Cli.of(this, "export-rds", EXIT_BAD_ARGS);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cl.execute(args);
    }

    /** Runs with {@code args} on an existing session, which stays open (tests); returns the exit status. */
    int runOn(SparkSession spark, String... args) {
        try {
            new CommandLine(this).parseArgs(args);
            resolve();
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("export-rds: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        int prepared = prepare();
        return prepared != EXIT_OK ? prepared : export(spark);
    }

    /** How transient failures are tried again (tests shorten it). */
    ExportRdsJob retry(RetryPolicy policy) {
        this.retry = policy;
        return this;
    }

    /** What the last successful run loaded. */
    ExportSummary summary() {
        return summary;
    }

    @Override
    public Integer call() {
        try {
            resolve();
        } catch (IllegalArgumentException e) {
            err.println("export-rds: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        int prepared = prepare();
        if (prepared != EXIT_OK) {
            return prepared;
        }
        try (DeltaSession session = DeltaSession.open("nbabox export-rds", profile, verbose ? null : "WARN")) {
            return export(session.spark());
        }
    }

    /** Fills what the options left out from the profile, then checks the whole. */
    void resolve() {
        profile = JobConfig.load(conf);
        tables = tables != null ? tables : profile.get("output", null);
        jdbcUrl = jdbcUrl != null ? jdbcUrl : profile.get("jdbc.url", null);
        user = user != null ? user : profile.get("jdbc.user", null);
        format = format != null ? format : JobOptions.Format.valueOf(profile.get("format", "delta"));
        maxConnections = maxConnections != null ? maxConnections : profile.getInt("rds.max.connections", 2);
        chunkRows = chunkRows != null ? chunkRows : profile.getInt("rds.chunk.rows", RdsExport.DEFAULT_CHUNK_ROWS);
        if (tables == null) {
            throw new IllegalArgumentException("--tables is required (a batch job's --output, or 'output' in the profile)");
        }
        if (jdbcUrl == null) {
            throw new IllegalArgumentException("--jdbc-url is required (or jdbc.url in the profile)");
        }
        if (user == null) {
            throw new IllegalArgumentException("--user is required (or jdbc.user in the profile)");
        }
        if (PgTarget.hasPassword(jdbcUrl)) {
            throw new IllegalArgumentException("the JDBC URL must not hold the password (it would show in the process list"
                    + " and the logs): set PGPASSWORD or use ~/.pgpass");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("--max-connections must be at least 1");
        }
        if (chunkRows < 1) {
            throw new IllegalArgumentException("--chunk-rows must be at least 1");
        }
        target = PgTarget.resolve(jdbcUrl, user, env, home);
        settings = new RdsExport.Settings(tables, format.name(), seasons == null ? List.of() : seasons,
                gameIds == null ? List.of() : gameIds, maxConnections, rebuildIndexes, chunkRows, retry);
    }

    private int prepare() {
        LOG.info("Export of {} ({}) into PostgreSQL {}, {} connection(s){}", tables, format, target, maxConnections,
                rebuildIndexes ? ", secondary indexes rebuilt after" : "");
        try {
            RdsExport.prepare(target);
            return EXIT_OK;
        } catch (ExportException e) {
            err.println("export-rds: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int export(SparkSession spark) {
        long start = System.nanoTime();
        List<Table> present = RdsExport.presentTables(spark, settings);
        if (present.isEmpty()) {
            err.println("export-rds: no " + format + " tables under " + tables + " (give a batch job's --output"
                    + (format == JobOptions.Format.delta ? ", or --format parquet for Parquet tables)" : ")"));
            return EXIT_BAD_ARGS;
        }
        try {
            ExportSummary loaded = RdsExport.load(spark, target, settings, present);
            summary = new ExportSummary(loaded.rows(), (System.nanoTime() - start) / 1e9);
            out.println(summary.line());
            return EXIT_OK;
        } catch (ExportException e) {
            err.println("export-rds: export failed: " + e.getMessage());
            return EXIT_FAILED;
        }
    }
}
