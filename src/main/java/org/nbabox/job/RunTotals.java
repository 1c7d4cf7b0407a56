package org.nbabox.job;

/** Counts of a run, added up batch by batch from the rows written. */
public final class RunTotals {
    /** Game files read in this run. */
    public long gamesIn;
    /** Selected games skipped because an earlier run committed them (they count as done, without error). */
    public long alreadyDone;
    public long processed;
    public long noPlayByPlay;
    public long errors;
    public long snapshots;
    public long passed;
    public long playerRows;

    /** Errors over every selected game, those committed by earlier runs included: a resumed run is judged as a whole. */
    public double errorRate() {
        long selected = gamesIn + alreadyDone;
        return selected == 0 ? 0 : (double) errors / selected;
    }

    public double validationRate() {
        return processed == 0 ? 0 : (double) passed / processed;
    }
}
