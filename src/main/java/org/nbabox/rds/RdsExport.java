package org.nbabox.rds;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.flywaydb.core.api.FlywayException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the tables of a batch job's output into PostgreSQL schema {@code phase9}: migrations first
 * (Flyway), then every table with COPY from the Spark partitions in parallel over a bounded number
 * of connections ({@link CopyLoader}), optionally dropping secondary indexes before and rebuilding
 * them after, then ANALYZE. Every failure surfaces as an {@link ExportException} with one line for
 * the operator.
 */
public final class RdsExport {

    private static final Logger LOG = LoggerFactory.getLogger(RdsExport.class);

    /**
     * The load order. Verification rows before game_errors: loading a file's verification row deletes
     * its stale error row, and game_errors then brings back the error rows the tables hold.
     */
    public static final List<Table> ORDER = List.of(Tables.GAME_STATE_SNAPSHOTS, Tables.PLAYER_SNAPSHOT_STATS,
            Tables.QUARTER_BOX_SCORES, Tables.QUARTER_OUTCOMES, Tables.BOX_SCORE_VERIFICATION, Tables.GAME_ERRORS);

    /** Rows per transaction unless told otherwise (profile key rds.chunk.rows). */
    public static final int DEFAULT_CHUNK_ROWS = 100_000;

    /**
     * What to load.
     *
     * @param tablesDir      a batch job's --output (local or s3a://): one folder per table
     * @param format         delta or parquet
     * @param seasons        only these seasons (empty: all)
     * @param gameIds        only these games (empty: all)
     * @param maxConnections concurrent COPY connections (Spark partitions per table)
     * @param rebuildIndexes drop secondary indexes before the load and build them after
     * @param chunkRows      rows per transaction (whole games)
     * @param retry          how transient failures are tried again
     */
    public record Settings(String tablesDir, String format, List<Integer> seasons, List<String> gameIds, int maxConnections,
                           boolean rebuildIndexes, int chunkRows, RetryPolicy retry) {

        public Settings {
            seasons = List.copyOf(seasons);
            gameIds = List.copyOf(gameIds);
            if (maxConnections < 1) {
                throw new IllegalArgumentException("the number of connections must be at least 1");
            }
            if (chunkRows < 1) {
                throw new IllegalArgumentException("rows per chunk must be at least 1");
            }
        }

        String path(Table t) {
            return tablesDir.replaceAll("/+$", "") + "/" + t.name();
        }
    }

    private RdsExport() {
    }

    /** Prepares and loads, as the batch job's --save-rds does; logs the summary or one error line, returns the exit code. */
    public static int runLogged(SparkSession spark, PgTarget target, Settings s) {
        try {
            ExportSummary summary = run(spark, target, s);
            LOG.info(summary.line());
            return 0;
        } catch (ExportException e) {
            LOG.error("PostgreSQL export failed: {}", e.getMessage());
            return 1;
        }
    }

    /** {@link #prepare} then {@link #load} of every table present under the settings' folder. */
    public static ExportSummary run(SparkSession spark, PgTarget target, Settings s) throws ExportException {
        long start = System.nanoTime();
        prepare(target);
        ExportSummary loaded = load(spark, target, s, presentTables(spark, s));
        return new ExportSummary(loaded.rows(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Before Spark is needed: checks the connection (a clear line when it fails), creates or upgrades
     * schema phase9, and builds again any index a full load dropped and did not rebuild.
     */
    public static void prepare(PgTarget target) throws ExportException {
        try (Connection c = target.connect("nbabox-export")) {
            LOG.info("Connected to PostgreSQL {} ({} {})", target.describe(), c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new ExportException("cannot connect to PostgreSQL at " + target.describe() + ": " + describe(e)
                    + " (password " + target.password().source() + ")");
        }
        try {
            var result = Phase9Schema.migrate(target);
            LOG.info("Schema {} at version {} ({} migration(s) applied now)", Phase9Schema.NAME,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : Phase9Schema.VERSION, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new ExportException("migrating schema " + Phase9Schema.NAME + " failed: " + oneLine(e.getMessage()), e);
        }
        try (Connection c = target.connect("nbabox-export")) {
            List<SecondaryIndexes.Index> rebuilt = SecondaryIndexes.rebuild(c);
            if (!rebuilt.isEmpty()) {
                LOG.warn("Built {} index(es) an earlier full load had dropped: {}", rebuilt.size(),
                        rebuilt.stream().map(SecondaryIndexes.Index::name).toList());
            }
        } catch (SQLException e) {
            throw new ExportException("building the indexes an earlier load dropped failed: " + describe(e), e);
        }
    }

    /** The tables of {@link #ORDER} present under the settings' folder, in that order. */
    public static List<Table> presentTables(SparkSession spark, Settings s) {
        List<Table> out = new ArrayList<>();
        for (Table t : ORDER) {
            if (exists(spark, s, t)) {
                out.add(t);
            } else {
                LOG.warn("{}: no {} table at {}, skipped", t.name(), s.format(), s.path(t));
            }
        }
        return out;
    }

    private static boolean exists(SparkSession spark, Settings s, Table t) {
        if (s.format().equals("delta")) {
            return DeltaTable.isDeltaTable(spark, s.path(t));
        }
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(s.path(t));
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Loads {@code tables} (schema already prepared); secondary indexes dropped for the load are
     * built again even when it fails, then every table is analyzed.
     */
    public static ExportSummary load(SparkSession spark, PgTarget target, Settings s, List<Table> tables) throws ExportException {
        long start = System.nanoTime();
        Map<String, Long> loaded = new LinkedHashMap<>();
        ExportException failure = null;
        try {
            if (s.rebuildIndexes()) {
                try (Connection c = target.connect("nbabox-export")) {
                    SecondaryIndexes.drop(c);
                } catch (SQLException e) {
                    throw new ExportException("dropping the secondary indexes failed: " + describe(e), e);
                }
            }
            for (Table t : tables) {
                loaded.put(t.name(), loadTable(spark, target, s, t));
            }
        } catch (ExportException e) {
            failure = e;
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        try (Connection c = target.connect("nbabox-export"); Statement st = c.createStatement()) {
            SecondaryIndexes.rebuild(c);
            for (Table t : ORDER) {
                st.execute("ANALYZE " + Phase9Schema.NAME + "." + t.name());
            }
        } catch (SQLException e) {
            if (failure == null) {
                failure = new ExportException("building indexes again or analyzing failed: " + describe(e)
                        + " (the next export builds the indexes first)", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new ExportSummary(loaded, (System.nanoTime() - start) / 1e9);
    }

    private static long loadTable(SparkSession spark, PgTarget target, Settings s, Table t) throws ExportException {
        CopyLoader loader = new CopyLoader(target, t, s.chunkRows(), s.retry());
        LongAccumulator count = spark.sparkContext().longAccumulator(t.name() + " rows");
        CollectionAccumulator<String> failures = spark.sparkContext().collectionAccumulator(t.name() + " failures");
        spark.sparkContext().setJobDescription("COPY " + t.name() + " into PostgreSQL");
        long start = System.nanoTime();
        try {
            // the plan's own rows, not external Rows: no per-row conversion, strings stay UTF-8 bytes
            selection(spark, s, t).queryExecution().toRdd().toJavaRDD().foreachPartition(part -> {
                try {
                    count.add(loader.load(part));
                } catch (SQLException e) {
                    failures.add(describe(e));
                }
            });
        } catch (Exception e) {
            // Spark's own failures (unreadable table, lost executor) arrive as SparkException or AnalysisException
            throw new ExportException(t.name() + ": reading or loading failed: " + oneLine(rootMessage(e)), e);
        }
        if (!failures.value().isEmpty()) {
            throw new ExportException(t.name() + ": " + failures.value().get(0)
                    + (failures.value().size() > 1 ? " (and " + (failures.value().size() - 1) + " more partition(s))" : "")
                    + "; the chunks committed before stay, a re-run replaces them");
        }
        double secs = (System.nanoTime() - start) / 1e9;
        LOG.info(String.format(Locale.US, "%s: %,d rows loaded with COPY in %.1f s (%,.0f rows/s)", t.name(), count.value(), secs,
                count.value() / Math.max(secs, 1e-9)));
        return count.value();
    }

    /**
     * The selected rows of a table in its column order, one Spark partition per connection, every
     * game in one partition, sorted by primary key within it (whole games per chunk, index-friendly inserts).
     */
    static Dataset<Row> selection(SparkSession spark, Settings s, Table t) {
        Dataset<Row> rows = "parquet".equals(s.format())
                ? spark.read().schema(t.schema()).parquet(s.path(t))
                : spark.read().format(s.format()).load(s.path(t));
        if (!s.seasons().isEmpty()) {
            rows = rows.filter(col("season").isin(s.seasons().toArray()));
        }
        if (!s.gameIds().isEmpty()) {
            rows = rows.filter(col("game_id").isin(s.gameIds().toArray()));
        }
        String key = CopyLoader.replaceKey(t);
        Column[] order = t.key().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        Dataset<Row> selected = rows.select(columns(t));
        checkTypes(t, selected.schema());
        return selected.repartition(s.maxConnections(), col(key)).sortWithinPartitions(order);
    }

    /**
     * The loader reads each row's values by the declared column types: a table written with other
     * types (an older version of the job) must stop the export, not load misread values.
     */
    static void checkTypes(Table t, StructType actual) {
        for (StructField f : t.schema().fields()) {
            DataType found = actual.apply(f.name()).dataType();
            if (!DataType.equalsIgnoreNullability(found, f.dataType())) {
                throw new IllegalStateException(t.name() + "." + f.name() + " is " + found.simpleString() + " in the table, "
                        + f.dataType().simpleString() + " in this version's schema: reprocess the table or use a matching version");
            }
        }
    }

    private static Column[] columns(Table t) {
        return Arrays.stream(t.schema().fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    /** Rows per export table in PostgreSQL. */
    public static Map<String, Long> counts(PgTarget target) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = target.connect("nbabox-export"); Statement st = c.createStatement()) {
            for (Table t : ORDER) {
                try (var rs = st.executeQuery("SELECT count(*) FROM " + Phase9Schema.NAME + "." + t.name())) {
                    rs.next();
                    out.put(t.name(), rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The first line of a driver message, with its SQL state. */
    static String describe(SQLException e) {
        String m = CopyLoader.firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return e.getSQLState() == null ? m : m + " [SQLState " + e.getSQLState() + "]";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A message on one line, cut to a length a person reads. */
    static String oneLine(String m) {
        String s = m == null ? "no message" : m.strip().replaceAll("\\s*\\R\\s*", " ");
        return s.length() <= 400 ? s : s.substring(0, 400) + "...";
    }
}
