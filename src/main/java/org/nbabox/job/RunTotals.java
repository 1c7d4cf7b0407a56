package org.nbabox.job;

/** Counts of a run, added up batch by batch from the rows written. */
final class RunTotals {
    long gamesIn;
    long processed;
    long noPlayByPlay;
    long errors;
    long snapshots;
    long passed;
    long playerRows;

    double errorRate() {
        return gamesIn == 0 ? 0 : (double) errors / gamesIn;
    }

    double validationRate() {
        return processed == 0 ? 0 : (double) passed / processed;
    }
}
