package org.nbabox.replay;

/** One player's cumulative line in a game, with whether he is on court now. */
public final class PlayerLine extends BoxLine {

    private final String playerId;
    private final String playerName;
    private final String teamId;
    boolean onCourt;
    /**
     * Index of the last event that changed a counter or the on-court status; -1 before any. Time
     * played and +/- are not counted as changes: while a player stays on court they follow from the
     * game clock and the score, so a compact store needs a row only when the status changes.
     */
    int changedAt = -1;

    PlayerLine(String playerId, String playerName, String teamId) {
        this.playerId = playerId;
        this.playerName = playerName;
        this.teamId = teamId;
    }

    public String playerId() {
        return playerId;
    }

    public String playerName() {
        return playerName;
    }

    public String teamId() {
        return teamId;
    }

    public boolean onCourt() {
        return onCourt;
    }

    /**
     * True when the event at {@code eventIndex} changed a counter (other than +/-) or the on-court
     * status of this player.
     */
    public boolean changedAt(int eventIndex) {
        return changedAt == eventIndex;
    }

    /** A detached copy (name, team, counters, time, on-court). */
    public PlayerLine snapshot() {
        PlayerLine c = new PlayerLine(playerId, playerName, teamId);
        c.copyFrom(this);
        c.onCourt = onCourt;
        c.changedAt = changedAt;
        return c;
    }
}
