package org.nbabox.synth;

/**
 * A player as ESPN's box score lists him.
 *
 * @param id ESPN athlete id
 * @param displayName "Devin Booker"
 * @param shortName "D. Booker"
 * @param jersey jersey number
 * @param position "PG", "SG", "SF", "PF", "C", "G", "F"
 */
record Athlete(String id, String displayName, String shortName, String jersey, String position) {}
