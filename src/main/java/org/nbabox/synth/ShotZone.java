package org.nbabox.synth;

/** Where a field goal attempt comes from, with its distance range in feet and base make rate. */
enum ShotZone {
  RIM(0, 4, 0.60),
  PUTBACK(0, 2, 0.58),
  PAINT(4, 10, 0.44),
  MID_RANGE(10, 23, 0.41),
  THREE(22, 30, 0.355);

  final int minFeet;
  final int maxFeet;
  final double makeRate;

  ShotZone(int minFeet, int maxFeet, double makeRate) {
    this.minFeet = minFeet;
    this.maxFeet = maxFeet;
    this.makeRate = makeRate;
  }
}
