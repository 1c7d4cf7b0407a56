package org.nbabox.synth;

import java.util.List;

/**
 * A team's box score: player lines in ESPN's order (starters, bench who played, players who did
 * not), team-only counts and points per period.
 */
record TeamBox(TeamSheet sheet, List<PlayerLine> lines, int teamRebounds, int teamTurnovers, int technicalFouls,
    List<Integer> periodPoints, int largestLead) {
  static final String COACHS_DECISION = "COACH'S DECISION";

  Team team() {
    return sheet.team();
  }

  Side side() {
    return sheet.side();
  }

  int points() {
    return periodPoints.stream().mapToInt(Integer::intValue).sum();
  }

  int total(BoxStat stat) {
    return lines.stream().mapToInt(l -> l.get(stat)).sum();
  }

  /** Reason shown for a player who did not play. */
  String unavailableReason(Athlete athlete) {
    return sheet.unavailable().getOrDefault(athlete.id(), COACHS_DECISION);
  }
}
