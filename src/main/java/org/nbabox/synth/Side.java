package org.nbabox.synth;

/** The team a play belongs to; {@link #NONE} for period and game markers. */
enum Side {
  HOME,
  AWAY,
  NONE;

  Side other() {
    return switch (this) {
      case HOME -> AWAY;
      case AWAY -> HOME;
      case NONE -> NONE;
    };
  }

  String homeAway() {
    return this == HOME ? "home" : "away";
  }
}
