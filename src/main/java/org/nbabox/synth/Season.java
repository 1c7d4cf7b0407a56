package org.nbabox.synth;

import java.util.List;

/**
 * A season named by its end year (2025 for 2024-25) and its schedule windows in date order.
 */
record Season(int year, List<ScheduleWindow> windows) {
  /** ESPN's summary files carry play-by-play from the 2002-03 season on. */
  static final int FIRST_SEASON_WITH_PLAYS = 2003;
  /** From the 2017-18 season on, game ids are 401... numbers instead of YYMMDD0TT. */
  static final int FIRST_SEASON_WITH_401_IDS = 2018;

  Season {
    windows = List.copyOf(windows);
  }

  int games() {
    return windows.stream().mapToInt(ScheduleWindow::games).sum();
  }

  int games(int seasonType) {
    return windows.stream().filter(w -> w.seasonType() == seasonType).mapToInt(ScheduleWindow::games).sum();
  }
}
