package org.nbabox.synth;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Numbers a game's plays the way ESPN does. Sequence numbers follow the order plays were entered,
 * which is the game order except for plays entered late: such a play keeps its place in the array
 * (the array order is the game order) but gets a number after those of the next few plays. Recent
 * seasons skip numbers and build {@code id} as game id + sequence number; older seasons number
 * 1, 2, 3... and use 14-digit ids whose suffix is the sequence number minus one.
 */
final class PlayNumbering {
  private static final int MAX_LATENESS = 12;

  private PlayNumbering() {}

  static PlayLog number(SimulatedGame game, boolean withDuplicate, SplittableRandom rng) {
    List<Play> plays = game.plays();
    int n = plays.size();
    Era era = game.era();
    double[] entryKey = new double[n];
    int late = 0;
    for (int i = 0; i < n; i++) {
      entryKey[i] = i;
      if (i > 0 && i < n - 3 && rng.nextDouble() < era.lateEntryRate()) {
        entryKey[i] = i + 2 + rng.nextInt(Math.min(MAX_LATENESS, n - 2 - i)) + 0.5;
        late++;
      }
    }
    Integer[] entryOrder = new Integer[n];
    Arrays.setAll(entryOrder, i -> i);
    Arrays.sort(entryOrder, Comparator.comparingDouble(i -> entryKey[i]));
    int[] sequence = new int[n];
    String[] ids = new String[n];
    String gameId = game.game().gameId();
    int next = era.modernIds() ? 2 + rng.nextInt(3) : 1;
    for (int i : entryOrder) {
      sequence[i] = next;
      ids[i] = era.modernIds() ? gameId + next : gameId + fiveDigits(next - 1);
      next += era.modernIds() ? gap(rng) : 1;
    }
    int duplicated = withDuplicate && n > 2 ? 1 + rng.nextInt(n - 2) : -1;
    return new PlayLog(plays, ids, sequence, duplicated, late);
  }

  private static String fiveDigits(int n) {
    String digits = Integer.toString(n);
    return "00000".substring(Math.min(5, digits.length())) + digits;
  }

  /** Recent seasons skip sequence numbers (rows ESPN deleted): mostly 1, sometimes 2 or 3. */
  private static int gap(SplittableRandom rng) {
    double r = rng.nextDouble();
    return r < 0.55 ? 1 : r < 0.85 ? 2 : 3;
  }
}
