-- Version 5 of schema phase9: phase9.player_lines_at for the compact player_snapshot_stats.
-- A player's row is stored when a counter or his on-court status changes, or when his +/- moves
-- otherwise than his team's margin (free throws after substitutions): so while he stays on court his
-- +/- is the stored one plus his team's margin change since that row (V4 assumed a row at every
-- change of +/-, which the job no longer writes). Seconds played accrue the same way.
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
