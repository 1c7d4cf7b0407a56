package org.nbabox.synth;

import java.util.SplittableRandom;

/**
 * The deliberate imperfections of one game, drawn from its own stream: whether one play is written
 * twice in a row (about 0.5% of games), whether its box score gets an injected fault (the
 * {@code --fault-rate}, only where plays exist), and the stream that numbers its plays.
 */
record GameQuirks(boolean duplicatedPlay, boolean boxScoreFault, SplittableRandom numbering,
    SplittableRandom fault) {
  /** Share of games with one play written twice in a row. */
  static final double DUPLICATE_RATE = 0.005;

  static GameQuirks of(ScheduledGame game, long seed, double faultRate) {
    SplittableRandom rng = GameSeeds.forGame(seed, game.index(), GameSeeds.QUIRKS);
    boolean duplicate = rng.nextDouble() < DUPLICATE_RATE && game.hasPlayByPlay();
    boolean fault = rng.nextDouble() < faultRate && game.hasPlayByPlay();
    SplittableRandom faultStream = rng.split();
    return new GameQuirks(duplicate, fault, rng, faultStream);
  }
}
