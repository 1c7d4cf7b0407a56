package org.nbabox.replay;

/**
 * Something about a game's data worth knowing: a repair made to the play order, a disagreement
 * between ESPN's running score and the computed one, an inconsistency inside ESPN's own data.
 *
 * @param kind   a stable machine-readable category (e.g. "clock_reordered", "espn_score_mismatch")
 * @param detail a sentence for people
 */
public record Anomaly(String kind, String detail) {
}
