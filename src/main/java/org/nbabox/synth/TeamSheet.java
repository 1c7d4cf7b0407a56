package org.nbabox.synth;

import java.util.List;
import java.util.Map;

/**
 * A team's side of a finished simulated game: the roster in box-score order, who started, who
 * could not play and why, and the five on the floor at the start of every period.
 *
 * @param unavailable athlete id to the reason he did not play (injury, coach's decision)
 * @param periodStarters per period (index 0 = first period), the five on the floor at its start
 */
record TeamSheet(Team team, Side side, List<RosterPlayer> roster, List<Athlete> starters,
    Map<String, String> unavailable, List<List<Athlete>> periodStarters) {

  TeamSheet {
    roster = List.copyOf(roster);
    starters = List.copyOf(starters);
    unavailable = Map.copyOf(unavailable);
    periodStarters = List.copyOf(periodStarters);
  }
}
