package org.nbabox.espn;

import java.util.List;

/**
 * A game file, read: header facts, the plays in file order and ESPN's official box score.
 *
 * @param gameId            ESPN game id, from the file
 * @param season            season end year (2025 for 2024-25), from the file
 * @param seasonType        1 preseason, 2 regular, 3 playoffs, 5 play-in
 * @param date              game date as ESPN gives it (ISO string), may be null
 * @param sourceFormat      1 (summary JSON) or 2 (game-package page)
 * @param playByPlaySource  ESPN's playByPlaySource ("none" when no play-by-play exists), may be null
 * @param home              home team
 * @param away              away team
 * @param homeScore         final score from the header, null when absent
 * @param awayScore         final score from the header, null when absent
 * @param homeLinescores    points per period from the header (overtimes included), may be empty
 * @param awayLinescores    same for the away team
 * @param periodRules       period lengths
 * @param plays             plays in file order
 * @param boxScore          ESPN's official box score, null when the file has none
 * @param playAthletes      athletes named by the plays themselves (Format 2), for name resolution
 */
public record RawGame(String gameId, int season, int seasonType, String date, int sourceFormat,
                      String playByPlaySource, TeamInfo home, TeamInfo away, Integer homeScore,
                      Integer awayScore, int[] homeLinescores, int[] awayLinescores, PeriodRules periodRules,
                      List<RawPlay> plays, OfficialBoxScore boxScore, List<Athlete> playAthletes) {

    public boolean hasPlayByPlay() {
        return !plays.isEmpty();
    }

    public boolean isHome(String teamId) {
        return home.id().equals(teamId);
    }

    public TeamInfo team(String teamId) {
        if (home.id().equals(teamId)) {
            return home;
        }
        return away.id().equals(teamId) ? away : null;
    }
}
