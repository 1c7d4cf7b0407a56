package org.nbabox.synth;

import java.util.SplittableRandom;

/**
 * Picks the type and the location of a field goal attempt. Locations are whole feet with the basket
 * at (25, 0); the distance in the text is recomputed from the rounded location, so it always equals
 * round(hypot(x - 25, y)), and a three is always beyond the line, a two inside it.
 */
final class ShotMaker {
  private static final ShotType[] RIM = {
    ShotType.LAYUP, ShotType.DRIVING_LAYUP, ShotType.RUNNING_LAYUP, ShotType.CUTTING_LAYUP,
    ShotType.REVERSE_LAYUP, ShotType.ALLEY_OOP_LAYUP, ShotType.DUNK, ShotType.RUNNING_DUNK,
    ShotType.CUTTING_DUNK, ShotType.ALLEY_OOP_DUNK
  };
  private static final double[] RIM_WEIGHTS = {0.20, 0.22, 0.08, 0.07, 0.05, 0.03, 0.12, 0.08, 0.06, 0.05};
  private static final ShotType[] PUTBACK = {ShotType.TIP_SHOT, ShotType.PUTBACK_LAYUP, ShotType.TIP_DUNK};
  private static final double[] PUTBACK_WEIGHTS = {0.4, 0.4, 0.2};
  private static final ShotType[] PAINT = {
    ShotType.TURNAROUND_JUMP, ShotType.FLOATING, ShotType.DRIVING_FLOATING, ShotType.HOOK, ShotType.TURNAROUND_HOOK
  };
  private static final double[] PAINT_WEIGHTS = {0.15, 0.20, 0.25, 0.20, 0.20};
  private static final ShotType[] MID = {ShotType.JUMP_SHOT, ShotType.PULLUP, ShotType.STEP_BACK, ShotType.FADE_AWAY};
  private static final double[] MID_WEIGHTS = {0.45, 0.30, 0.10, 0.15};
  private static final ShotType[] THREE = {
    ShotType.JUMP_SHOT, ShotType.PULLUP, ShotType.STEP_BACK, ShotType.RUNNING_JUMP, ShotType.RUNNING_PULLUP
  };
  private static final double[] THREE_WEIGHTS = {0.60, 0.22, 0.08, 0.08, 0.02};
  /** Share of shots whose text gives no distance although the type usually does. */
  private static final double UNSTATED_DISTANCE = 0.015;

  /** A located attempt: its type, zone, spot and whether the text states the distance. */
  record Attempt(ShotType type, ShotZone zone, boolean three, Coordinate spot, boolean statesDistance) {
    int feet() {
      return spot.feetFromBasket();
    }
  }

  private final SplittableRandom rng;

  ShotMaker(SplittableRandom rng) {
    this.rng = rng;
  }

  Attempt attempt(ShotZone zone) {
    ShotType type = switch (zone) {
      case RIM -> pick(RIM, RIM_WEIGHTS);
      case PUTBACK -> pick(PUTBACK, PUTBACK_WEIGHTS);
      case PAINT -> pick(PAINT, PAINT_WEIGHTS);
      case MID_RANGE -> pick(MID, MID_WEIGHTS);
      case THREE -> pick(THREE, THREE_WEIGHTS);
    };
    boolean three = zone == ShotZone.THREE;
    Coordinate spot = locate(zone, three);
    boolean states = type.statesDistance && spot.feetFromBasket() > 0 && rng.nextDouble() >= UNSTATED_DISTANCE;
    return new Attempt(type, zone, three, spot, states);
  }

  private Coordinate locate(ShotZone zone, boolean three) {
    for (int tries = 0; tries < 24; tries++) {
      Coordinate spot = three && rng.nextDouble() < 0.22 ? cornerThree() : onArc(zone);
      // (0, 0) is the old seasons' "no location" marker: a located shot never lands there
      if (!spot.equals(Coordinate.ORIGIN) && spot.beyondThreePointLine() == three
          && (three || spot.feetFromBasket() <= zone.maxFeet)) {
        return spot;
      }
    }
    return three ? new Coordinate(25, 26) : new Coordinate(25, Math.max(0, zone.minFeet));
  }

  private Coordinate cornerThree() {
    int x = rng.nextBoolean() ? 3 - rng.nextInt(3) : 47 + rng.nextInt(3);
    return new Coordinate(x, rng.nextInt(9));
  }

  private Coordinate onArc(ShotZone zone) {
    double feet = zone == ShotZone.THREE
        ? 23.8 + Math.min(12.0, -3.0 * Math.log(1.0 - rng.nextDouble()))
        : zone.minFeet + rng.nextDouble() * (zone.maxFeet - zone.minFeet);
    double angle = rng.nextDouble() * Math.PI;
    int x = (int) Math.round(25 + feet * Math.cos(angle));
    int y = (int) Math.round(feet * Math.sin(angle));
    return new Coordinate(Math.max(0, Math.min(50, x)), y);
  }

  private <T> T pick(T[] values, double[] weights) {
    double r = rng.nextDouble();
    for (int i = 0; i < values.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
