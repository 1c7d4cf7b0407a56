package org.nbabox.synth;

/** ESPN play types (id and type text as in the summary files) of the events that are not field goals. */
enum PlayType {
  START_PERIOD(411, "Start Period", PlayKind.PERIOD_START),
  JUMPBALL(615, "Jumpball", PlayKind.JUMP_BALL),
  FREE_THROW_1_OF_1(97, "Free Throw - 1 of 1", PlayKind.FREE_THROW),
  FREE_THROW_1_OF_2(98, "Free Throw - 1 of 2", PlayKind.FREE_THROW),
  FREE_THROW_2_OF_2(99, "Free Throw - 2 of 2", PlayKind.FREE_THROW),
  FREE_THROW_1_OF_3(100, "Free Throw - 1 of 3", PlayKind.FREE_THROW),
  FREE_THROW_2_OF_3(101, "Free Throw - 2 of 3", PlayKind.FREE_THROW),
  FREE_THROW_3_OF_3(102, "Free Throw - 3 of 3", PlayKind.FREE_THROW),
  FREE_THROW_TECHNICAL(103, "Free Throw - Technical", PlayKind.FREE_THROW),
  DEFENSIVE_REBOUND(155, "Defensive Rebound", PlayKind.REBOUND),
  OFFENSIVE_REBOUND(156, "Offensive Rebound", PlayKind.REBOUND),
  BAD_PASS(62, "Bad Pass\nTurnover", PlayKind.TURNOVER),
  LOST_BALL(63, "Lost Ball Turnover", PlayKind.TURNOVER),
  TRAVELING(64, "Traveling", PlayKind.TURNOVER),
  SHOT_CLOCK(70, "Shot Clock Turnover", PlayKind.TURNOVER),
  OFFENSIVE_FOUL_TURNOVER(84, "Offensive Foul Turnover", PlayKind.TURNOVER),
  OUT_OF_BOUNDS_LOST_BALL(87, "Out of Bounds - Lost Ball Turnover", PlayKind.TURNOVER),
  OUT_OF_BOUNDS_BAD_PASS(90, "Out of Bounds - Bad Pass Turnover", PlayKind.TURNOVER),
  OFFENSIVE_FOUL(42, "Offensive Foul", PlayKind.FOUL),
  LOOSE_BALL_FOUL(43, "Loose Ball Foul", PlayKind.FOUL),
  SHOOTING_FOUL(44, "Shooting Foul", PlayKind.FOUL),
  PERSONAL_FOUL(45, "Personal Foul", PlayKind.FOUL),
  TECHNICAL_FOUL(35, "Technical Foul", PlayKind.TECHNICAL_FOUL),
  SUBSTITUTION(584, "Substitution", PlayKind.SUBSTITUTION),
  FULL_TIMEOUT(16, "Full Timeout", PlayKind.TIMEOUT),
  END_PERIOD(412, "End Period", PlayKind.PERIOD_END),
  END_GAME(402, "End Game", PlayKind.GAME_END);

  final int id;
  final String text;
  final PlayKind kind;

  PlayType(int id, String text, PlayKind kind) {
    this.id = id;
    this.text = text;
    this.kind = kind;
  }
}
