package org.nbabox.espn;

/**
 * One athlete's row in ESPN's official box score. Stats are the 14 ESPN strings in the order of
 * {@link BoxColumn} ("32", "5-11", "+3"), or null when the row is empty or all dashes.
 */
public record OfficialPlayerLine(String athleteId, String displayName, String shortName, String teamId,
                                 boolean starter, boolean didNotPlay, boolean ejected, String[] stats) {

    /** True when the row holds numbers (the athlete played); dash rows and empty rows are false. */
    public boolean hasStats() {
        if (stats == null || stats.length == 0) {
            return false;
        }
        for (String s : stats) {
            if (s != null && !s.isBlank() && !s.chars().allMatch(c -> c == '-')) {
                return true;
            }
        }
        return false;
    }

    public String stat(BoxColumn column) {
        return stats == null || column.ordinal() >= stats.length ? null : stats[column.ordinal()];
    }
}
