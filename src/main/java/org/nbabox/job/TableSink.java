package org.nbabox.job;

import io.delta.tables.DeltaTable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.storage.StorageLevel;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Writes one batch of games into every table. Delta: one commit per table that replaces the rows of
 * exactly the batch's games ({@code replaceWhere}), so a re-run or a retried batch never duplicates.
 * Parquet: batches are whole seasons and replace their season partitions (dynamic overwrite).
 * {@code box_score_verification} is written last: a game counts as done only once all its rows are in.
 */
final class TableSink {

    private final SparkSession spark;
    private final String output;
    private final JobOptions.Format format;
    private final boolean verbose;
    private static final String REPLACE_WHERE_CHECK = "spark.databricks.delta.replaceWhere.constraintCheck.enabled";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableSink.class);

    TableSink(SparkSession spark, String output, JobOptions.Format format, boolean verbose) {
        this.spark = spark;
        this.output = output;
        this.format = format;
        this.verbose = verbose;
    }

    String path(Table t) {
        return output.replaceAll("/+$", "") + "/" + t.name();
    }

    boolean exists(Table t) {
        return format == JobOptions.Format.delta ? DeltaTable.isDeltaTable(spark, path(t)) : pathExists(path(t));
    }

    private boolean pathExists(String p) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Reads a table back (Parquet with its declared schema: an empty table has no file to infer it from). */
    Dataset<Row> read(Table t) {
        if (format == JobOptions.Format.parquet) {
            return spark.read().schema(t.schema()).parquet(path(t));
        }
        return spark.read().format("delta").load(path(t));
    }

    /**
     * Rows of one table out of a batch's processed rows, as a DataFrame of the table's schema. The rows
     * are already in Spark's binary format (built by {@link GameExploder} against this very schema), so
     * they are handed to Spark as they are ({@code internalCreateDataFrame}, Spark's own entry point
     * for internal rows) instead of being converted again value by value.
     */
    static Dataset<Row> rows(SparkSession spark, JavaRDD<GameRows> processed, Table t) {
        int k = GameExploder.indexOf(t);
        JavaRDD<InternalRow> rows = processed.flatMap(g -> g.rows(k));
        return spark.internalCreateDataFrame(rows.rdd(), t.schema(), false);
    }

    /**
     * What a batch replaces in every table: the rows of its games. A game is named by the id in its
     * file, by its file's stem, and by the game the file held when last processed (a file that fails
     * now still replaces what it wrote when it was readable); {@code seasons} prunes the search, null
     * when a file's season is unknown.
     */
    record Replace(Collection<String> gameIds, Collection<Integer> seasons, Collection<String> sourceFiles) {

        static Replace of(BatchProcessJob.BatchSummary s, List<GameFile> batch, DoneGames done) {
            Set<String> ids = new TreeSet<>(s.gameIds);
            Set<Integer> seasons = new TreeSet<>(s.gameSeasons);
            boolean known = true;
            for (GameFile f : batch) {
                ids.add(f.stem());
                if (done.gameOf(f.stem()) != null) {
                    ids.add(done.gameOf(f.stem())); // the game this file held last time, whatever its name
                }
                known &= f.season() != null;
                if (f.season() != null) {
                    seasons.add(f.season());
                }
            }
            return new Replace(ids, known ? seasons : null, batch.stream().map(GameFile::path).toList());
        }

        String where(Table t) {
            if (t == Tables.GAME_ERRORS) {
                return "source_file IN (" + quoted(sourceFiles) + ") OR game_id IN (" + quoted(gameIds) + ")";
            }
            String byGame = "game_id IN (" + quoted(gameIds) + ")";
            return seasons == null ? byGame
                    : "season IN (" + seasons.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND " + byGame;
        }
    }

    void writeBatch(JavaRDD<GameRows> processed, Replace replace, String label) {
        // The two per-event tables are nearly all of a batch's rows. The four small tables read a cache
        // of their own rows, filled by the first of them, instead of each reading the whole batch again.
        boolean[] keep = new boolean[Tables.ALL.size()];
        for (int k = 0; k < keep.length; k++) {
            keep[k] = Tables.ALL.get(k) != Tables.GAME_STATE_SNAPSHOTS && Tables.ALL.get(k) != Tables.PLAYER_SNAPSHOT_STATS;
        }
        JavaRDD<GameRows> small = processed.map(g -> g.only(keep)).persist(StorageLevel.DISK_ONLY());
        try {
            for (Table t : Tables.ALL) {
                long start = System.nanoTime();
                boolean perEvent = t == Tables.GAME_STATE_SNAPSHOTS || t == Tables.PLAYER_SNAPSHOT_STATS;
                write(perEvent ? processed : small, t, replace, label);
                if (verbose) {
                    LOG.info("{}: {} written in {} ms", label, t.name(), (System.nanoTime() - start) / 1_000_000);
                }
            }
        } finally {
            small.unpersist(false);
            spark.sparkContext().setJobDescription(null);
        }
    }

    private void write(JavaRDD<GameRows> processed, Table t, Replace replace, String label) {
        {
            spark.sparkContext().setJobDescription(label + ": write " + t.name());
            Dataset<Row> rows = rows(spark, processed, t);
            if (format == JobOptions.Format.parquet) {
                rows.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
                        .partitionBy(t.partitionColumn()).parquet(path(t));
                return;
            }
            if (!DeltaTable.isDeltaTable(spark, path(t))) {
                rows.write().format("delta").mode(SaveMode.Append).partitionBy(t.partitionColumn()).save(path(t));
                return;
            }
            String where = replace.where(t);
            // Delta checks each written row against the replaceWhere predicate, which it evaluates as a
            // linear IN over every game id of the batch: 30% of the job's time with 2,000-game batches.
            // The rows come from exactly these games by construction, so the check is off for this write.
            String previous = spark.conf().get(REPLACE_WHERE_CHECK, "true");
            spark.conf().set(REPLACE_WHERE_CHECK, "false");
            try {
                rows.write().format("delta").mode(SaveMode.Overwrite).option("replaceWhere", where).save(path(t));
            } finally {
                spark.conf().set(REPLACE_WHERE_CHECK, previous);
            }
        }
    }

    static String quoted(Collection<String> values) {
        if (values.isEmpty()) {
            return "NULL";
        }
        return values.stream().map(v -> "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'").collect(Collectors.joining(","));
    }
}
