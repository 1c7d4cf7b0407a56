package org.nbabox.sql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nbabox.query.BadQueryException;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Registers the tables under an output folder (local or s3a://) as temporary views named as in
 * {@link Tables}, except quarter_outcomes, registered as {@link Views#QUARTER_OUTCOMES_RAW}, then
 * creates the {@link Views}. A table stored as Delta is read as Delta, otherwise as Parquet; a table
 * the folder lacks is registered empty with its schema, so that every view still resolves.
 */
public final class TableViews {

    private TableViews() {
    }

    /** Registers every table and view; returns the names of the tables found under {@code dir}. */
    public static List<String> register(SparkSession spark, String dir) {
        List<String> found = new ArrayList<>();
        for (Table t : Tables.ALL) {
            String format = format(spark, dir, t);
            Dataset<Row> df;
            if (format == null) {
                df = spark.createDataFrame(List.<Row>of(), t.schema());
            } else {
                df = spark.read().format(format).load(new Path(dir, t.name()).toString());
                found.add(t.name());
            }
            df.createOrReplaceTempView(viewName(t));
        }
        if (found.isEmpty()) {
            throw new BadQueryException("no nbabox tables under " + dir);
        }
        for (String view : Views.NAMES) {
            spark.sql(Views.sql(view));
        }
        return found;
    }

    /** The temporary view a table is registered under. */
    public static String viewName(Table t) {
        return t == Tables.QUARTER_OUTCOMES ? Views.QUARTER_OUTCOMES_RAW : t.name();
    }

    private static String format(SparkSession spark, String dir, Table t) {
        Path table = new Path(dir, t.name());
        try {
            FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(new Path(table, "_delta_log"))) {
                return "delta";
            }
            return fs.exists(table) ? "parquet" : null;
        } catch (IOException e) {
            throw new BadQueryException("cannot read " + table + ": " + e.getMessage());
        }
    }
}
