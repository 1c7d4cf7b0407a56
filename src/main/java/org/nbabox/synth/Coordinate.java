package org.nbabox.synth;

/** A court location in whole feet, basket at (25, 0), as ESPN's {@code coordinate{x,y}}. */
record Coordinate(int x, int y) {
  /** ESPN's "no location" value in recent seasons. */
  static final Coordinate SENTINEL = new Coordinate(-214748340, -214748365);
  /** The "no location" value of older seasons. */
  static final Coordinate ORIGIN = new Coordinate(0, 0);
  /** The free-throw spot as older seasons record it. */
  static final Coordinate BASKET = new Coordinate(25, 0);

  /** Distance to the basket rounded to whole feet, as ESPN writes it in the text ("24-foot"). */
  int feetFromBasket() {
    return (int) Math.round(Math.hypot(x - 25, y));
  }

  /** True when a shot from here is worth three: 22 ft in the corners, 23.75 ft on the arc. */
  boolean beyondThreePointLine() {
    int dx = Math.abs(x - 25);
    return (dx >= 22 && y <= 9) || Math.hypot(x - 25, y) >= 23.75;
  }
}
