package org.nbabox.espn;

import java.util.List;

/**
 * One play-by-play event as ESPN published it, normalised over both raw formats.
 * Format 2 plays carry no type id ({@link #NO_TYPE}), no sequence number and no participants
 * beyond the main athlete; everything else is then read from the text.
 *
 * @param id            ESPN play id
 * @param sequence      ESPN sequence number, or -1 when the format has none
 * @param typeId        ESPN play type id, or {@link #NO_TYPE}
 * @param typeText      ESPN play type name ("" when absent)
 * @param text          the play's text
 * @param period        period number, 1-based
 * @param clock         clock as displayed ("11:42", "45.1")
 * @param awayScore     ESPN's running away score after the play
 * @param homeScore     ESPN's running home score after the play
 * @param scoringPlay   ESPN's scoring flag, null when the format leaves it out
 * @param scoreValue    ESPN's score value (unreliable for free throws), -1 when absent
 * @param shootingPlay  ESPN's shooting flag, null when absent
 * @param teamId        team of the play, null when none
 * @param participants  athlete ids in role order (shooter then assister/blocker...), may be empty
 * @param coordinate    shot location, or null when ESPN gives none (sentinel or 0,0)
 */
public record RawPlay(String id, int sequence, int typeId, String typeText, String text, int period,
                      String clock, int awayScore, int homeScore, Boolean scoringPlay, int scoreValue,
                      Boolean shootingPlay, String teamId, List<String> participants, Coordinate coordinate) {

    public static final int NO_TYPE = -1;

    public boolean hasTypeId() {
        return typeId != NO_TYPE;
    }

    /** This play with another team (null: none). */
    public RawPlay withTeam(String team) {
        return new RawPlay(id, sequence, typeId, typeText, text, period, clock, awayScore, homeScore, scoringPlay, scoreValue,
                shootingPlay, team, participants, coordinate);
    }

    public String participant(int index) {
        return index < participants.size() ? participants.get(index) : null;
    }

    /** A shot location in feet, basket at (25, 0). */
    public record Coordinate(int x, int y) {
        /** ESPN's "no location" markers: large negative sentinels, or (0, 0) in old seasons. */
        public static Coordinate of(int x, int y) {
            if (x < -1000 || y < -1000 || (x == 0 && y == 0)) {
                return null;
            }
            return new Coordinate(x, y);
        }

        public double distanceFeet() {
            return Math.hypot(x - 25, y);
        }
    }
}
