package org.nbabox.job;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options of {@code jobs/batch-process}. Every option left out takes its value from the profile in
 * {@code conf/} ({@code --conf}, default {@code conf/local.properties}); built-in defaults come last.
 */
public final class JobOptions {

    public enum Format { delta, parquet }

    @Option(names = "--input", paramLabel = "DIR", description = "Raw game files: a local folder or an s3a:// prefix (.json, .json.gz). Profile key: input.")
    String input;

    @Option(names = "--box-scores", paramLabel = "DIR", description = "Box score files of Format 2 games (same file names). Profile key: box.scores.")
    String boxScores;

    @Option(names = "--output", paramLabel = "DIR", description = "Where tables and reports go: a local folder or an s3a:// prefix. Profile key: output.")
    String output;

    @Option(names = "--season", paramLabel = "YEAR", description = "Only this season (end year: 2025 is 2024-25).")
    Integer season;

    @Option(names = "--start-season", paramLabel = "YEAR", description = "Only seasons from this one on.")
    Integer startSeason;

    @Option(names = "--end-season", paramLabel = "YEAR", description = "Only seasons up to this one.")
    Integer endSeason;

    @Option(names = "--limit", paramLabel = "N", description = "Process at most N games (after the other filters, in path order).")
    Integer limit;

    @Option(names = "--game-ids", paramLabel = "ID", split = ",", description = "Only these game ids (comma separated).")
    List<String> gameIds;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Table format: delta (default) or parquet. Profile key: format.")
    Format format;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Games per commit: a re-run after a failure resumes after the last commit. Profile key: checkpoint.every (default 5000). "
            + "Delta only: with --format parquet each season is one commit (a season's partition is replaced whole).")
    Integer checkpointEvery;

    @Option(names = "--reprocess", description = "Process games already done (their rows are replaced, never duplicated).")
    boolean reprocess;

    @Option(names = "--max-error-rate", paramLabel = "RATE", description = "Exit non-zero when more than this share of games fail (default 0.05). Profile key: max.error.rate.")
    Double maxErrorRate;

    @Option(names = "--run-id", paramLabel = "ID", description = "Name of this run's report folder (default: a UTC timestamp).")
    String runId;

    @Option(names = "--conf", paramLabel = "FILE", description = "Configuration profile (default conf/local.properties).")
    String conf;

    @Option(names = "--save-rds", description = "Also load the tables into PostgreSQL (schema phase9) when the run ends.")
    boolean saveRds;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL JDBC URL for --save-rds. Profile key: jdbc.url.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "NAME", description = "PostgreSQL user for --save-rds (password from PGPASSWORD or ~/.pgpass). Profile key: jdbc.user.")
    String jdbcUser;

    @Option(names = "--verbose", description = "More detail in the log: how long each batch and each table write took, "
            + "and Spark's own log lines at the level of the logging configuration (without it, Spark's warnings only). "
            + "Each game's outcome is in box_score_verification and game_errors, not in the log.")
    boolean verbose;

    /** The profile the defaults came from. */
    JobConfig profile;

    /** Fills what the flags left out from the profile, then checks the whole. */
    /** Profile-only settings, read (and checked) with the options, before Spark starts. */
    int partitionsPerCore;
    int rdsMaxConnections;
    int rdsChunkRows;

    void resolve() {
        profile = JobConfig.load(conf);
        input = input != null ? input : profile.get("input", null);
        output = output != null ? output : profile.get("output", null);
        boxScores = boxScores != null ? boxScores : profile.get("box.scores", null);
        format = format != null ? format : Format.valueOf(profile.get("format", "delta"));
        checkpointEvery = checkpointEvery != null ? checkpointEvery : profile.getInt("checkpoint.every", 5000);
        maxErrorRate = maxErrorRate != null ? maxErrorRate : profile.getDouble("max.error.rate", 0.05);
        jdbcUrl = jdbcUrl != null ? jdbcUrl : profile.get("jdbc.url", null);
        jdbcUser = jdbcUser != null ? jdbcUser : profile.get("jdbc.user", null);
        partitionsPerCore = profile.getInt("partitions.per.core", 4);
        rdsMaxConnections = profile.getInt("rds.max.connections", 2);
        rdsChunkRows = profile.getInt("rds.chunk.rows", org.nbabox.rds.RdsExport.DEFAULT_CHUNK_ROWS);
        if (partitionsPerCore < 1 || rdsMaxConnections < 1 || rdsChunkRows < 1) {
            throw new IllegalArgumentException("configuration " + profile.source()
                    + ": partitions.per.core, rds.max.connections and rds.chunk.rows must be at least 1");
        }
        if (input == null) {
            throw new IllegalArgumentException("--input is required (or 'input' in the profile)");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required (or 'output' in the profile)");
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("--checkpoint-every must be at least 1");
        }
        if (maxErrorRate < 0 || maxErrorRate > 1) {
            throw new IllegalArgumentException("--max-error-rate must be between 0 and 1 (0.05 is 5%)");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        if (season != null && (startSeason != null || endSeason != null)) {
            throw new IllegalArgumentException("use --season or --start-season/--end-season, not both");
        }
        if (startSeason != null && endSeason != null && startSeason > endSeason) {
            throw new IllegalArgumentException("--start-season " + startSeason + " is after --end-season " + endSeason);
        }
        if (format == Format.parquet && (limit != null || (gameIds != null && !gameIds.isEmpty()))) {
            throw new IllegalArgumentException("parquet output replaces whole season partitions: --limit and --game-ids need --format delta");
        }
        if (saveRds && (jdbcUrl == null || jdbcUser == null)) {
            throw new IllegalArgumentException("--save-rds needs --jdbc-url and --jdbc-user (or jdbc.url/jdbc.user in the profile)");
        }
        if (saveRds && org.nbabox.rds.PgTarget.hasPassword(jdbcUrl)) {
            throw new IllegalArgumentException("the JDBC URL must not hold the password (it would show in the process list and the logs):"
                    + " set PGPASSWORD or use ~/.pgpass");
        }
    }

    /** The seasons a season filter names (empty without one). */
    List<Integer> selectedSeasons() {
        if (season != null) {
            return List.of(season);
        }
        if (startSeason == null && endSeason == null) {
            return List.of();
        }
        int from = startSeason == null ? 1947 : startSeason;
        int to = endSeason == null ? 2100 : endSeason;
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    boolean hasSeasonFilter() {
        return season != null || startSeason != null || endSeason != null;
    }

    boolean seasonSelected(int s) {
        if (season != null) {
            return s == season;
        }
        return (startSeason == null || s >= startSeason) && (endSeason == null || s <= endSeason);
    }
}
