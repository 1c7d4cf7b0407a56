package org.nbabox.job;

import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: Delta enabled, the profile's {@code spark.*} settings applied.
 * When the JVM already has a session (tests, notebooks) that one is used and left running;
 * a session opened here is stopped by {@link #close()}.
 */
public final class DeltaSession implements AutoCloseable {

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
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.debug.maxToStringFields", "1000")
                // statistics for data skipping on the leading key columns only (game_id first): cheaper writes
                .config("spark.databricks.delta.properties.defaults.dataSkippingNumIndexedCols", "6")
                // the batch job caches each batch's rows serialized on local disk: Kryo, without reference
                // tracking (rows share no objects; tracking resets a map per row), blocks compressed
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryo.referenceTracking", "false")
                .config("spark.rdd.compress", "true")
                // Delta's partitioned writes keep one open file per season instead of sorting each task's
                // rows by season first (the sort was 9% of the job's time); a task holds a few seasons, and
                // past 16 open files Spark sorts the rest. (Spark's own Parquet writer plans its sort
                // before this applies: --format parquet still sorts.)
                .config("spark.sql.maxConcurrentOutputFileWriters", "16");
        Properties p = profile.sparkSettings();
        for (String k : p.stringPropertyNames()) {
            b = b.config(k, p.getProperty(k));
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
