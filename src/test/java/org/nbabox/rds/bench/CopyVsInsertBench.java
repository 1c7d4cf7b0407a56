package org.nbabox.rds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.nbabox.job.BatchProcessJob;
import org.nbabox.job.DeltaSession;
import org.nbabox.job.JobConfig;
import org.nbabox.rds.CopyEncoder;
import org.nbabox.rds.CopyLoader;
import org.nbabox.rds.PgTarget;
import org.nbabox.rds.Phase9Schema;
import org.nbabox.rds.RetryPolicy;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.testing.CatalystRows;
import org.nbabox.testing.TestCorpus;
import org.nbabox.testing.TestPostgres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * jobs/bench-rds: rows per second into phase9.game_state_snapshots with the export's COPY path
 * ({@link CopyLoader}: staging table, delete and insert per chunk) and, for comparison, the same
 * rows with JDBC batched INSERT (reWriteBatchedInserts=true), against an embedded PostgreSQL. The
 * rows are the sample games' snapshots (the batch job's output), repeated under distinct game ids.
 */
@Command(name = "bench-rds", mixinStandardHelpOptions = true,
        description = "COPY vs batched INSERT into phase9.game_state_snapshots on an embedded PostgreSQL.")
public final class CopyVsInsertBench implements java.util.concurrent.Callable<Integer> {

    private static final Table TABLE = Tables.GAME_STATE_SNAPSHOTS;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Rows to load (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--connections", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Connection counts to measure COPY with (default ${DEFAULT-VALUE}).")
    List<Integer> connections;

    @Option(names = "--chunk-rows", paramLabel = "N", defaultValue = "100000", description = "Rows per COPY transaction (default ${DEFAULT-VALUE}).")
    int chunkRows;

    @Option(names = "--insert-rows", paramLabel = "N", defaultValue = "0",
            description = "Rows for batched INSERT (default: as many as --rows).")
    int insertRows;

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Also export a batch job's output (all six tables, through the export itself, Spark reading the Delta tables) "
                    + "with each --connections count, and report rows/s for the whole export.")
    Path tables;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Rows per INSERT batch (default ${DEFAULT-VALUE}).")
    int batch;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CopyVsInsertBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("bench-rds");
        List<Row> games = sampleSnapshots(work);
        System.out.printf(Locale.US, "Rows: %,d snapshot rows of the %d sample games, repeated under distinct game ids to %,d rows%n",
                games.size(), games.stream().map(r -> r.getString(0)).distinct().count(), rows);
        List<InternalRow> internal = games.stream().map(r -> CatalystRows.of(r, TABLE.schema())).toList();
        encodeOnly(internal);
        try (TestPostgres pg = TestPostgres.start(work.resolve("pg"))) {
            PgTarget target = pg.target();
            Phase9Schema.migrate(target);
            System.out.println("PostgreSQL " + version(pg) + ", phase9 at V" + Phase9Schema.VERSION
                    + " (primary key and 2 secondary indexes on the table)");
            int most = connections.stream().mapToInt(Integer::intValue).max().orElse(1);
            for (int n : connections) {
                pg.sql("TRUNCATE phase9." + TABLE.name());
                report("COPY, empty table, " + n + " connection(s), " + chunkRows + " rows/transaction", rows,
                        copy(target, internal, n));
                report("COPY again over the same games (replaces them), " + n + " connection(s)", rows, copy(target, internal, n));
            }
            pg.sql("TRUNCATE phase9." + TABLE.name());
            report("COPY, empty table, secondary indexes dropped first and built after (--rebuild-indexes), " + most
                    + " connection(s)", rows, withoutSecondaryIndexes(pg, () -> copy(target, internal, most)));
            pg.sql("TRUNCATE phase9." + TABLE.name());
            report("reference: plain COPY straight into the table (no staging, no replace), 1 connection", rows,
                    plainCopy(target, internal));
            pg.sql("TRUNCATE phase9." + TABLE.name());
            int ins = insertRows > 0 ? insertRows : rows;
            report("batched INSERT (reWriteBatchedInserts=true, " + batch + " rows/batch), 1 connection", ins,
                    insert(pg, games, ins));
            if (tables != null) {
                exportTables(pg, target);
            }
        }
        return 0;
    }

    /** The export of a batch job's whole output into empty tables, as jobs/export-rds runs it. */
    private void exportTables(TestPostgres pg, PgTarget target) throws Exception {
        try (DeltaSession session = DeltaSession.open("nbabox bench-rds export", JobConfig.load(null), "WARN")) {
            for (int n : connections) {
                for (org.nbabox.tables.Table t : org.nbabox.rds.RdsExport.ORDER) {
                    pg.sql("TRUNCATE phase9." + t.name());
                }
                org.nbabox.rds.ExportSummary s = org.nbabox.rds.RdsExport.run(session.spark(), target,
                        new org.nbabox.rds.RdsExport.Settings(tables.toString(), "delta", List.of(), List.of(), n, false, chunkRows,
                                RetryPolicy.DEFAULT));
                report("export of " + tables.getFileName() + " (all six tables, Delta read included), " + n + " connection(s)",
                        s.totalRows(), s.seconds());
                s.rows().forEach((t, rowsOf) -> System.out.printf(Locale.US, "    %-24s %,11d rows%n", t, rowsOf));
            }
        }
    }

    private static void report(String what, long n, double seconds) {
        System.out.printf(Locale.US, "%-80s %,11d rows in %6.2f s = %,9.0f rows/s%n", what, n, seconds, n / seconds);
    }

    /** The sample games' game_state_snapshots rows, made by the batch job; Spark stops before any timing. */
    static List<Row> sampleSnapshots(Path work) {
        try (DeltaSession session = DeltaSession.open("nbabox bench-rds", JobConfig.load(null), "WARN")) {
            SparkSession spark = session.spark();
            String in = TestCorpus.samples(work.resolve("in")).toString();
            String out = work.resolve("out").toString();
            BatchProcessJob job = BatchProcessJob.runWith(spark, "--input", in, "--output", out);
            if (job.exitCode() != 0) {
                throw new IllegalStateException("the batch job failed on the sample games");
            }
            return spark.read().format("delta").load(out + "/" + TABLE.name()).selectExpr(TABLE.schema().fieldNames())
                    .orderBy("game_id", "event_num").collectAsList();
        }
    }

    /**
     * Rows {@code from}, {@code from + step}, ... of the repeated sample games, game after game,
     * {@code total} in all; {@code renamed} makes the copy of a row that belongs to copy number n.
     */
    static <R> Iterator<R> repeated(List<R> base, long total, int part, int parts, BiFunction<R, Long, R> renamed) {
        return new Iterator<>() {
            private long copy = part;
            private int i;
            private long served;
            private final long share = total / parts + (part < total % parts ? 1 : 0);

            @Override
            public boolean hasNext() {
                return served < share;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R r = renamed.apply(base.get(i), copy);
                if (++i == base.size()) {
                    i = 0;
                    copy += parts;
                }
                served++;
                return r;
            }
        };
    }

    /** External rows (for JDBC INSERT), each game under the id "id-n" of its copy n. */
    static Iterator<Row> repeated(List<Row> base, long total, int part, int parts) {
        int gameIdx = TABLE.fieldIndex("game_id");
        StructType schema = TABLE.schema();
        return repeated(base, total, part, parts, (r, copy) -> {
            Object[] values = new Object[schema.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = r.get(k);
            }
            values[gameIdx] = r.getString(gameIdx) + "-" + copy;
            return new GenericRowWithSchema(values, schema);
        });
    }

    /** The same rows in Spark's internal form, as the export's query plan hands them to COPY. */
    static Iterator<InternalRow> repeatedInternal(List<InternalRow> base, long total, int part, int parts) {
        int gameIdx = TABLE.fieldIndex("game_id");
        return repeated(base, total, part, parts, (r, copy) -> {
            // a shallow copy (InternalRow.copy() would copy every string): only the id changes
            Object[] values = ((GenericInternalRow) r).values().clone();
            values[gameIdx] = UTF8String.fromString(r.getUTF8String(gameIdx) + "-" + copy);
            return new GenericInternalRow(values);
        });
    }

    /** The encoder alone: what one core turns into COPY text per second. */
    private void encodeOnly(List<InternalRow> games) {
        CopyEncoder encoder = new CopyEncoder(TABLE.schema());
        long start = System.nanoTime();
        long bytes = 0;
        Iterator<InternalRow> it = repeatedInternal(games, rows, 0, 1);
        while (it.hasNext()) {
            encoder.write(it.next());
            if (encoder.size() > (1 << 23)) {
                bytes += encoder.size();
                encoder.reset();
            }
        }
        bytes += encoder.size();
        double s = (System.nanoTime() - start) / 1e9;
        report(String.format(Locale.US, "encoding to COPY text only (no database; %.0f bytes/row)", bytes / (double) rows), rows, s);
    }

    private double copy(PgTarget target, List<InternalRow> games, int connections) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int p = 0; p < connections; p++) {
                int part = p;
                CopyLoader loader = new CopyLoader(target, TABLE, chunkRows, RetryPolicy.DEFAULT);
                parts.add(pool.submit(() -> loader.load(repeatedInternal(games, rows, part, connections))));
            }
            long loaded = 0;
            for (Future<Long> f : parts) {
                loaded += f.get();
            }
            if (loaded != rows) {
                throw new IllegalStateException("loaded " + loaded + " rows, not " + rows);
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** A timed load (seconds). */
    private interface Timed {
        double run() throws Exception;
    }

    /** Times {@code load} with the table's secondary indexes dropped, plus building them again. */
    private static double withoutSecondaryIndexes(TestPostgres pg, Timed load) throws Exception {
        List<String[]> indexes = new ArrayList<>();
        try (Connection c = pg.admin(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'phase9'"
                     + " AND tablename = '" + TABLE.name() + "' AND indexname NOT LIKE '%_pkey'")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] i : indexes) {
            pg.sql("DROP INDEX phase9." + i[0]);
        }
        double seconds = load.run();
        long start = System.nanoTime();
        for (String[] i : indexes) {
            pg.sql(i[1]);
        }
        return seconds + (System.nanoTime() - start) / 1e9;
    }

    /** One COPY per chunk straight into the table: what the server does at best, without the export's guarantees. */
    private double plainCopy(PgTarget target, List<InternalRow> games) throws Exception {
        long start = System.nanoTime();
        CopyEncoder text = new CopyEncoder(TABLE.schema());
        String sql = "COPY " + Phase9Schema.NAME + "." + TABLE.name() + " (" + String.join(", ", TABLE.schema().fieldNames())
                + ") FROM STDIN";
        try (Connection c = target.connect("bench")) {
            c.setAutoCommit(false);
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            Iterator<InternalRow> it = repeatedInternal(games, rows, 0, 1);
            int n = 0;
            while (it.hasNext()) {
                text.write(it.next());
                if (++n == chunkRows || !it.hasNext()) {
                    copy.copyIn(sql, text.stream());
                    c.commit();
                    text.reset();
                    n = 0;
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private double insert(TestPostgres pg, List<Row> games, int n) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", TestPostgres.USER);
        p.setProperty("password", TestPostgres.PASSWORD);
        p.setProperty("reWriteBatchedInserts", "true");
        String[] columns = TABLE.schema().fieldNames();
        String sql = "INSERT INTO " + Phase9Schema.NAME + "." + TABLE.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
        DataType[] types = Arrays.stream(TABLE.schema().fields()).map(f -> f.dataType()).toArray(DataType[]::new);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(pg.url(), p); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            Iterator<Row> it = repeated(games, n, 0, 1);
            int inBatch = 0;
            long inTx = 0;
            while (it.hasNext()) {
                Row r = it.next();
                for (int i = 0; i < columns.length; i++) {
                    bind(c, ps, i + 1, types[i], r, i);
                }
                ps.addBatch();
                if (++inBatch == batch) {
                    ps.executeBatch();
                    inBatch = 0;
                }
                if (++inTx == chunkRows) {
                    ps.executeBatch();
                    inBatch = 0;
                    c.commit();
                    inTx = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void bind(Connection c, PreparedStatement ps, int at, DataType type, Row r, int i) throws SQLException {
        if (r.isNullAt(i)) {
            ps.setNull(at, type instanceof ArrayType ? Types.ARRAY : Types.OTHER);
        } else if (type.equals(DataTypes.StringType)) {
            ps.setString(at, r.getString(i));
        } else if (type.equals(DataTypes.IntegerType)) {
            ps.setInt(at, r.getInt(i));
        } else if (type.equals(DataTypes.DoubleType)) {
            ps.setDouble(at, r.getDouble(i));
        } else if (type.equals(DataTypes.LongType)) {
            ps.setLong(at, r.getLong(i));
        } else if (type.equals(DataTypes.BooleanType)) {
            ps.setBoolean(at, r.getBoolean(i));
        } else if (type.equals(DataTypes.TimestampType)) {
            ps.setTimestamp(at, (Timestamp) r.get(i));
        } else if (type instanceof ArrayType) {
            Array a = c.createArrayOf("text", r.getList(i).toArray());
            ps.setArray(at, a);
        } else {
            throw new IllegalArgumentException("no binding for " + type);
        }
    }

    private static String version(TestPostgres pg) {
        return String.valueOf(pg.number("SELECT current_setting('server_version_num')::int"));
    }
}
