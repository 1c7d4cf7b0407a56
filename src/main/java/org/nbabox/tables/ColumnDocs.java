package org.nbabox.tables;

import java.util.HashMap;
import java.util.Map;
import org.nbabox.replay.Stat;

/** What every column means, for docs/TABLES.md (a test keeps the doc and this list in step with {@link Tables}). */
public final class ColumnDocs {

    private static final Map<String, String> DOCS = new HashMap<>();

    static {
        put("game_id", "ESPN game id, from the file");
        put("season", "season end year (2025 is 2024-25), from the file; partition column");
        put("season_type", "1 preseason, 2 regular season, 3 playoffs, 5 play-in");
        put("event_num", "0-based position of the event in the game after ordering repairs");
        put("sequence_number", "ESPN's sequenceNumber (entry order; null in Format 2)");
        put("play_id", "ESPN's play id");
        put("period", "period number: 1-4, 5 = first overtime");
        put("period_label", "Q1..Q4, OT1, OT2...");
        put("clock", "game clock after the event as displayed (\"7:32\", \"45.1\")");
        put("seconds_left_in_period", "seconds left in the period");
        put("elapsed_seconds", "game seconds elapsed (12-minute quarters, 5-minute overtimes)");
        put("home_team_id", "ESPN id of the home team");
        put("away_team_id", "ESPN id of the away team");
        put("home_score", "home score computed from the scoring plays");
        put("away_score", "away score computed from the scoring plays");
        put("espn_home_score", "ESPN's running home score on the play (may be wrong; see anomalies)");
        put("espn_away_score", "ESPN's running away score on the play");
        put("event_kind", "shot_made, shot_missed, free_throw_made, free_throw_missed, rebound_offensive, rebound_defensive, "
                + "turnover, personal_foul, technical_foul, substitution, timeout, jump_ball, violation, ejection, "
                + "period_start, period_end, game_end, review, unknown");
        put("event_text", "ESPN's play text");
        put("team_id", "team of the event (of the player, in player tables)");
        put("points", "points scored on the event");
        put("player1_id", "main player: shooter, rebounder, turnover committer, fouler, player entering, first jumper");
        put("player2_id", "assister, stealer, fouled player, player leaving, second jumper");
        put("player3_id", "blocker (missed shot), player gaining a jump ball");
        put("home_on_court", "athlete ids of the five home players on court after the event");
        put("away_on_court", "athlete ids of the five away players on court after the event");
        put("home_team_rebounds", "home team rebounds (no player credited; free-throw placeholders excluded)");
        put("home_team_turnovers", "home team turnovers (no player charged, e.g. shot clock)");
        put("away_team_rebounds", "away team rebounds");
        put("away_team_turnovers", "away team turnovers");
        put("player_id", "ESPN athlete id (the team id on team rows of quarter_box_scores)");
        put("player_name", "name from ESPN's box score (team abbreviation on team rows)");
        put("on_court", "the player is on court after this event");
        put("team_margin", "his team's score minus the other team's after this event");
        put("period_end", "the row is the player's line at the end of a period");
        put("row_type", "'player' or 'team'");
        put("home_points", "home points in the period");
        put("away_points", "away points in the period");
        put("winner", "'home', 'away' or 'tie' for the period");
        put("margin", "home points minus away points in the period");
        put("total", "points of both teams in the period");
        put("home_cumulative", "home score at the end of the period");
        put("away_cumulative", "away score at the end of the period");
        put("cumulative_margin", "home minus away at the end of the period");
        put("source_file", "the raw file the row came from");
        put("source_format", "1 summary JSON, 2 game-package page");
        put("status", "'processed' or 'no play-by-play'");
        put("snapshots", "events replayed (rows in game_state_snapshots)");
        put("home_team", "home team abbreviation");
        put("away_team", "away team abbreviation");
        put("final_score_match", "computed final score equals ESPN's header score");
        put("linescores_match", "every period's points equal ESPN's linescore");
        put("players_compared", "players with a box score row that has numbers");
        put("cells_compared", "player box score cells compared (14 per player, minus cells ESPN leaves empty)");
        put("cells_matched", "cells equal to ESPN's (minutes within one)");
        put("cell_match_rate", "cells_matched / cells_compared");
        put("plus_minus_compared", "players whose +/- ESPN gives");
        put("plus_minus_matched", "of those, +/- equal to ESPN's");
        put("minutes_compared", "players whose minutes ESPN gives");
        put("minutes_within_one", "of those, minutes within one of ESPN's");
        put("grade", "A-F, see docs/VERIFICATION.md");
        put("passed", "grade C or better and ESPN's final score");
        put("discrepancy_count", "number of discrepancies");
        put("discrepancies", "every differing cell: player_id, player_name, stat, ours, espn");
        put("anomaly_count", "number of anomalies");
        put("anomalies", "data anomalies and repairs: kind, detail");
        put("unknown_type_plays", "plays whose ESPN type id was unknown (read from their text)");
        put("processing_ms", "time to read, replay and verify the game");
        put("run_id", "the run that wrote the row");
        put("processed_at", "when the row was written");
        put("reason", "why the file could not be processed: empty file, malformed JSON, truncated file, unknown format, "
                + "missing field, box score file missing, unreadable file, processor error");
        put("message", "the detail for people");
        put("recorded_at", "when the error was recorded");
        for (String prefix : new String[] {"", "home_", "away_"}) {
            String who = prefix.isEmpty() ? "" : prefix.replace("_", "") + " team's ";
            for (Stat s : Stat.ALL) {
                put(prefix + s.column(), who + statDoc(s));
            }
            put(prefix + "seconds_played", prefix.isEmpty() ? "seconds on court so far" : who + "player seconds on court");
        }
    }

    private ColumnDocs() {
    }

    private static void put(String column, String doc) {
        DOCS.put(column, doc);
    }

    private static String statDoc(Stat s) {
        return switch (s) {
            case PTS -> "points";
            case FGM -> "field goals made";
            case FGA -> "field goals attempted";
            case FG3M -> "three-pointers made";
            case FG3A -> "three-pointers attempted";
            case FTM -> "free throws made";
            case FTA -> "free throws attempted";
            case OREB -> "offensive rebounds";
            case DREB -> "defensive rebounds";
            case REB -> "rebounds";
            case AST -> "assists";
            case STL -> "steals";
            case BLK -> "blocks";
            case TOV -> "turnovers";
            case PF -> "personal fouls";
            case PLUS_MINUS -> "plus/minus (score margin while on court)";
        };
    }

    /** The description of a column, or null when none is written. */
    public static String of(String column) {
        return DOCS.get(column);
    }
}
