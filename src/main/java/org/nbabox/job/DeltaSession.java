package org.nbabox.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: Delta enabled, the profile's {@code spark.*} settings applied over
 * the built-in ones, and both under what spark-submit was given.
 * When the JVM already has a session (tests, notebooks) that one is used and left running;
 * a session opened here is stopped by {@link #close()}.
 */
public final class DeltaSession implements AutoCloseable {

    /** The session settings the job relies on, unless the profile or spark-submit says otherwise. */
    static final Map<String, String> BUILT_IN = builtIn();

    private static Map<String, String> builtIn() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        m.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        m.put("spark.sql.debug.maxToStringFields", "1000");
        // statistics for data skipping on the leading key columns only (game_id first): cheaper writes
        m.put("spark.databricks.delta.properties.defaults.dataSkippingNumIndexedCols", "6");
        // the batch job caches each batch's rows serialized on local disk: Kryo, without reference
        // tracking (rows share no objects; tracking resets a map per row), blocks compressed
        m.put("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        m.put("spark.kryo.referenceTracking", "false");
        m.put("spark.rdd.compress", "true");
        // Delta's partitioned writes keep one open file per season instead of sorting each task's
        // rows by season first (the sort was 9% of the job's time); a task holds a few seasons, and
        // past 16 open files Spark sorts the rest. (Spark's own Parquet writer plans its sort
        // before this applies: --format parquet still sorts.)
        m.put("spark.sql.maxConcurrentOutputFileWriters", "16");
        return Collections.unmodifiableMap(m);
    }

    private final SparkSession spark;
    private final boolean owned;

    private DeltaSession(SparkSession spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    /**
     * Opens (or joins) the session. {@code logLevel} is Spark's log level for the run ("WARN",
     * "ERROR"), or null to leave the logging configuration alone.
     */
    public static DeltaSession open(String appName, JobConfig profile, String logLevel) {
        if (SparkSession.getDefaultSession().isDefined()) {
            return new DeltaSession(SparkSession.getDefaultSession().get(), false);
        }
        SparkConf started = new SparkConf();
        Properties settings = new Properties();
        BUILT_IN.forEach(settings::setProperty);
        settings.putAll(profile.sparkSettings(started));
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        for (String k : settings.stringPropertyNames()) {
            if (!started.contains(k)) { // what spark-submit was given wins (see JobConfig#sparkSettings)
                b = b.config(k, settings.getProperty(k));
            }
        }
        SparkSession spark = b.getOrCreate();
        if (logLevel != null) {
            spark.sparkContext().setLogLevel(logLevel);
        }
        return new DeltaSession(spark, true);
    }

    public SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
