package org.nbabox.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Spark tests: spark-testing-base's shared local session (JUnit 4 style, run by the vintage engine),
 * with Delta enabled and small settings so that a test class starts in seconds.
 */
public abstract class SparkTestBase extends JavaDataFrameSuiteBase {

    @Override
    public SparkConf conf() {
        return super.conf().setMaster("local[2]")
                .set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .set("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .set("spark.sql.shuffle.partitions", "2")
                .set("spark.databricks.delta.snapshotPartitions", "2")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
    }

    @Override
    public boolean enableHiveSupport() {
        return false;
    }

    protected SparkSession session() {
        return spark();
    }

    /** Columns that differ between two runs by design (when and by which run a row was written). */
    private static final java.util.Set<String> VOLATILE = java.util.Set.of("run_id", "processed_at", "processing_ms", "recorded_at");

    /** Row count and an order-independent content checksum of every table under {@code output}. */
    protected Map<String, String> digest(String output) {
        return digest(output, "delta");
    }

    /**
     * Rows and an order-independent checksum per table of a Delta or Parquet output (columns in the
     * schema's order: Parquet puts partition columns last), run-specific columns left out.
     */
    protected Map<String, String> digest(String output, String format) {
        Map<String, String> out = new TreeMap<>();
        for (Table t : Tables.ALL) {
            Dataset<Row> df = "parquet".equals(format)
                    ? spark().read().schema(t.schema()).parquet(output + "/" + t.name())
                    : spark().read().format("delta").load(output + "/" + t.name());
            df = df.selectExpr(t.schema().fieldNames());
            for (String c : VOLATILE) {
                if (java.util.Arrays.asList(df.columns()).contains(c)) {
                    df = df.drop(c);
                }
            }
            Row r = df.selectExpr("count(*)", "coalesce(sum(cast(hash(*) as bigint)), 0)").first();
            out.put(t.name(), r.getLong(0) + " rows, checksum " + r.getLong(1));
        }
        return out;
    }

    protected long count(String output, Table t) {
        return spark().read().format("delta").load(output + "/" + t.name()).count();
    }
}
