package org.nbabox.verify;

import java.util.List;
import org.nbabox.replay.Anomaly;

/**
 * The comparison of a replayed game with ESPN's official box score.
 *
 * @param officialHome   ESPN's final home score (header), null when absent
 * @param officialAway   ESPN's final away score (header), null when absent
 * @param cellsCompared  player box score cells compared (players x 14 columns, minus cells ESPN leaves empty)
 * @param cellsMatched   of those, cells that match (minutes within one)
 * @param anomalies      inconsistencies inside ESPN's own data found while verifying
 */
public record Verification(boolean boxScoreAvailable, Integer officialHome, Integer officialAway,
                           boolean finalScoreMatch, boolean linescoresMatch, int playersCompared,
                           int cellsCompared, int cellsMatched, int plusMinusCompared, int plusMinusMatched,
                           int minutesCompared, int minutesWithinOne, Grade grade, boolean passed,
                           List<Discrepancy> discrepancies, List<Anomaly> anomalies) {

    public double cellMatchRate() {
        return cellsCompared == 0 ? 0 : (double) cellsMatched / cellsCompared;
    }
}
