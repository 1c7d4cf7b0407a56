-- Every player's full line as of each event of a game, rebuilt from the compact player_snapshot_stats:
-- his latest row at or before the event, plus the time and +/- he accrued since then while on court.
-- One row per game, event and player seen up to that event; filter on game_id (and event_num).
CREATE OR REPLACE TEMP VIEW player_lines_at AS
WITH spans AS (
    -- each stored row holds until the event before the player's next row (the last one: to the game's end)
    SELECT p.*,
           coalesce(lead(p.event_num) OVER (PARTITION BY p.season, p.game_id, p.player_id ORDER BY p.event_num) - 1,
                    max(p.event_num) OVER (PARTITION BY p.season, p.game_id)) AS last_event_num
    FROM player_snapshot_stats p
),
held AS (
    SELECT spans.*, explode(sequence(spans.event_num, spans.last_event_num)) AS as_of_event_num
    FROM spans
)
SELECT e.game_id, e.season, e.event_num, e.period, e.period_label, e.clock, e.seconds_left_in_period,
       e.elapsed_seconds, l.player_id, l.player_name, l.team_id, l.on_court,
       l.pts, l.fgm, l.fga, l.fg3m, l.fg3a, l.ftm, l.fta, l.oreb, l.dreb, l.reb, l.ast, l.stl, l.blk, l.tov, l.pf,
       l.plus_minus + CASE WHEN l.on_court
                           THEN CASE WHEN l.team_id = e.home_team_id THEN e.home_score - e.away_score
                                     ELSE e.away_score - e.home_score END - l.team_margin
                           ELSE 0 END AS plus_minus,
       round(l.seconds_played + CASE WHEN l.on_court THEN e.elapsed_seconds - l.elapsed_seconds ELSE 0 END, 1)
           AS seconds_played,
       l.event_num AS line_event_num
FROM held l
JOIN game_state_snapshots e
  ON e.season = l.season AND e.game_id = l.game_id AND e.event_num = l.as_of_event_num
