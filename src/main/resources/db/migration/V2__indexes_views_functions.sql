-- Version 2 of schema phase9: indexes for temporal queries, views and query functions.

-- the state at a moment: a game's events by period and clock
CREATE INDEX IF NOT EXISTS game_state_snapshots_moment
    ON phase9.game_state_snapshots (game_id, period, seconds_left_in_period DESC, event_num);
CREATE INDEX IF NOT EXISTS game_state_snapshots_season ON phase9.game_state_snapshots (season);
-- a player's line as of an event: his latest row at or before it
CREATE INDEX IF NOT EXISTS player_snapshot_stats_player
    ON phase9.player_snapshot_stats (game_id, player_id, event_num DESC);
CREATE INDEX IF NOT EXISTS quarter_outcomes_season ON phase9.quarter_outcomes (season, period);
CREATE INDEX IF NOT EXISTS box_score_verification_season ON phase9.box_score_verification (season, grade);

-- the final state of each game
CREATE OR REPLACE VIEW phase9.latest_snapshots AS
SELECT DISTINCT ON (game_id) *
FROM phase9.game_state_snapshots
ORDER BY game_id, event_num DESC;

-- pass rate and grade counts per season
CREATE OR REPLACE VIEW phase9.verification_summary AS
SELECT season,
       count(*) FILTER (WHERE status = 'processed')                      AS games,
       count(*) FILTER (WHERE passed)                                    AS passed,
       round(count(*) FILTER (WHERE passed)::numeric
             / nullif(count(*) FILTER (WHERE status = 'processed'), 0), 4) AS pass_rate,
       count(*) FILTER (WHERE grade = 'A') AS grade_a,
       count(*) FILTER (WHERE grade = 'B') AS grade_b,
       count(*) FILTER (WHERE grade = 'C') AS grade_c,
       count(*) FILTER (WHERE grade = 'D') AS grade_d,
       count(*) FILTER (WHERE grade = 'F') AS grade_f,
       count(*) FILTER (WHERE status = 'no play-by-play') AS no_play_by_play
FROM phase9.box_score_verification
GROUP BY season;

-- "7:32" or "45.1" to seconds left in the period
CREATE OR REPLACE FUNCTION phase9.clock_seconds(p_clock text) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE WHEN position(':' IN p_clock) > 0
                THEN split_part(p_clock, ':', 1)::double precision * 60 + split_part(p_clock, ':', 2)::double precision
                ELSE p_clock::double precision END
$$;

-- the game state at a moment: the state after the last event at or before it
CREATE OR REPLACE FUNCTION phase9.snapshot_at(p_game_id text, p_period integer, p_clock text)
RETURNS SETOF phase9.game_state_snapshots
LANGUAGE sql STABLE AS $$
    SELECT s.*
    FROM phase9.game_state_snapshots s
    WHERE s.game_id = p_game_id
      AND (s.period < p_period
           OR (s.period = p_period AND s.seconds_left_in_period >= phase9.clock_seconds(p_clock)))
    ORDER BY s.event_num DESC
    LIMIT 1
$$;

-- every player's full line at a moment: his latest stored line, with the time and +/- accrued since
-- while he stayed on court
CREATE OR REPLACE FUNCTION phase9.player_lines_at(p_game_id text, p_period integer, p_clock text)
RETURNS TABLE (game_id text, event_num integer, player_id text, player_name text, team_id text, on_court boolean,
               pts integer, fgm integer, fga integer, fg3m integer, fg3a integer, ftm integer, fta integer,
               oreb integer, dreb integer, reb integer, ast integer, stl integer, blk integer, tov integer,
               pf integer, plus_minus integer, seconds_played double precision)
LANGUAGE sql STABLE AS $$
    WITH moment AS (SELECT * FROM phase9.snapshot_at(p_game_id, p_period, p_clock)),
    latest AS (
        SELECT DISTINCT ON (p.player_id) p.*
        FROM phase9.player_snapshot_stats p, moment m
        WHERE p.game_id = m.game_id AND p.event_num <= m.event_num
        ORDER BY p.player_id, p.event_num DESC
    )
    SELECT m.game_id, m.event_num, l.player_id, l.player_name, l.team_id, l.on_court,
           l.pts, l.fgm, l.fga, l.fg3m, l.fg3a, l.ftm, l.fta, l.oreb, l.dreb, l.reb, l.ast, l.stl, l.blk, l.tov, l.pf,
           l.plus_minus + CASE WHEN l.on_court
                               THEN (CASE WHEN l.team_id = m.home_team_id THEN m.home_score - m.away_score
                                          ELSE m.away_score - m.home_score END) - l.team_margin
                               ELSE 0 END,
           l.seconds_played + CASE WHEN l.on_court THEN m.elapsed_seconds - l.elapsed_seconds ELSE 0 END
    FROM latest l CROSS JOIN moment m
    ORDER BY l.team_id, l.player_id
$$;
