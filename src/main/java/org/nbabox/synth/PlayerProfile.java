package org.nbabox.synth;

import java.util.SplittableRandom;

/**
 * How a player tends to play: relative weights for being the one who shoots, rebounds, assists...
 * Derived from his position and a stream keyed by his id, so a player keeps his profile in every game.
 */
record PlayerProfile(double usage, double threeRate, double rebounding, double passing, double stealing,
    double blocking, double fouling, double freeThrowPct, double shootingSkill) {

  static PlayerProfile of(Athlete athlete, long seed) {
    SplittableRandom rng = GameSeeds.of(seed, Long.parseLong(athlete.id()), GameSeeds.ATHLETES);
    double spread = 0.7 + 0.6 * rng.nextDouble();
    double skill = -0.04 + 0.08 * rng.nextDouble();
    double ft = 0.62 + 0.28 * rng.nextDouble();
    return switch (athlete.position()) {
      case "PG", "G" ->
          new PlayerProfile(1.1 * spread, 1.25, 0.45, 2.6, 1.4, 0.3, 0.8, Math.min(0.93, ft + 0.05), skill);
      case "SG" -> new PlayerProfile(1.15 * spread, 1.35, 0.55, 1.3, 1.2, 0.4, 0.8, Math.min(0.93, ft + 0.04), skill);
      case "SF", "F" -> new PlayerProfile(1.0 * spread, 1.0, 0.85, 1.0, 1.0, 0.7, 0.9, ft, skill);
      case "PF" -> new PlayerProfile(0.9 * spread, 0.6, 1.3, 0.7, 0.8, 1.2, 1.1, ft - 0.03, skill);
      default -> new PlayerProfile(0.8 * spread, 0.15, 1.8, 0.6, 0.6, 2.0, 1.3, Math.max(0.5, ft - 0.1), skill);
    };
  }
}
