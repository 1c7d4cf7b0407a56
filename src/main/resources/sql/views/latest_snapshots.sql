-- The final state of each game: its game_state_snapshots row at the last event.
CREATE OR REPLACE TEMP VIEW latest_snapshots AS
SELECT s.*
FROM game_state_snapshots s
JOIN (SELECT season, game_id, max(event_num) AS event_num
      FROM game_state_snapshots
      GROUP BY season, game_id) last_event
  ON s.season = last_event.season AND s.game_id = last_event.game_id AND s.event_num = last_event.event_num
