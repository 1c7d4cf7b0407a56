package org.nbabox.replay;

import java.util.List;

/**
 * One period of a game: every player's and both teams' lines for that period alone, and its outcome.
 *
 * @param period        period number (5 = first overtime)
 * @param label         "Q1".."Q4", "OT1"...
 * @param players       players' lines for this period only (players who were on court or credited)
 * @param home          home team's line for this period only
 * @param away          away team's line for this period only
 * @param homePoints    home points in this period: the change of the score, so the linescore always adds
 *                      up to the final score (a basket without a known scorer is in the score too)
 * @param awayPoints    away points in this period
 * @param homeCumulative home score at the end of the period
 * @param awayCumulative away score at the end of the period
 */
public record PeriodBox(int period, String label, List<PlayerLine> players, TeamLine home, TeamLine away,
                        int homePoints, int awayPoints, int homeCumulative, int awayCumulative) {

    /** "home", "away" or "tie". */
    public String winner() {
        int m = margin();
        return m > 0 ? "home" : m < 0 ? "away" : "tie";
    }

    /** Home points minus away points in this period. */
    public int margin() {
        return homePoints() - awayPoints();
    }

    public int total() {
        return homePoints() + awayPoints();
    }
}
