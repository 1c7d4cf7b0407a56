-- Per game and period: points each, winner, margin (home minus away), total, cumulative score, the half
-- ('1' for periods 1-2, '2' for 3-4, 'OT' for overtime) with its totals, and the game's final result;
-- verified and linescores_match say whether the game passed its box score verification and whether its
-- period scores match ESPN's (filter on verified for backtests: a game with missing play-by-play has
-- wrong periods). Reads the quarter_outcomes table registered as quarter_outcomes_raw.
CREATE OR REPLACE TEMP VIEW quarter_outcomes AS
WITH periods AS (
    SELECT q.*,
           CASE WHEN q.period_label LIKE 'OT%' THEN 'OT' WHEN q.period <= 2 THEN '1' ELSE '2' END AS half,
           coalesce(v.passed, false) AS verified, v.linescores_match
    FROM quarter_outcomes_raw q
    LEFT JOIN box_score_verification v ON v.season = q.season AND v.game_id = q.game_id
),
totals AS (
    SELECT periods.*,
           sum(home_points) OVER (PARTITION BY season, game_id, half) AS half_home_points,
           sum(away_points) OVER (PARTITION BY season, game_id, half) AS half_away_points,
           last_value(home_cumulative) OVER game AS final_home_score,
           last_value(away_cumulative) OVER game AS final_away_score
    FROM periods
    WINDOW game AS (PARTITION BY season, game_id ORDER BY period
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT game_id, season, season_type, period, period_label, half, home_team_id, away_team_id,
       home_points, away_points, winner, margin, total,
       home_cumulative, away_cumulative, cumulative_margin,
       half_home_points, half_away_points,
       half_home_points + half_away_points AS half_total,
       half_home_points - half_away_points AS half_margin,
       CASE WHEN half_home_points > half_away_points THEN 'home'
            WHEN half_home_points < half_away_points THEN 'away' ELSE 'tie' END AS half_winner,
       final_home_score, final_away_score,
       CASE WHEN final_home_score > final_away_score THEN 'home'
            WHEN final_home_score < final_away_score THEN 'away' ELSE 'tie' END AS game_winner,
       verified, linescores_match
FROM totals
