package org.nbabox.events;

import org.nbabox.espn.RawPlay;

/**
 * A classified play. Player roles by kind:
 * shot: {@code player1} shooter, {@code player2} assister (made), {@code player3} blocker (missed);
 * free throw: shooter; rebound: rebounder (null for a team rebound); turnover: committer (null for a
 * team turnover), {@code player2} stealer; foul: fouler, {@code player2} fouled (the second player of a
 * double technical); substitution: {@code player1} entering, {@code player2} leaving; jump ball: the two
 * jumpers and {@code player3} who gained possession; ejection and violation: the player.
 *
 * @param points       points scored on the play (made shots and free throws)
 * @param three        the shot is a three-point attempt
 * @param threeSource  how the shot's value was known ("text", "score", "coordinates", "distance", "default")
 * @param ftNumber     n of "n of m" (0 when not stated)
 * @param ftOf         m of "n of m" (0 when not stated)
 * @param unknownType  the play's ESPN type id is not one this classifier knows
 */
public record GameEvent(RawPlay play, EventKind kind, String teamId, String player1, String player2,
                        String player3, int points, boolean three, String threeSource, FreeThrowKind ftKind,
                        int ftNumber, int ftOf, boolean unknownType) {

    /** The last free throw of its trip ("2 of 2"), or one whose count is not stated. */
    public boolean isLastFreeThrow() {
        return ftOf == 0 || ftNumber >= ftOf;
    }
}
