package org.nbabox.bench;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.nbabox.job.DeltaSession;
import org.nbabox.job.JobConfig;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * A second floor for the batch job: what Spark needs to write the job's output alone, with no game
 * processed. It reads every table the job wrote under a folder and writes it again, as the job does
 * (Delta, partitioned by season, the job's session settings), to a scratch folder; then reads it once
 * more into Spark's no-op sink. The difference is the cost of writing those rows, which no faster game
 * processing can remove. Every table is read once, untimed, before anything is timed. {@code jobs/bench} prints it next to the tokenising floor.
 * Usage: {@code WriteFloor TABLES_DIR SCRATCH_DIR}. Prints: rows, write seconds, read seconds.
 */
public final class WriteFloor {

    private WriteFloor() {
    }

    private static Dataset<Row> table(SparkSession spark, String dir, Table t) {
        return spark.read().format("delta").load(dir + "/" + t.name());
    }

    public static void main(String[] args) {
        String tables = args[0].replaceAll("/+$", "");
        String scratch = args[1].replaceAll("/+$", "");
        try (DeltaSession session = DeltaSession.open("nbabox write floor", JobConfig.load(null), "ERROR")) {
            SparkSession spark = session.spark();
            long rows = 0;
            double write = 0;
            double read = 0;
            // untimed: read every table once (Delta logs, page cache, the reading code compiled), so that
            // the timed read below costs what reading costs inside the timed write
            for (Table t : Tables.ALL) {
                table(spark, tables, t).write().format("noop").mode(SaveMode.Overwrite).save();
            }
            for (Table t : Tables.ALL) {
                Dataset<Row> in = table(spark, tables, t);
                long start = System.nanoTime();
                in.write().format("delta").mode(SaveMode.Overwrite).partitionBy(t.partitionColumn()).save(scratch + "/" + t.name());
                write += (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                in.write().format("noop").mode(SaveMode.Overwrite).save();
                read += (System.nanoTime() - start) / 1e9;
                rows += in.count();
            }
            System.out.printf(Locale.ROOT, "rows=%d write_seconds=%.2f read_seconds=%.2f%n", rows, write, read);
        }
    }
}
