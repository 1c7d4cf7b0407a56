package org.nbabox.replay;

/**
 * A team's cumulative line: the sum of its players' counters, +/- as the score margin, and what
 * belongs to no player (team rebounds, team turnovers such as a shot-clock violation).
 */
public final class TeamLine extends BoxLine {

    private final String teamId;
    int teamRebounds;
    int teamTurnovers;

    TeamLine(String teamId) {
        this.teamId = teamId;
    }

    public String teamId() {
        return teamId;
    }

    public int teamRebounds() {
        return teamRebounds;
    }

    public int teamTurnovers() {
        return teamTurnovers;
    }

    public TeamLine snapshot() {
        TeamLine c = new TeamLine(teamId);
        c.copyFrom(this);
        c.teamRebounds = teamRebounds;
        c.teamTurnovers = teamTurnovers;
        return c;
    }

    /** This line minus an earlier state of it. */
    public TeamLine minus(TeamLine earlier) {
        TeamLine d = new TeamLine(teamId);
        d.copyFrom(super.minus(earlier));
        d.teamRebounds = teamRebounds - earlier.teamRebounds;
        d.teamTurnovers = teamTurnovers - earlier.teamTurnovers;
        return d;
    }
}
