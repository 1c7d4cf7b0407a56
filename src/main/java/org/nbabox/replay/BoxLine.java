package org.nbabox.replay;

import java.util.Arrays;

/**
 * A box score line: the {@link Stat} counters and time on court (in tenths of a second, the clock's
 * resolution, so sums stay exact). Used for players, teams, whole games and single periods.
 */
public class BoxLine {

    final int[] values = new int[Stat.ALL.length];
    int tenths;

    public int get(Stat s) {
        return values[s.ordinal()];
    }

    void add(Stat s, int n) {
        values[s.ordinal()] += n;
    }

    public double secondsPlayed() {
        return tenths / 10.0;
    }

    public int tenthsPlayed() {
        return tenths;
    }

    /** Minutes as a whole number, rounded half up (ESPN's box score shows whole minutes). */
    public int minutesRounded() {
        return (tenths + 300) / 600;
    }

    /** A copy of the counters (and time) of this line. */
    public BoxLine copy() {
        BoxLine c = new BoxLine();
        c.copyFrom(this);
        return c;
    }

    void copyFrom(BoxLine o) {
        System.arraycopy(o.values, 0, values, 0, values.length);
        tenths = o.tenths;
    }

    /** This line minus an earlier state of it: what happened in between. */
    public BoxLine minus(BoxLine earlier) {
        BoxLine d = new BoxLine();
        for (int i = 0; i < values.length; i++) {
            d.values[i] = values[i] - earlier.values[i];
        }
        d.tenths = tenths - earlier.tenths;
        return d;
    }

    void addAll(BoxLine o) {
        for (int i = 0; i < values.length; i++) {
            values[i] += o.values[i];
        }
        tenths += o.tenths;
    }

    public boolean sameCounters(BoxLine o) {
        return Arrays.equals(values, o.values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Stat s : Stat.ALL) {
            b.append(s.column()).append('=').append(get(s)).append(' ');
        }
        return b.append("sec=").append(secondsPlayed()).toString();
    }
}
