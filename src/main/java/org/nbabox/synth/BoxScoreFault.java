package org.nbabox.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deliberate error in a generated box score: one counting stat of one player who played is off by
 * one from what the plays say, as after an official stat correction. A verifier should report
 * exactly these games; they are listed in the corpus manifest.
 */
record BoxScoreFault(Side side, Athlete athlete, BoxStat stat, int playsValue, int boxValue) {
  private static final BoxStat[] TARGETS = {
    BoxStat.PTS, BoxStat.AST, BoxStat.DREB, BoxStat.OREB, BoxStat.STL, BoxStat.BLK, BoxStat.TO, BoxStat.PF
  };

  /** Changes one stat of one player of {@code box} by one and says which. */
  static BoxScoreFault inject(BoxScore box, SplittableRandom rng) {
    Side side = rng.nextBoolean() ? Side.HOME : Side.AWAY;
    List<PlayerLine> played = new ArrayList<>();
    for (PlayerLine line : box.team(side).lines()) {
      if (line.played()) {
        played.add(line);
      }
    }
    PlayerLine line = played.get(rng.nextInt(played.size()));
    BoxStat stat = TARGETS[rng.nextInt(TARGETS.length)];
    int before = line.get(stat);
    int delta = before > 0 && rng.nextBoolean() ? -1 : 1;
    line.add(stat, delta);
    return new BoxScoreFault(side, line.athlete(), stat, before, before + delta);
  }

  String describe() {
    return stat + " of " + athlete.displayName() + " (" + athlete.id() + ", " + side.homeAway() + "): box "
        + boxValue + ", plays " + playsValue;
  }
}
