package org.nbabox.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.nbabox.espn.GameFiles;
import org.nbabox.rds.PgTarget;
import org.nbabox.rds.RdsExport;
import org.nbabox.rds.RetryPolicy;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The batch job: every raw game file to partitioned snapshot tables, with a verification report.
 * Reads like its table of contents: list the input, select games, skip those done, process and
 * commit batch by batch, report.
 */
@Command(name = "batch-process", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Turns ESPN play-by-play files into snapshot, quarter and verification tables (Delta or Parquet).")
public final class BatchProcessJob implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_ERROR_RATE = 1;
    static final int EXIT_BAD_ARGS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(BatchProcessJob.class);
    private static final StructType INPUT = new StructType().add("path", DataTypes.StringType, false)
            .add("season", DataTypes.IntegerType, true).add("task", DataTypes.IntegerType, false);

    @Mixin
    JobOptions options = new JobOptions();

    /** Totals of the last run (for tests and the report). */
    RunTotals totals;
    String runId;
    private int exitCode;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine(new BatchProcessJob()).execute(args);
    }

    /**
     * Runs the job with {@code args} on an existing session, which stays open (tests and notebooks
     * share one). Returns the exit code; the job's totals stay readable on the returned instance.
     */
    public static BatchProcessJob runWith(SparkSession spark, String... args) {
        BatchProcessJob job = new BatchProcessJob();
        new CommandLine(job).parseArgs(args);
        job.options.resolve();
        job.runId = job.options.runId != null ? job.options.runId : "test-" + System.nanoTime();
        job.exitCode = job.run(spark);
        return job;
    }

    /** Exit code of the last {@link #runWith} run. */
    public int exitCode() {
        return exitCode;
    }

    public RunTotals totals() {
        return totals;
    }

    /** The job's command line: bad options print one line on stderr and exit with 2. */
    public static CommandLine commandLine(Callable<Integer> job) {
        return org.nbabox.cli.Cli.of(job, "batch-process", EXIT_BAD_ARGS);
    }

    @Override
    public Integer call() {
        try {
            options.resolve();
        } catch (IllegalArgumentException e) {
            System.err.println("batch-process: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        runId = options.runId != null ? options.runId
                : DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC));
        try (DeltaSession session = DeltaSession.open("nbabox batch-process", options.profile,
                options.verbose ? null : "WARN")) {
            return run(session.spark());
        }
    }

    /** The job on a given session (tests share one). */
    int run(SparkSession spark) {
        PeakMemory.resetDriverPeak();
        Map<String, String> hadoopConf = hadoopSettings(spark.sparkContext().hadoopConfiguration());
        List<GameFile> files;
        try {
            files = InputCatalog.list(options.input, spark.sparkContext().hadoopConfiguration());
            if (options.boxScores != null) {
                org.apache.hadoop.fs.Path box = new org.apache.hadoop.fs.Path(options.boxScores);
                if (!box.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(box)) {
                    throw new IOException("box score input " + options.boxScores + " does not exist");
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("batch-process: cannot read the input: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<GameFile> selected = InputCatalog.select(files, options, jsc, hadoopConf);
        if (selected.isEmpty()) {
            // nothing to do is a mistake worth one line (a wrong folder, a season not there), not an empty report
            System.err.println("batch-process: no game file to process: " + files.size() + " game files (.json, .json.gz) under "
                    + options.input + (files.isEmpty() ? "" : ", none of them selected by the season, --game-ids or --limit options"));
            return EXIT_BAD_ARGS;
        }
        TableSink sink = new TableSink(spark, options.output, options.format, options.verbose);
        spark.sparkContext().setJobDescription("Find games already done");
        DoneGames done = DoneGames.read(sink);
        List<GameFile> todo = skipDone(done, selected);
        LOG.info("Run {}: {} game files under {}, {} selected, {} to process ({} already done), output {} ({}), profile {}, master {}",
                runId, files.size(), options.input, selected.size(), todo.size(), selected.size() - todo.size(),
                options.output, options.format, options.profile.source(), spark.sparkContext().master());
        PeakMemory memory = new PeakMemory();
        spark.sparkContext().addSparkListener(memory);
        totals = processInBatches(spark, sink, todo, hadoopConf, done);
        totals.alreadyDone = selected.size() - todo.size();
        spark.sparkContext().removeSparkListener(memory);
        LOG.info(completedLine(totals, selected.size()));
        LOG.info(String.format(java.util.Locale.US, "Peak heap: driver %,d MB, executors %s (local mode: one JVM)",
                PeakMemory.driverPeakHeap() >> 20,
                memory.executorPeakHeap() < 0 ? "not reported" : String.format(java.util.Locale.US, "%,d MB", memory.executorPeakHeap() >> 20)));
        RunReport.write(spark, sink, options, runId, totals);
        if (options.saveRds) {
            LOG.info("Loading the tables into PostgreSQL ({})", PgTarget.redact(options.jdbcUrl));
            PgTarget target = PgTarget.resolve(options.jdbcUrl, options.jdbcUser, System.getenv(),
                    Paths.get(System.getProperty("user.home")));
            int rc = RdsExport.runLogged(spark, target, new RdsExport.Settings(options.output, options.format.name(),
                    options.selectedSeasons(), options.gameIds == null ? List.of() : options.gameIds,
                    options.rdsMaxConnections, false, options.rdsChunkRows, RetryPolicy.DEFAULT));
            if (rc != 0) {
                return rc;
            }
        }
        if (totals.errorRate() > options.maxErrorRate) {
            LOG.error(String.format(java.util.Locale.US, "Error rate %.1f%% is above --max-error-rate %.1f%%: see game_errors and the report",
                    100 * totals.errorRate(), 100 * options.maxErrorRate));
            return EXIT_ERROR_RATE;
        }
        return EXIT_OK;
    }

    /**
     * "Completed 44,826/44,826 games: ... snapshots, ... errors (...%), ... without play-by-play, validation
     * rate ...% (... of ... passed)", over the selected games; the games done by earlier runs are named.
     */
    static String completedLine(RunTotals t, long selected) {
        String validation = t.processed == 0 ? "n/a (no game verified in this run)"
                : String.format(java.util.Locale.US, "%.1f%% (%,d of %,d passed)", 100 * t.validationRate(), t.passed, t.processed);
        return String.format(java.util.Locale.US,
                "Completed %,d/%,d games%s: %,d snapshots, %,d errors (%.1f%%), %,d without play-by-play, validation rate %s",
                t.gamesIn + t.alreadyDone, selected,
                t.alreadyDone == 0 ? "" : String.format(java.util.Locale.US, " (%,d done in earlier runs)", t.alreadyDone),
                t.snapshots, t.errors, 100 * t.errorRate(), t.noPlayByPlay, validation);
    }

    /** The Hadoop settings executors need to open input files (s3a endpoint, credentials provider...). */
    static Map<String, String> hadoopSettings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            if (e.getKey().startsWith("fs.")) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private List<GameFile> skipDone(DoneGames done, List<GameFile> selected) {
        if (options.reprocess) {
            return selected;
        }
        List<GameFile> todo = new ArrayList<>();
        if (options.format == JobOptions.Format.parquet) {
            // a parquet season is redone whole unless every file of it is done
            Map<Integer, List<GameFile>> bySeason = bySeason(selected);
            bySeason.values().forEach(fs -> {
                if (!fs.stream().allMatch(f -> done.isDone(f.stem()))) {
                    todo.addAll(fs);
                }
            });
            return todo;
        }
        for (GameFile f : selected) {
            if (!done.isDone(f.stem())) {
                todo.add(f);
            }
        }
        return todo;
    }

    private static Map<Integer, List<GameFile>> bySeason(List<GameFile> files) {
        Map<Integer, List<GameFile>> out = new TreeMap<>();
        for (GameFile f : files) {
            out.computeIfAbsent(f.season() == null ? 0 : f.season(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private List<List<GameFile>> batches(List<GameFile> todo) {
        List<List<GameFile>> out = new ArrayList<>();
        if (options.format == JobOptions.Format.parquet) {
            out.addAll(bySeason(todo).values());
            return out;
        }
        for (int i = 0; i < todo.size(); i += options.checkpointEvery) {
            out.add(todo.subList(i, Math.min(todo.size(), i + options.checkpointEvery)));
        }
        return out;
    }

    private RunTotals processInBatches(SparkSession spark, TableSink sink, List<GameFile> todo, Map<String, String> hadoopConf,
                                       DoneGames done) {
        RunTotals t = new RunTotals();
        LongAccumulator games = spark.sparkContext().longAccumulator("games");
        LongAccumulator snapshots = spark.sparkContext().longAccumulator("snapshots");
        LongAccumulator errors = spark.sparkContext().longAccumulator("errors");
        GameExploder exploder = new GameExploder(hadoopConf, options.boxScores, runId);
        int perCore = options.partitionsPerCore;
        int cores = TaskPlan.slots(spark.sparkContext().getConf(), spark.sparkContext().defaultParallelism());
        int slicesMax = Math.max(1, cores * perCore);
        LOG.info("Tasks per batch: up to {} ({} cores x {} per core)", slicesMax, cores, perCore);
        List<List<GameFile>> batches = batches(todo);
        try (Progress progress = new Progress(LOG, todo.size(), games, snapshots, errors, 30)) {
            int n = 0;
            for (List<GameFile> batch : batches) {
                n++;
                String label = "Batch " + n + "/" + batches.size() + " (" + batch.size() + " games)";
                List<TaskPlan.Task> tasks = TaskPlan.plan(batch, slicesMax);
                List<Row> inputRows = new ArrayList<>(batch.size());
                for (TaskPlan.Task task : tasks) {
                    for (GameFile f : task.files()) {
                        inputRows.add(RowFactory.create(f.path(), f.season(), task.index()));
                    }
                }
                spark.sparkContext().setJobDescription(label + ": process games");
                // each planned task becomes exactly one partition (a tiny shuffle of file paths only)
                JavaRDD<GameRows> processed = spark.createDataFrame(inputRows, INPUT)
                        .repartitionByRange(tasks.size(), col("task"))
                        .toJavaRDD()
                        .mapPartitions(explode(exploder, games, snapshots, errors))
                        // serialized on local disk, not on the heap: memory stays flat whatever the batch size
                        .persist(StorageLevel.DISK_ONLY());
                long t0 = System.nanoTime();
                BatchSummary s = BatchSummary.of(processed);
                Map<String, String[]> duplicates = s.duplicates(done);
                if (!duplicates.isEmpty()) {
                    LOG.warn("{}: {} file(s) hold a game another file holds too; each becomes a game_errors row: {}",
                            label, duplicates.size(), duplicates.keySet());
                    JavaRDD<GameRows> first = processed;
                    processed = first.map(g -> {
                        String file = BatchSummary.sourceFile(g);
                        String[] d = file == null ? null : duplicates.get(file);
                        return d == null ? g : exploder.duplicate(file, Integer.parseInt(d[2]), d[0], d[1]);
                    }).persist(StorageLevel.DISK_ONLY());
                    s = BatchSummary.of(processed);
                    first.unpersist(false);
                }
                if (options.verbose) {
                    LOG.info("{}: processed and summarised in {} ms", label, (System.nanoTime() - t0) / 1_000_000);
                }
                sink.writeBatch(processed, TableSink.Replace.of(s, batch, done), label);
                processed.unpersist(false);
                done.committed(batch, s.gameIds, s.sourceFiles);
                duplicates.keySet().forEach(done::duplicate);
                t.gamesIn += batch.size();
                t.processed += s.processed;
                t.noPlayByPlay += s.noPlayByPlay;
                t.errors += s.rows(Tables.GAME_ERRORS);
                t.snapshots += s.rows(Tables.GAME_STATE_SNAPSHOTS);
                t.passed += s.passed;
                t.playerRows += s.rows(Tables.PLAYER_SNAPSHOT_STATS);
                LOG.info("Committed {}: {}", label, Progress.line(t.gamesIn, t.snapshots, t.errors, todo.size(), progress.seconds()));
            }
        }
        return t;
    }

    /**
     * The processor over one task's game files (a partition), one game at a time as Spark pulls them: a
     * game file in, its rows out. The exploder's reader, projections and row buffer are set up once per
     * task and reused for every game; the accumulators feed the progress line while the batch runs.
     */
    private static FlatMapFunction<Iterator<Row>, GameRows> explode(
            GameExploder exploder, LongAccumulator games, LongAccumulator snapshots, LongAccumulator errors) {
        return files -> new Iterator<GameRows>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public GameRows next() {
                Row in = files.next();
                GameRows out = exploder.explode(in.getString(0), in.isNullAt(1) ? null : in.getInt(1));
                games.add(1);
                snapshots.add(out.count(Tables.GAME_STATE_SNAPSHOTS));
                errors.add(out.count(Tables.GAME_ERRORS));
                return out;
            }
        };
    }

    /**
     * The few facts the driver needs about a processed batch: rows per table, and the id, season and
     * outcome of each game. One pass over the cached rows (the pass that fills the cache).
     */
    static final class BatchSummary implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        final List<String> gameIds = new ArrayList<>();
        /** The file of each game of {@link #gameIds}, in the same order. */
        final List<String> sourceFiles = new ArrayList<>();
        final List<Integer> gameSeasons = new ArrayList<>();
        final long[] rowsPerTable = new long[Tables.ALL.size()];
        long processed;
        long noPlayByPlay;
        long passed;

        static BatchSummary of(JavaRDD<GameRows> games) {
            int verification = GameExploder.indexOf(Tables.BOX_SCORE_VERIFICATION);
            StructType v = Tables.BOX_SCORE_VERIFICATION.schema();
            int gameId = v.fieldIndex("game_id");
            int sourceFile = v.fieldIndex("source_file");
            int season = v.fieldIndex("season");
            int status = v.fieldIndex("status");
            int passed = v.fieldIndex("passed");
            List<BatchSummary> parts = games.mapPartitions(it -> {
                BatchSummary p = new BatchSummary();
                while (it.hasNext()) {
                    GameRows g = it.next();
                    for (int t = 0; t < p.rowsPerTable.length; t++) {
                        p.rowsPerTable[t] += g.count(t);
                    }
                    for (Iterator<InternalRow> rows = g.rows(verification); rows.hasNext();) {
                        InternalRow row = rows.next();
                        p.gameIds.add(row.getUTF8String(gameId).toString());
                        p.sourceFiles.add(row.getUTF8String(sourceFile).toString());
                        p.gameSeasons.add(row.getInt(season));
                        if ("processed".equals(row.getUTF8String(status).toString())) {
                            p.processed++;
                            p.passed += !row.isNullAt(passed) && row.getBoolean(passed) ? 1 : 0;
                        } else {
                            p.noPlayByPlay++;
                        }
                    }
                }
                return List.of(p).iterator();
            }).collect();
            BatchSummary s = new BatchSummary();
            for (BatchSummary p : parts) {
                s.gameIds.addAll(p.gameIds);
                s.sourceFiles.addAll(p.sourceFiles);
                s.gameSeasons.addAll(p.gameSeasons);
                s.processed += p.processed;
                s.passed += p.passed;
                s.noPlayByPlay += p.noPlayByPlay;
                for (int t = 0; t < s.rowsPerTable.length; t++) {
                    s.rowsPerTable[t] += p.rowsPerTable[t];
                }
            }
            return s;
        }

        /**
         * Files whose game another file holds too, each with {game id, the file kept, season}: within the
         * batch, and against the file the tables already hold the game from. The file kept is the one
         * named after the game, else the one already in the tables, else the first by path, so that runs
         * over the same input always keep the same file.
         */
        Map<String, String[]> duplicates(DoneGames done) {
            Map<String, List<Integer>> byGame = new HashMap<>();
            for (int i = 0; i < gameIds.size(); i++) {
                byGame.computeIfAbsent(gameIds.get(i), k -> new ArrayList<>()).add(i);
            }
            Map<String, String[]> out = new HashMap<>();
            for (Map.Entry<String, List<Integer>> e : byGame.entrySet()) {
                String game = e.getKey();
                List<String> files = e.getValue().stream().map(sourceFiles::get).sorted().toList();
                String held = done.fileOf(game);
                boolean heldElsewhere = held != null && files.stream().noneMatch(f -> GameFiles.stem(f).equals(GameFiles.stem(held)));
                if (files.size() < 2 && !heldElsewhere) {
                    continue;
                }
                List<String> candidates = new ArrayList<>(files);
                if (heldElsewhere) {
                    candidates.add(held);
                }
                String keeper = candidates.stream().filter(f -> GameFiles.stem(f).equals(game)).findFirst()
                        .orElse(heldElsewhere ? held : files.get(0));
                for (int i : e.getValue()) {
                    if (!GameFiles.stem(sourceFiles.get(i)).equals(GameFiles.stem(keeper))) {
                        out.put(sourceFiles.get(i), new String[] {game, keeper, Integer.toString(gameSeasons.get(i))});
                    }
                }
            }
            return out;
        }

        /** The source file of a processed game (from its verification row), null for a file that failed. */
        static String sourceFile(GameRows g) {
            int verification = GameExploder.indexOf(Tables.BOX_SCORE_VERIFICATION);
            Iterator<InternalRow> rows = g.rows(verification);
            return rows.hasNext()
                    ? rows.next().getUTF8String(Tables.BOX_SCORE_VERIFICATION.schema().fieldIndex("source_file")).toString() : null;
        }

        long rows(Table t) {
            return rowsPerTable[GameExploder.indexOf(t)];
        }
    }
}
