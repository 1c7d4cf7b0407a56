package org.nbabox.query;

import java.util.Map;
import java.util.SortedMap;
import org.nbabox.espn.PeriodRules;
import org.nbabox.espn.TeamInfo;

/**
 * What a query needs to know about a stored game before it reads the game's events: the teams, the
 * last period played and the period lengths, so that a moment asked for can be read and checked.
 *
 * @param lastPeriod the last period with an event
 * @param rules      period lengths, as the stored events show them
 */
public record GameOutline(String gameId, TeamInfo home, TeamInfo away, int lastPeriod, PeriodRules rules) {

    /**
     * Period lengths read back from a game's stored events. Every event holds its period's label
     * ("Q3", "OT1") and, in elapsed seconds plus seconds left, the time its period ends. Regulation
     * is the periods labelled "Q" (at least the NBA's four when the game has no overtime).
     *
     * @param labels     label of each period with events
     * @param periodEnds game seconds elapsed at the end of each period with events
     */
    public static PeriodRules rules(SortedMap<Integer, String> labels, Map<Integer, Double> periodEnds) {
        PeriodRules nba = PeriodRules.NBA;
        int regulation = 0;
        Integer firstOvertime = null;
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            if (e.getValue() != null && e.getValue().startsWith("OT")) {
                firstOvertime = firstOvertime == null ? e.getKey() : firstOvertime;
            } else {
                regulation = Math.max(regulation, e.getKey());
            }
        }
        if (firstOvertime != null) {
            String label = labels.get(firstOvertime);
            regulation = firstOvertime - Integer.parseInt(label.substring(2).isEmpty() ? "1" : label.substring(2));
        } else {
            regulation = Math.max(regulation, nba.regulationPeriods());
        }
        int regulationSeconds = periodEnds.containsKey(1) ? (int) Math.round(periodEnds.get(1))
                : nba.regulationSeconds();
        int overtimeSeconds = nba.overtimeSeconds();
        if (firstOvertime != null && periodEnds.containsKey(firstOvertime)) {
            overtimeSeconds = (int) Math.round((periodEnds.get(firstOvertime) - regulation * regulationSeconds)
                    / (firstOvertime - regulation));
        }
        return new PeriodRules(regulation, regulationSeconds, overtimeSeconds);
    }

    /**
     * Reads a moment of this game ("Q3 7:32", "halftime", elapsed seconds...); throws
     * {@link BadQueryException} when the text cannot be read or names a time past the game's end.
     */
    public GameMoment moment(String text) {
        GameMoment m;
        try {
            m = GameMoment.parse(text, rules);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
        if (m.period() != Integer.MAX_VALUE && m.period() > lastPeriod) {
            throw new BadQueryException("\"" + text + "\" is past the end of game " + gameId + " (last period "
                    + rules.label(lastPeriod) + ")");
        }
        return m;
    }
}
