package org.nbabox.synth;

import java.time.LocalDate;

/**
 * A block of a season's games of one season type, spread over a window of (US) dates.
 *
 * @param seasonType ESPN's season type: 1 preseason, 2 regular season, 3 playoffs, 5 play-in
 * @param firstDay first US date of the window
 * @param days length of the window in days
 * @param games number of games in the window
 */
record ScheduleWindow(int seasonType, LocalDate firstDay, int days, int games) {
  static final int PRESEASON = 1;
  static final int REGULAR = 2;
  static final int PLAYOFFS = 3;
  static final int PLAY_IN = 5;

  ScheduleWindow {
    if (days < 1 || games < 0) {
      throw new IllegalArgumentException("bad window " + firstDay + " " + days + " days " + games + " games");
    }
  }
}
