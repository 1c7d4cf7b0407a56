package org.nbabox.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nbabox.replay.Stat;

/**
 * Renders a {@link MomentState} as an aligned table for people or as JSON; jobs/process-game and
 * jobs/query print the same shapes.
 */
public final class MomentFormatter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MomentFormatter() {
    }

    public static ObjectNode json(MomentState m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("game_id", m.gameId());
        o.put("at", m.asked());
        o.put("event_index", m.eventIndex());
        o.put("period", m.period());
        o.put("period_label", m.periodLabel());
        o.put("clock", m.clock());
        o.put("elapsed_seconds", m.elapsedSeconds());
        o.put("home_team", m.home().abbreviation());
        o.put("away_team", m.away().abbreviation());
        o.put("home_team_id", m.home().teamId());
        o.put("away_team_id", m.away().teamId());
        o.put("home_score", m.home().score());
        o.put("away_score", m.away().score());
        o.put("last_play", m.lastPlay());
        m.home().onCourt().forEach(o.putArray("home_on_court")::add);
        m.away().onCourt().forEach(o.putArray("away_on_court")::add);
        m.home().onCourtNames().forEach(o.putArray("home_on_court_names")::add);
        m.away().onCourtNames().forEach(o.putArray("away_on_court_names")::add);
        ArrayNode players = o.putArray("players");
        for (MomentState.Player p : m.players()) {
            ObjectNode po = players.addObject();
            po.put("player_id", p.playerId());
            po.put("player_name", p.playerName());
            po.put("team_id", p.teamId());
            po.put("on_court", p.onCourt());
            for (Stat s : Stat.ALL) {
                po.put(s.column(), p.get(s));
            }
            po.put("seconds_played", p.secondsPlayed());
        }
        return o;
    }

    public static String table(MomentState m) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Game %s at %s: %s %d - %d %s (%s %s, event %d)%n", m.gameId(), m.asked(),
                m.away().abbreviation(), m.away().score(), m.home().score(), m.home().abbreviation(), m.periodLabel(),
                m.clock(), m.eventIndex()));
        b.append("Last play: ").append(m.lastPlay() == null ? "" : m.lastPlay().trim()).append('\n');
        b.append("On court ").append(m.away().abbreviation()).append(": ")
                .append(String.join(", ", m.away().onCourtNames())).append('\n');
        b.append("On court ").append(m.home().abbreviation()).append(": ")
                .append(String.join(", ", m.home().onCourtNames())).append("\n\n");
        b.append(String.format("%-24s %-5s %5s %3s %6s %6s %6s %4s %4s %4s %3s %3s %3s %3s %3s %4s%n", "PLAYER", "TEAM",
                "MIN", "PTS", "FG", "3PT", "FT", "OREB", "DREB", "REB", "AST", "STL", "BLK", "TO", "PF", "+/-"));
        for (MomentState.Player p : m.players()) {
            b.append(String.format("%-24s %-5s %5s %3d %6s %6s %6s %4d %4d %4d %3d %3d %3d %3d %3d %4s%n",
                    (p.onCourt() ? "*" : " ") + p.playerName(), team(m, p.teamId()), minutes(p.secondsPlayed()),
                    p.get(Stat.PTS), p.get(Stat.FGM) + "-" + p.get(Stat.FGA), p.get(Stat.FG3M) + "-" + p.get(Stat.FG3A),
                    p.get(Stat.FTM) + "-" + p.get(Stat.FTA), p.get(Stat.OREB), p.get(Stat.DREB), p.get(Stat.REB),
                    p.get(Stat.AST), p.get(Stat.STL), p.get(Stat.BLK), p.get(Stat.TOV), p.get(Stat.PF),
                    (p.get(Stat.PLUS_MINUS) > 0 ? "+" : "") + p.get(Stat.PLUS_MINUS)));
        }
        b.append("(* on court)\n");
        return b.toString();
    }

    /** The team's abbreviation when it is one of the two teams, else its id. */
    private static String team(MomentState m, String teamId) {
        if (teamId != null && teamId.equals(m.home().teamId())) {
            return m.home().abbreviation();
        }
        if (teamId != null && teamId.equals(m.away().teamId())) {
            return m.away().abbreviation();
        }
        return teamId;
    }

    private static String minutes(double seconds) {
        int s = (int) Math.round(seconds);
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }
}
