package org.nbabox.verify;

/** One box score cell where the replay and ESPN's official box score disagree. */
public record Discrepancy(String playerId, String playerName, String stat, String ours, String espn) {
}
