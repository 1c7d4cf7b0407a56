package org.nbabox.synth;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the corpus seed. Every game draws from its
 * own streams (keyed by its index in the full 44,826-game plan), so a game's content does not
 * depend on which other games are generated, in which order, or on how many threads run.
 */
final class GameSeeds {
  /** Stream of the season schedules (dates, match-ups). */
  static final long SCHEDULE = 0x5C4EDL;
  /** Stream of the game itself: plays, lineups, scores. */
  static final long SIMULATION = 0x51AL;
  /** Stream of the ESPN bookkeeping quirks: sequence numbers, duplicates, injected faults. */
  static final long QUIRKS = 0x9017L;
  /** Stream of the filler sections (news, videos, standings...). */
  static final long FILLER = 0xF111L;
  /** Stream of the player profiles (shooting, rebounding...). */
  static final long ATHLETES = 0xA7BL;

  private GameSeeds() {}

  /** A 64-bit mix of two values (SplitMix64 finaliser), good enough to decorrelate streams. */
  static long mix(long a, long b) {
    long z = a ^ (b * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom forGame(long seed, int gameIndex, long stream) {
    return new SplittableRandom(mix(mix(seed, gameIndex), stream));
  }

  static SplittableRandom of(long seed, long key, long stream) {
    return new SplittableRandom(mix(mix(seed, stream), key));
  }
}
