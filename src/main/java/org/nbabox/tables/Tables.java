package org.nbabox.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.nbabox.replay.Stat;

/**
 * The one definition of every output table's schema, used by every writer (Delta, Parquet,
 * PostgreSQL) and reader. Documented in docs/TABLES.md.
 */
public final class Tables {

    /** The box score columns of a line, in order: the 16 counters, then seconds played. */
    public static final List<String> LINE_COLUMNS;

    static {
        List<String> cols = new ArrayList<>();
        for (Stat s : Stat.ALL) {
            cols.add(s.column());
        }
        cols.add("seconds_played");
        LINE_COLUMNS = List.copyOf(cols);
    }

    public static final StructType DISCREPANCY = new StructType()
            .add("player_id", StringType).add("player_name", StringType).add("stat", StringType)
            .add("ours", StringType).add("espn", StringType);

    public static final StructType ANOMALY = new StructType().add("kind", StringType).add("detail", StringType);

    public static final Table GAME_STATE_SNAPSHOTS = new Table("game_state_snapshots", withLines(new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false).add("season_type", IntegerType)
            .add("event_num", IntegerType, false).add("sequence_number", IntegerType).add("play_id", StringType)
            .add("period", IntegerType, false).add("period_label", StringType).add("clock", StringType)
            .add("seconds_left_in_period", DoubleType).add("elapsed_seconds", DoubleType)
            .add("home_team_id", StringType).add("away_team_id", StringType)
            .add("home_score", IntegerType).add("away_score", IntegerType)
            .add("espn_home_score", IntegerType).add("espn_away_score", IntegerType)
            .add("event_kind", StringType).add("event_text", StringType).add("team_id", StringType)
            .add("points", IntegerType).add("player1_id", StringType).add("player2_id", StringType)
            .add("player3_id", StringType)
            .add("home_on_court", createArrayType(StringType)).add("away_on_court", createArrayType(StringType)),
            "home_", "away_").add("home_team_rebounds", IntegerType).add("home_team_turnovers", IntegerType)
            .add("away_team_rebounds", IntegerType).add("away_team_turnovers", IntegerType),
            "season", List.of("game_id", "event_num"),
            "One row per play-by-play event: the game state right after it.");

    public static final Table PLAYER_SNAPSHOT_STATS = new Table("player_snapshot_stats", withLines(new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false)
            .add("event_num", IntegerType, false).add("player_id", StringType, false)
            .add("player_name", StringType).add("team_id", StringType).add("on_court", BooleanType)
            .add("elapsed_seconds", DoubleType).add("team_margin", IntegerType).add("period_end", BooleanType), ""),
            "season", List.of("game_id", "event_num", "player_id"),
            "A player's cumulative line after an event that changed a counter or his on-court status (or his +/- "
                    + "otherwise than his team's margin), and every player's line at the end of each period. See the "
                    + "player_lines_at view for the full line at any event.");

    public static final Table QUARTER_BOX_SCORES = new Table("quarter_box_scores", withLines(new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false)
            .add("period", IntegerType, false).add("period_label", StringType)
            .add("row_type", StringType, false).add("player_id", StringType, false).add("player_name", StringType)
            .add("team_id", StringType), ""),
            "season", List.of("game_id", "period", "row_type", "player_id"),
            "Each player's (row_type 'player') and team's (row_type 'team', player_id = team id) box score for one period alone.");

    public static final Table QUARTER_OUTCOMES = new Table("quarter_outcomes", new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false).add("season_type", IntegerType)
            .add("period", IntegerType, false).add("period_label", StringType)
            .add("home_team_id", StringType).add("away_team_id", StringType)
            .add("home_points", IntegerType).add("away_points", IntegerType).add("winner", StringType)
            .add("margin", IntegerType).add("total", IntegerType)
            .add("home_cumulative", IntegerType).add("away_cumulative", IntegerType).add("cumulative_margin", IntegerType),
            "season", List.of("game_id", "period"),
            "Per game and period: points each, winner (home/away/tie), margin (home minus away), total, cumulative score.");

    public static final Table BOX_SCORE_VERIFICATION = new Table("box_score_verification", new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false).add("season_type", IntegerType)
            .add("source_file", StringType).add("source_format", IntegerType).add("status", StringType)
            .add("snapshots", IntegerType).add("home_team", StringType).add("away_team", StringType)
            .add("home_score", IntegerType).add("away_score", IntegerType)
            .add("espn_home_score", IntegerType).add("espn_away_score", IntegerType)
            .add("final_score_match", BooleanType).add("linescores_match", BooleanType)
            .add("players_compared", IntegerType).add("cells_compared", IntegerType).add("cells_matched", IntegerType)
            .add("cell_match_rate", DoubleType).add("plus_minus_compared", IntegerType).add("plus_minus_matched", IntegerType)
            .add("minutes_compared", IntegerType).add("minutes_within_one", IntegerType)
            .add("grade", StringType).add("passed", BooleanType)
            .add("discrepancy_count", IntegerType).add("discrepancies", createArrayType(DISCREPANCY))
            .add("anomaly_count", IntegerType).add("anomalies", createArrayType(ANOMALY))
            .add("unknown_type_plays", IntegerType).add("processing_ms", LongType)
            .add("run_id", StringType).add("processed_at", TimestampType),
            "season", List.of("game_id"),
            "One row per game read: verification against ESPN's official box score (status 'no play-by-play' for games without).");

    public static final Table GAME_ERRORS = new Table("game_errors", new StructType()
            .add("game_id", StringType, false).add("season", IntegerType, false).add("source_file", StringType, false)
            .add("reason", StringType).add("message", StringType)
            .add("run_id", StringType).add("recorded_at", TimestampType),
            "season", List.of("source_file"),
            "Files that could not be processed, with a reason category (malformed JSON, truncated file, ...).");

    public static final List<Table> ALL = List.of(GAME_STATE_SNAPSHOTS, PLAYER_SNAPSHOT_STATS, QUARTER_BOX_SCORES,
            QUARTER_OUTCOMES, GAME_ERRORS, BOX_SCORE_VERIFICATION);

    private Tables() {
    }

    public static Table byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    private static StructType withLines(StructType base, String... prefixes) {
        StructType s = base;
        for (String p : prefixes) {
            for (String c : LINE_COLUMNS) {
                DataType t = c.equals("seconds_played") ? DoubleType : IntegerType;
                s = s.add(new StructField(p + c, t, true, org.apache.spark.sql.types.Metadata.empty()));
            }
        }
        return s;
    }
}
