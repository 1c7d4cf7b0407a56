package org.nbabox.espn;

/** A team as the game file names it. */
public record TeamInfo(String id, String abbreviation, String displayName) {
}
