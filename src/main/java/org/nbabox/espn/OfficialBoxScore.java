package org.nbabox.espn;

import java.util.List;
import java.util.Map;

/**
 * ESPN's official box score of a game: the "actual" the replay is verified against.
 *
 * @param shape   which shape the file had ("summary", "players", "team-only")
 * @param players every athlete row of both teams (empty when the file has team totals only)
 * @param teamTotals per team id, ESPN's team statistics by name (displayValue strings)
 */
public record OfficialBoxScore(String shape, List<OfficialPlayerLine> players,
                               Map<String, Map<String, String>> teamTotals) {

    public boolean hasPlayers() {
        return !players.isEmpty();
    }
}
