package org.nbabox.synth;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One game of the plan: who, when, and under which ESPN id.
 *
 * @param index position in the full plan (0 to 44,825); keys the game's random streams
 * @param gameId ESPN game id: YYMMDD0TT before the 2018 season, 401xxxxxx from then on
 * @param season season end year
 * @param seasonType 1 preseason, 2 regular season, 3 playoffs, 5 play-in
 * @param usDate the US date of the game (the one in the old-style id)
 * @param tipoff scheduled start, UTC
 */
record ScheduledGame(int index, String gameId, int season, int seasonType, LocalDate usDate, Instant tipoff,
    Team home, Team away) {

  boolean hasPlayByPlay() {
    return season >= Season.FIRST_SEASON_WITH_PLAYS;
  }
}
