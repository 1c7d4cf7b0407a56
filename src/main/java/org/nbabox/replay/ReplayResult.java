package org.nbabox.replay;

import java.util.List;
import java.util.Map;

/**
 * What a replay computed for a game: final lines, per-period boxes, score and anomalies.
 *
 * @param events       number of events replayed (= snapshots emitted)
 * @param players      every player's final line, by athlete id, in order of first appearance
 * @param unknownTypes plays whose ESPN type id was unknown (read from text instead)
 * @param unclassified plays neither the type id nor the text explained
 */
public record ReplayResult(int events, int homeScore, int awayScore, Map<String, PlayerLine> players,
                           TeamLine home, TeamLine away, List<PeriodBox> periods, List<Anomaly> anomalies,
                           int unknownTypes, int unclassified) {

    /** Home points per period, indexed by period number - 1 (0 for a period without play-by-play). */
    public int[] homeLinescores() {
        return linescores(true);
    }

    /** Away points per period, indexed by period number - 1 (0 for a period without play-by-play). */
    public int[] awayLinescores() {
        return linescores(false);
    }

    private int[] linescores(boolean home) {
        int[] points = new int[periods.isEmpty() ? 0 : periods.get(periods.size() - 1).period()];
        for (PeriodBox p : periods) {
            points[p.period() - 1] += home ? p.homePoints() : p.awayPoints();
        }
        return points;
    }
}
