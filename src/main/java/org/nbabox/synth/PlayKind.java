package org.nbabox.synth;

/** What a play means for the box score; the generator's own truth, independent of the wording. */
enum PlayKind {
  PERIOD_START,
  JUMP_BALL,
  FIELD_GOAL,
  FREE_THROW,
  REBOUND,
  TURNOVER,
  /** A foul that counts as a personal foul: shooting, personal, loose ball, offensive. */
  FOUL,
  TECHNICAL_FOUL,
  SUBSTITUTION,
  TIMEOUT,
  PERIOD_END,
  GAME_END
}
