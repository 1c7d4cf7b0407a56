package org.nbabox.replay;

import org.nbabox.espn.PeriodRules;

/** Game clock arithmetic, in tenths of a second. */
public final class GameClock {

    private GameClock() {
    }

    /** "11:42" -> 7020, "45.1" -> 451, "0.0" -> 0; -1 when unreadable. */
    public static int tenthsLeft(String clock) {
        if (clock == null || clock.isBlank()) {
            return -1;
        }
        String c = clock.trim();
        try {
            int colon = c.indexOf(':');
            if (colon >= 0) {
                int min = Integer.parseInt(c.substring(0, colon));
                double sec = Double.parseDouble(c.substring(colon + 1));
                if (min < 0 || sec < 0 || sec >= 60) {
                    return -1; // "7:61" is no clock
                }
                return min * 600 + (int) Math.round(sec * 10);
            }
            return (int) Math.round(Double.parseDouble(c) * 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Tenths of a second elapsed in the game at a moment of a period. */
    public static int elapsedTenths(PeriodRules rules, int period, int tenthsLeft) {
        return rules.startOf(period) * 10 + rules.lengthSeconds(period) * 10 - tenthsLeft;
    }

    /** Tenths left as ESPN displays it: "7:32" from a minute up, "45.1" under a minute. */
    public static String display(int tenthsLeft) {
        if (tenthsLeft >= 600) {
            int sec = tenthsLeft / 10;
            int s = sec % 60;
            return (sec / 60) + (s < 10 ? ":0" : ":") + s;
        }
        return (tenthsLeft / 10) + "." + (tenthsLeft % 10);
    }
}
