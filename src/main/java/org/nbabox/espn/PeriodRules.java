package org.nbabox.espn;

/**
 * Period lengths: 4 regulation periods of 12 minutes and 5-minute overtimes unless the file's
 * {@code format} block says otherwise.
 */
public record PeriodRules(int regulationPeriods, int regulationSeconds, int overtimeSeconds) {

    public static final PeriodRules NBA = new PeriodRules(4, 720, 300);

    public int lengthSeconds(int period) {
        return period <= regulationPeriods ? regulationSeconds : overtimeSeconds;
    }

    /** Game seconds elapsed at the start of a period. */
    public int startOf(int period) {
        if (period <= regulationPeriods) {
            return (period - 1) * regulationSeconds;
        }
        return regulationPeriods * regulationSeconds + (period - 1 - regulationPeriods) * overtimeSeconds;
    }

    /** "Q1".."Q4", "OT1"... */
    public String label(int period) {
        return period <= regulationPeriods ? "Q" + period : "OT" + (period - regulationPeriods);
    }
}
