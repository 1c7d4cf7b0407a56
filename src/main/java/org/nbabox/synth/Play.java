package org.nbabox.synth;

import java.util.List;

/**
 * One event of a simulated game, in game order, with everything a writer needs and the truth a box
 * score is computed from.
 *
 * @param type the ESPN type of a non-shot event, null for a field goal
 * @param shot the ESPN type of a field goal, null otherwise
 * @param text ESPN-style play text
 * @param side team of the play; NONE for period and game markers
 * @param participants in ESPN's role order: shooter then assister or blocker; committer then
 *     stealer; fouler then fouled; entering then leaving; jumpers then the player who gains possession
 * @param clockTenths game clock remaining in the period, tenths of a second
 * @param awayScore away score after the play
 * @param homeScore home score after the play
 * @param points points this play really scored (0-3)
 * @param scoreValue the {@code scoreValue} ESPN writes (0 on made free throws in some seasons)
 * @param made made field goal or free throw
 * @param three a three-point attempt
 * @param shootingPlay ESPN's {@code shootingPlay}
 * @param coordinate location as written (a sentinel or origin when there is none)
 * @param wallclock epoch second of the event (written only in seasons that have it)
 */
record Play(PlayType type, ShotType shot, String text, Side side, List<Athlete> participants, int period,
    int clockTenths, int awayScore, int homeScore, int points, int scoreValue, boolean made, boolean three,
    boolean shootingPlay, Coordinate coordinate, long wallclock) {

  Play {
    participants = List.copyOf(participants);
  }

  PlayKind kind() {
    return shot != null ? PlayKind.FIELD_GOAL : type.kind;
  }

  int typeId() {
    return shot != null ? shot.id : type.id;
  }

  String typeText() {
    return shot != null ? shot.text : type.text;
  }

  boolean scoringPlay() {
    return points > 0;
  }

  Athlete participant(int i) {
    return i < participants.size() ? participants.get(i) : null;
  }
}
