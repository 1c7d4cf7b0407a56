package org.nbabox.synth;

/**
 * What changes with the season: how the game is played (pace, three-point share, offensive
 * rebounds) and how ESPN recorded it (wallclock, "Start Period" rows, play ids, locations, +/-).
 */
record Era(int season) {

  static Era of(int season) {
    return new Era(season);
  }

  /** Recent files: 401 ids, {@code id} = game id + sequence number, sequence numbers with gaps. */
  boolean modernIds() {
    return season >= Season.FIRST_SEASON_WITH_401_IDS;
  }

  boolean hasWallclock() {
    return season >= 2018;
  }

  /** Older files open every period with a "Start Period" row; recent ones do not. */
  boolean hasStartPeriodRows() {
    return season < 2018;
  }

  /** Recent files locate rebounds, fouls and turnovers on the floor; older ones leave them at (0, 0). */
  boolean locatesFloorEvents() {
    return season >= 2018;
  }

  Coordinate noLocation() {
    return season >= 2018 ? Coordinate.SENTINEL : Coordinate.ORIGIN;
  }

  Coordinate freeThrowLocation() {
    return season >= 2018 ? Coordinate.SENTINEL : Coordinate.BASKET;
  }

  /** 2017-18 and 2018-19 files write {@code scoreValue: 0} on made free throws. */
  boolean zeroScoreValueOnFreeThrows() {
    return season == 2018 || season == 2019;
  }

  /** Box scores before 2008-09 have "--" for +/-. */
  boolean hasPlusMinus() {
    return season >= 2009;
  }

  /** Box scores until 2009-10 list unused players as all-dash rows without {@code didNotPlay}. */
  boolean dashesForUnusedPlayers() {
    return season <= 2010;
  }

  /** Recent box scores give every row a {@code reason} ("COACH'S DECISION" if he played); older ones none. */
  boolean hasRowReasons() {
    return season >= 2018;
  }

  String endGameText() {
    return season >= 2018 ? "End of Game" : "End Game";
  }

  /** Chance that a play was entered late (gets a later sequence number than the plays after it). */
  double lateEntryRate() {
    return season >= 2018 ? 0.008 : 0.002;
  }

  /** Share of field goal attempts that are threes. */
  double threePointShare() {
    if (season >= 1995 && season <= 1997) {
      return 0.20;
    }
    if (season <= 2012) {
      return 0.14 + (season - 1993) * 0.006;
    }
    return Math.min(0.42, 0.25 + (season - 2012) * 0.016);
  }

  /** Possessions per team in 48 minutes. */
  double pace() {
    if (season <= 1996) {
      return 92.0;
    }
    if (season <= 2012) {
      return 90.0;
    }
    return Math.min(99.0, 90.5 + (season - 2012) * 0.9);
  }

  /** Added to every make rate: the low-scoring late 1990s and 2000s, today's efficient offenses. */
  double shootingAdjustment() {
    if (season <= 1996) {
      return -0.04;
    }
    if (season <= 2006) {
      return -0.065;
    }
    return season <= 2015 ? -0.05 : -0.025;
  }

  double offensiveReboundRate() {
    return season <= 2000 ? 0.31 : season <= 2012 ? 0.27 : 0.24;
  }

  /** Share of two-point attempts at the rim (versus paint and mid-range). */
  double rimShare() {
    return season >= 2015 ? 0.46 : 0.38;
  }
}
