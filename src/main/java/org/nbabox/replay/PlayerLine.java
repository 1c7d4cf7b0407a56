package org.nbabox.replay;

/** One player's cumulative line in a game, with whether he is on court now. */
public final class PlayerLine extends BoxLine {

    private final String playerId;
    private final String playerName;
    private final String teamId;
    boolean onCourt;
    /**
     * Index of the last event that changed a counter or the on-court status; -1 before any. Time
     * played and +/- are not counted as changes where they follow from the game clock and the score
     * (on court: +/- moves with his team's margin; off court: it does not), so a compact store needs a
     * row only at a change. Free throws credited to the lineup at the foul, when players were
     * substituted between them, do count as a change for the players concerned.
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
