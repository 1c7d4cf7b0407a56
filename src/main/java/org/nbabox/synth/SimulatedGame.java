package org.nbabox.synth;

import java.util.List;

/** The truth of one generated game: its plays in game order and both teams' sheets. */
record SimulatedGame(ScheduledGame game, Era era, List<Play> plays, TeamSheet home, TeamSheet away,
    int periods) {

  SimulatedGame {
    plays = List.copyOf(plays);
  }

  TeamSheet sheet(Side side) {
    return side == Side.HOME ? home : away;
  }
}
