-- Version 4 of schema phase9: phase9.player_lines_at takes +/- from the player's latest stored line.
-- Every change of a player's +/- stores a row for him, so his latest row holds his +/- at the moment.
-- V2 added the change of the score margin since that row while he stayed on court, which is wrong
-- for free throws: they count for the players on court at the foul, not for a substitute who came
-- in before them. Seconds played still accrue while he stays on court (time stores no rows).
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
           l.plus_minus,
           l.seconds_played + CASE WHEN l.on_court THEN m.elapsed_seconds - l.elapsed_seconds ELSE 0 END
    FROM latest l CROSS JOIN moment m
    ORDER BY l.team_id, l.player_id
$$;
