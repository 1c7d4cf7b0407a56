package org.nbabox.rds;

import static org.apache.spark.sql.functions.col;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.flywaydb.core.Flyway;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the tables of a batch job's output into PostgreSQL schema {@code phase9}: migrations first
 * (Flyway), then every table with COPY from the Spark partitions in parallel over a bounded number
 * of connections, optionally dropping secondary indexes before and rebuilding them after, then ANALYZE.
 */
public final class RdsExport {

    public static final String SCHEMA = "phase9";
    private static final Logger LOG = LoggerFactory.getLogger(RdsExport.class);

    /** What to load and where. */
    public record Settings(String tablesDir, String format, String jdbcUrl, String user, List<Integer> seasons,
                           List<String> gameIds, int maxConnections, boolean rebuildIndexes, int chunkRows) {
    }

    private RdsExport() {
    }

    /** Runs an export and turns failures into one log line and a non-zero exit code. */
    public static int runLogged(SparkSession spark, Settings s) {
        try {
            run(spark, s);
            return 0;
        } catch (SQLException | RuntimeException e) {
            LOG.error("PostgreSQL export failed: {}", firstLine(e.getMessage()));
            return 1;
        }
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Migrates the schema and loads every table; returns rows per table now in PostgreSQL for the selection. */
    public static Map<String, Long> run(SparkSession spark, Settings s) throws SQLException {
        String password = PgPass.password(s.jdbcUrl(), s.user());
        migrate(s.jdbcUrl(), s.user(), password);
        List<String[]> dropped = s.rebuildIndexes() ? dropSecondaryIndexes(s, password) : List.of();
        Map<String, Long> loaded = new LinkedHashMap<>();
        for (Table t : Tables.ALL) {
            String path = s.tablesDir().replaceAll("/+$", "") + "/" + t.name();
            Dataset<Row> rows;
            try {
                rows = spark.read().format(s.format()).load(path);
            } catch (RuntimeException e) {
                LOG.warn("{}: no table at {}, skipped", t.name(), path);
                continue;
            }
            if (!s.seasons().isEmpty()) {
                rows = rows.filter(col("season").isin(s.seasons().toArray()));
            }
            if (!s.gameIds().isEmpty()) {
                rows = rows.filter(col("game_id").isin(s.gameIds().toArray()));
            }
            String key = t.key().get(0);
            rows = rows.select(columns(t)).repartition(s.maxConnections(), col(key)).sortWithinPartitions(key);
            CopyLoader loader = new CopyLoader(s.jdbcUrl(), s.user(), password, t, s.chunkRows(), 6);
            LongAccumulator count = spark.sparkContext().longAccumulator(t.name() + " rows");
            spark.sparkContext().setJobDescription("COPY " + t.name() + " into PostgreSQL");
            long start = System.nanoTime();
            rows.foreachPartition(part -> {
                count.add(loader.load(part));
            });
            double secs = (System.nanoTime() - start) / 1e9;
            loaded.put(t.name(), count.value());
            LOG.info(String.format(java.util.Locale.US, "%s: %,d rows loaded with COPY in %.1f s (%,.0f rows/s)", t.name(),
                    count.value(), secs, count.value() / Math.max(secs, 1e-9)));
        }
        spark.sparkContext().setJobDescription(null);
        try (Connection c = connect(s.jdbcUrl(), s.user(), password); Statement st = c.createStatement()) {
            for (String[] idx : dropped) {
                LOG.info("Rebuilding index {}", idx[0]);
                st.execute(idx[1]);
            }
            for (Table t : Tables.ALL) {
                st.execute("ANALYZE " + SCHEMA + "." + t.name());
            }
        }
        LOG.info("PostgreSQL export done: {}", loaded);
        return loaded;
    }

    private static org.apache.spark.sql.Column[] columns(Table t) {
        return java.util.Arrays.stream(t.schema().fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    /** Creates or upgrades schema phase9 to the latest version. */
    public static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").javaMigrations(new V1__Phase9Tables())
                .loggers("slf4j").load().migrate();
    }

    private static List<String[]> dropSecondaryIndexes(Settings s, String password) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = connect(s.jdbcUrl(), s.user(), password); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = '" + SCHEMA
                    + "' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] idx : out) {
                LOG.info("Dropping index {} for the full load", idx[0]);
                st.execute("DROP INDEX " + SCHEMA + "." + idx[0]);
            }
        }
        return out;
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    /** Rows per table in PostgreSQL. */
    public static Map<String, Long> counts(String url, String user, String password) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = connect(url, user, password); Statement st = c.createStatement()) {
            for (Table t : Tables.ALL) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + SCHEMA + "." + t.name())) {
                    rs.next();
                    out.put(t.name(), rs.getLong(1));
                }
            }
        }
        return out;
    }
}
