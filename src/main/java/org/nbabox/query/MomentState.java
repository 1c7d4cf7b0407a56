package org.nbabox.query;

import java.util.ArrayList;
import java.util.List;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Snapshot;
import org.nbabox.replay.Stat;

/**
 * The answer to "what was the state at this moment": score, clock, who was on court and every
 * player's line. Built from a live replay (the CLI) or from snapshot table rows (the query job).
 */
public record MomentState(String gameId, String asked, int eventIndex, int period, String periodLabel, String clock,
                          double elapsedSeconds, int homeScore, int awayScore, String homeTeam, String awayTeam,
                          List<String> homeOnCourt, List<String> awayOnCourt, String lastPlay, List<Player> players) {

    /** One player's line at the moment. */
    public record Player(String playerId, String playerName, String teamId, boolean onCourt, int[] stats,
                         double secondsPlayed) {

        public int get(Stat s) {
            return stats[s.ordinal()];
        }
    }

    /** Copies the state out of a live snapshot. */
    public static MomentState of(String gameId, String asked, Snapshot s, String homeTeam, String awayTeam) {
        List<Player> players = new ArrayList<>();
        for (PlayerLine l : s.players()) {
            int[] v = new int[Stat.ALL.length];
            for (Stat st : Stat.ALL) {
                v[st.ordinal()] = l.get(st);
            }
            players.add(new Player(l.playerId(), l.playerName(), l.teamId(), l.onCourt(), v, l.secondsPlayed()));
        }
        return new MomentState(gameId, asked, s.eventIndex(), s.period(), s.periodLabel(),
                org.nbabox.replay.GameClock.display(s.tenthsLeft()), s.elapsedTenths() / 10.0, s.homeScore(),
                s.awayScore(), homeTeam, awayTeam, names(s.homeOnCourt(), players), names(s.awayOnCourt(), players),
                s.event().play().text(), players);
    }

    private static List<String> names(List<String> ids, List<Player> players) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(players.stream().filter(p -> p.playerId().equals(id)).map(Player::playerName).findFirst().orElse(id));
        }
        return out;
    }
}
