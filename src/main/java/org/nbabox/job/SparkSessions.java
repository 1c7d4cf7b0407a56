package org.nbabox.job;

import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command run outside spark-submit's defaults (jobs/ scripts locally, or a
 * spark-submit step): Delta enabled, the profile's {@code spark.*} keys applied, Spark's own chatter
 * at WARN unless verbose. Under spark-submit, the session it already configured is reused.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** Gets or creates the session named {@code appName} with the profile's Spark settings. */
    public static SparkSession create(String appName, JobConfig profile, boolean verbose) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.debug.maxToStringFields", "1000");
        Properties p = profile.sparkSettings();
        for (String k : p.stringPropertyNames()) {
            b = b.config(k, p.getProperty(k));
        }
        SparkSession spark = b.getOrCreate();
        if (!verbose) {
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
