package org.nbabox.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nbabox.espn.PeriodRules;

/**
 * A moment of a game asked for by a person: "Q3 7:32", "3rd 7:32", "OT1 0:45", "2OT 1:00", "end of Q1",
 * "halftime", "start of Q2", "end of regulation", or elapsed game seconds ("1830"). The state at a moment is the state
 * after the last event at or before it; events sharing a clock all count as before it.
 *
 * @param period     period number
 * @param tenthsLeft tenths of a second left in the period
 */
public record GameMoment(int period, int tenthsLeft) {

    private static final Pattern PERIOD_CLOCK = Pattern.compile(
            "^(?:q(\\d)|(\\d)(?:st|nd|rd|th)?(?: quarter| qtr)?|ot(\\d)?|(\\d)(?:st|nd|rd|th)? ?ot|overtime(?: (\\d))?|p(\\d+))\\s+(\\d{1,2}:\\d{2}(?:\\.\\d)?|\\d{1,2}(?:\\.\\d)?)$");
    private static final Pattern END_START = Pattern.compile("^(end|start) of (?:the )?(.+)$");
    private static final Pattern PERIOD_ONLY = Pattern.compile(
            "^(?:q(\\d)|(\\d)(?:st|nd|rd|th)?(?: quarter| qtr)?|ot(\\d)?|(\\d)(?:st|nd|rd|th)? ?ot|overtime(?: (\\d))?|p(\\d+))$");
    private static final Pattern SECONDS = Pattern.compile("^\\d+(?:\\.\\d)?$");

    /** Parses a moment; throws IllegalArgumentException with a message for people when it cannot. */
    public static GameMoment parse(String text, PeriodRules rules) {
        if (text == null) {
            throw new IllegalArgumentException("no time given");
        }
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.equals("halftime") || s.equals("half") || s.equals("half time")) {
            return new GameMoment(rules.regulationPeriods() / 2, 0);
        }
        if (s.equals("end") || s.equals("final") || s.equals("end of game")) {
            return new GameMoment(Integer.MAX_VALUE, 0);
        }
        if (SECONDS.matcher(s).matches()) {
            return ofElapsed((int) Math.round(Double.parseDouble(s) * 10), rules);
        }
        Matcher es = END_START.matcher(s);
        if (es.matches() && es.group(2).equals("regulation")) {
            int last = rules.regulationPeriods();
            return es.group(1).equals("end") ? new GameMoment(last, 0) : new GameMoment(1, rules.lengthSeconds(1) * 10);
        }
        if (es.matches()) {
            Matcher p = PERIOD_ONLY.matcher(es.group(2));
            if (!p.matches()) {
                throw new IllegalArgumentException("cannot read the period in \"" + text + "\"");
            }
            int period = period(p, 1, rules);
            return es.group(1).equals("end") ? new GameMoment(period, 0) : new GameMoment(period, rules.lengthSeconds(period) * 10);
        }
        Matcher m = PERIOD_CLOCK.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the time \"" + text
                    + "\"; try \"Q3 7:32\", \"3rd 7:32\", \"OT1 0:45\", \"end of Q2\", \"halftime\" or elapsed seconds");
        }
        int period = period(m, 1, rules);
        String clock = m.group(7);
        int tenths;
        int colon = clock.indexOf(':');
        if (colon >= 0) {
            double seconds = Double.parseDouble(clock.substring(colon + 1));
            if (seconds >= 60) {
                throw new IllegalArgumentException("cannot read the time \"" + text + "\": " + clock + " has more than 59 seconds");
            }
            tenths = Integer.parseInt(clock.substring(0, colon)) * 600 + (int) Math.round(seconds * 10);
        } else {
            tenths = (int) Math.round(Double.parseDouble(clock) * 10);
        }
        if (tenths > rules.lengthSeconds(period) * 10) {
            throw new IllegalArgumentException("clock " + clock + " is longer than period " + rules.label(period));
        }
        return new GameMoment(period, tenths);
    }

    private static int period(Matcher m, int first, PeriodRules rules) {
        String number = m.group(first) != null ? m.group(first) : m.group(first + 1) != null ? m.group(first + 1) : m.group(first + 5);
        if (number != null) {
            int p = Integer.parseInt(number);
            if (p < 1) {
                throw new IllegalArgumentException("there is no period " + p + " (the first is 1)");
            }
            return p;
        }
        String ot = m.group(first + 2) != null ? m.group(first + 2) : m.group(first + 3) != null ? m.group(first + 3) : m.group(first + 4);
        int overtime = ot == null ? 1 : Integer.parseInt(ot);
        if (overtime < 1) {
            throw new IllegalArgumentException("there is no overtime " + overtime + " (the first is OT1)");
        }
        return rules.regulationPeriods() + overtime;
    }

    /** The moment a number of tenths into the game; a period boundary is the end of the earlier period. */
    public static GameMoment ofElapsed(int elapsedTenths, PeriodRules rules) {
        int p = 1;
        while (elapsedTenths > (rules.startOf(p) + rules.lengthSeconds(p)) * 10) {
            p++;
        }
        int left = (rules.startOf(p) + rules.lengthSeconds(p)) * 10 - elapsedTenths;
        return new GameMoment(p, Math.max(left, 0));
    }

    /** True when an event at (period, tenthsLeft) happened at or before this moment. */
    public boolean includes(int eventPeriod, int eventTenthsLeft) {
        return eventPeriod < period || (eventPeriod == period && eventTenthsLeft >= tenthsLeft);
    }

    public String describe(PeriodRules rules) {
        if (period == Integer.MAX_VALUE) {
            return "end of game";
        }
        return rules.label(period) + " " + org.nbabox.replay.GameClock.display(tenthsLeft);
    }
}
