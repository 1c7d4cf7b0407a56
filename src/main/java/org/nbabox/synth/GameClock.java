package org.nbabox.synth;

/** ESPN's clock and period wording. */
final class GameClock {
  static final int QUARTER_TENTHS = 7_200;
  static final int OVERTIME_TENTHS = 3_000;
  static final int REGULATION_PERIODS = 4;

  private GameClock() {}

  static int periodLength(int period) {
    return period <= REGULATION_PERIODS ? QUARTER_TENTHS : OVERTIME_TENTHS;
  }

  /** "11:42" from one minute up, "45.1" under a minute, "0.0" at the end. */
  static String display(int tenths) {
    if (tenths >= 600) {
      int seconds = tenths / 10;
      return (seconds / 60) + ":" + twoDigits(seconds % 60);
    }
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** "1st Quarter" ... "4th Quarter", then "OT", "2OT", "3OT". */
  static String periodDisplay(int period) {
    if (period <= REGULATION_PERIODS) {
      return ordinal(period) + " Quarter";
    }
    int overtime = period - REGULATION_PERIODS;
    return overtime == 1 ? "OT" : overtime + "OT";
  }

  /** "1st Quarter" or "1st  Overtime" (ESPN writes two spaces there) for period start and end texts. */
  static String periodName(int period) {
    if (period <= REGULATION_PERIODS) {
      return ordinal(period) + " Quarter";
    }
    return ordinal(period - REGULATION_PERIODS) + "  Overtime";
  }

  static String ordinal(int n) {
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
