package org.nbabox.synth;

/** Both teams' box scores of a game. */
record BoxScore(TeamBox home, TeamBox away) {
  TeamBox team(Side side) {
    return side == Side.HOME ? home : away;
  }

  Side winner() {
    return home.points() > away.points() ? Side.HOME : Side.AWAY;
  }
}
