package org.nbabox.replay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nbabox.events.EventKind;
import org.nbabox.events.GameEvent;
import org.nbabox.events.Roster;

/**
 * Infers the five players of each team on court when a period starts, since ESPN logs no
 * substitutions at period starts. The established method: a player who acts, or is subbed out,
 * before being subbed in during the period started it. Technical fouls and ejections are not
 * evidence (a player on the bench can draw either). When fewer than five are found, the players on
 * court at the end of the previous period (or the box score's starters in the first) who were not
 * subbed in first fill the gaps.
 */
final class PeriodStarters {

    private PeriodStarters() {
    }

    /**
     * @param periodEvents the events of one period, in replay order
     * @param teamId       the team
     * @param fallback     candidates in order of preference when evidence finds fewer than five
     */
    static List<String> infer(List<GameEvent> periodEvents, String teamId, Roster roster, List<String> fallback,
                              List<Anomaly> anomalies, int period) {
        Set<String> starters = new LinkedHashSet<>();
        Set<String> enteredFirst = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (GameEvent e : periodEvents) {
            if (e.kind() == EventKind.SUBSTITUTION) {
                String in = e.player1();
                String out = e.player2();
                if (out != null && teamId.equals(roster.teamOf(out)) && seen.add(out)) {
                    starters.add(out);
                }
                if (in != null && teamId.equals(roster.teamOf(in)) && seen.add(in)) {
                    enteredFirst.add(in);
                }
                continue;
            }
            if (e.kind() == EventKind.TECHNICAL_FOUL || e.kind() == EventKind.EJECTION) {
                continue;
            }
            evidence(e.player1(), teamId, roster, starters, seen);
            evidence(e.player2(), teamId, roster, starters, seen);
            evidence(e.player3(), teamId, roster, starters, seen);
        }
        List<String> out = new ArrayList<>(starters);
        if (out.size() > 5) {
            anomalies.add(new Anomaly("starters_over_five", "period " + period + ", team " + teamId + ": "
                    + out.size() + " players acted before any substitution brought them in; a substitution is missing"));
        }
        for (String candidate : fallback) {
            if (out.size() >= 5) {
                break;
            }
            if (!out.contains(candidate) && !enteredFirst.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static void evidence(String player, String teamId, Roster roster, Set<String> starters, Set<String> seen) {
        if (player != null && teamId.equals(roster.teamOf(player)) && seen.add(player)) {
            starters.add(player);
        }
    }

    /** Box score starters of a team, as the first period's fallback. */
    static List<String> boxStarters(Map<String, Boolean> starterFlags, String teamId, Roster roster) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : starterFlags.entrySet()) {
            if (e.getValue() && teamId.equals(roster.teamOf(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
