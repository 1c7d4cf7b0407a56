package org.nbabox.job;

/** Counts of a run, added up batch by batch from the rows written. */
public final class RunTotals {
    public long gamesIn;
    public long processed;
    public long noPlayByPlay;
    public long errors;
    public long snapshots;
    public long passed;
    public long playerRows;

    public double errorRate() {
        return gamesIn == 0 ? 0 : (double) errors / gamesIn;
    }

    public double validationRate() {
        return processed == 0 ? 0 : (double) passed / processed;
    }
}
