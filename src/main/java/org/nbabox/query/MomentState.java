package org.nbabox.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nbabox.espn.TeamInfo;
import org.nbabox.replay.GameClock;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Snapshot;
import org.nbabox.replay.Stat;

/**
 * The answer to "what was the state at this moment": score, clock, who was on court and every
 * player's line. Built from a live replay (jobs/process-game) or from the snapshot tables
 * (jobs/query); both give the same value for the same moment. Players are kept in one order: away
 * team then home team, players on court first, then by name.
 */
public record MomentState(String gameId, String asked, int eventIndex, int period, String periodLabel, String clock,
                          double elapsedSeconds, Side home, Side away, String lastPlay, List<Player> players) {

    /** One team at the moment: its score and the players on court (ids, and names in the same order). */
    public record Side(String teamId, String abbreviation, int score, List<String> onCourt, List<String> onCourtNames) {

        public Side {
            onCourt = List.copyOf(onCourt);
            onCourtNames = List.copyOf(onCourtNames);
        }
    }

    /** One player's line at the moment. */
    public record Player(String playerId, String playerName, String teamId, boolean onCourt, int[] stats,
                         double secondsPlayed) {

        public Player {
            if (stats.length != Stat.ALL.length) {
                throw new IllegalArgumentException(stats.length + " counters for " + Stat.ALL.length + " stats");
            }
            stats = stats.clone();
        }

        public int get(Stat s) {
            return stats[s.ordinal()];
        }
    }

    public MomentState {
        List<Player> ordered = new ArrayList<>(players);
        String awayId = away.teamId();
        String homeId = home.teamId();
        ordered.sort(Comparator.comparingInt((Player p) -> p.teamId() == null ? 2
                        : p.teamId().equals(awayId) ? 0 : p.teamId().equals(homeId) ? 1 : 2)
                .thenComparing(p -> !p.onCourt())
                .thenComparing(Player::playerName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Player::playerId));
        players = List.copyOf(ordered);
    }

    /** Copies the state out of a live snapshot. */
    public static MomentState of(String gameId, String asked, Snapshot s, TeamInfo home, TeamInfo away) {
        List<Player> players = new ArrayList<>();
        for (PlayerLine l : s.players()) {
            int[] v = new int[Stat.ALL.length];
            for (Stat st : Stat.ALL) {
                v[st.ordinal()] = l.get(st);
            }
            players.add(new Player(l.playerId(), l.playerName(), l.teamId(), l.onCourt(), v, l.secondsPlayed()));
        }
        return new MomentState(gameId, asked, s.eventIndex(), s.period(), s.periodLabel(),
                GameClock.display(s.tenthsLeft()), s.elapsedTenths() / 10.0,
                side(home, s.homeScore(), s.homeOnCourt(), players), side(away, s.awayScore(), s.awayOnCourt(), players),
                s.event().play().text(), players);
    }

    /** A team's side of the moment, naming its players on court from the players' lines. */
    public static Side side(TeamInfo team, int score, List<String> onCourt, List<Player> players) {
        List<String> names = new ArrayList<>();
        for (String id : onCourt) {
            String name = players.stream().filter(p -> p.playerId().equals(id)).findFirst()
                    .map(Player::playerName).orElse(null);
            names.add(name != null ? name : id);
        }
        return new Side(team.id(), team.abbreviation(), score, onCourt, names);
    }
}
