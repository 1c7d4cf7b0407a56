package org.nbabox.synth;

import java.util.SplittableRandom;

/** The size a generated file aims at: real ESPN game files weigh 300-400 KB. */
final class FileSize {
  static final int MIN_TARGET = 318 * 1024;
  static final int MAX_TARGET = 382 * 1024;

  private FileSize() {}

  static int target(SplittableRandom rng) {
    return MIN_TARGET + rng.nextInt(MAX_TARGET - MIN_TARGET);
  }
}
