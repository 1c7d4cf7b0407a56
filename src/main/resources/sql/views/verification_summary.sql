-- Per season: games read and processed, pass rate, grade counts, games without play-by-play, and the
-- average share of box score cells that match ESPN's.
CREATE OR REPLACE TEMP VIEW verification_summary AS
SELECT season,
       count(*) AS games_read,
       count_if(status = 'processed') AS games,
       count_if(passed) AS passed,
       round(count_if(passed) / nullif(count_if(status = 'processed'), 0), 4) AS pass_rate,
       count_if(grade = 'A') AS grade_a,
       count_if(grade = 'B') AS grade_b,
       count_if(grade = 'C') AS grade_c,
       count_if(grade = 'D') AS grade_d,
       count_if(grade = 'F') AS grade_f,
       count_if(status = 'no play-by-play') AS no_play_by_play,
       round(avg(cell_match_rate), 4) AS avg_cell_match_rate,
       sum(discrepancy_count) AS discrepancies,
       sum(anomaly_count) AS anomalies
FROM box_score_verification
GROUP BY season
