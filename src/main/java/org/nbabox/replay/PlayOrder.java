package org.nbabox.replay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nbabox.espn.RawPlay;
import org.nbabox.events.EventKind;
import org.nbabox.events.GameEvent;

/**
 * The order events are replayed in. ESPN's array order is the game's order (sequence numbers are
 * entry order, not game order), so it is kept; only what is provably wrong is repaired, and every
 * repair is recorded as an anomaly: exact duplicates, the clock running backwards within a period, a
 * putback's rebound recorded after its basket, a rebound recorded before its missed free throw.
 */
final class PlayOrder {

    private PlayOrder() {
    }

    /** Drops exact duplicates (same id and same content), keeping the first. */
    static List<RawPlay> withoutDuplicates(List<RawPlay> plays, List<Anomaly> anomalies) {
        Set<RawPlay> seen = new HashSet<>(plays.size() * 2);
        List<RawPlay> out = new ArrayList<>(plays.size());
        for (RawPlay p : plays) {
            if (seen.add(p)) {
                out.add(p);
            } else {
                anomalies.add(new Anomaly("duplicate_removed",
                        "exact duplicate of play " + p.id() + " (" + p.text().trim() + ") removed"));
            }
        }
        return out;
    }

    /** Repairs the order of classified events in place. */
    static void repair(List<GameEvent> events, List<Anomaly> anomalies) {
        clockOrder(events, anomalies);
        putbacks(events, anomalies);
        reboundsBeforeFreeThrows(events, anomalies);
    }

    /**
     * Stable sort by period, then clock running down, only where the array order runs backwards. A play
     * whose clock cannot be read keeps the clock of the play before it, so the order stays total.
     */
    private static void clockOrder(List<GameEvent> events, List<Anomaly> anomalies) {
        int[] clock = readableClocks(events, anomalies);
        boolean backwards = false;
        for (int i = 1; i < events.size() && !backwards; i++) {
            backwards = compare(events.get(i - 1), clock[i - 1], events.get(i), clock[i]) > 0;
        }
        if (!backwards) {
            return;
        }
        // where each event was, by identity (two events can be equal records: exact duplicates)
        Map<GameEvent, Integer> before = new IdentityHashMap<>(events.size() * 2);
        for (int i = 0; i < events.size(); i++) {
            before.put(events.get(i), i);
        }
        events.sort((a, b) -> {
            int ia = before.get(a);
            int ib = before.get(b);
            return compare(a, clock[ia], b, clock[ib]);
        }); // List.sort is stable
        for (int i = 0; i < events.size(); i++) {
            GameEvent e = events.get(i);
            int was = before.get(e);
            if (was != i && (i == 0 || before.get(events.get(i - 1)) != was - 1)) {
                anomalies.add(new Anomaly("clock_reordered", "play " + e.play().id() + " (" + e.play().text().trim()
                        + ", " + label(e) + ") moved from position " + was + " to " + i + ": the clock ran backwards"));
            }
        }
    }

    /** Tenths left at each event; an unreadable clock takes the one before it in its period (reported once). */
    private static int[] readableClocks(List<GameEvent> events, List<Anomaly> anomalies) {
        int[] clock = new int[events.size()];
        int unreadable = 0;
        String first = null;
        for (int i = 0; i < clock.length; i++) {
            GameEvent e = events.get(i);
            int t = GameClock.tenthsLeft(e.play().clock());
            if (t < 0) {
                boolean samePeriod = i > 0 && events.get(i - 1).play().period() == e.play().period();
                t = samePeriod ? clock[i - 1] : Integer.MAX_VALUE;
                if (unreadable++ == 0) {
                    first = "play " + e.play().id() + " (clock \"" + e.play().clock() + "\")";
                }
            }
            clock[i] = t;
        }
        if (unreadable > 0) {
            anomalies.add(new Anomaly("unreadable_clock", unreadable + " play(s) with a clock that cannot be read, first "
                    + first + "; each keeps the clock of the play before it"));
        }
        return clock;
    }

    private static int compare(GameEvent a, int clockA, GameEvent b, int clockB) {
        if (a.play().period() != b.play().period()) {
            return Integer.compare(a.play().period(), b.play().period());
        }
        return Integer.compare(clockB, clockA);
    }

    /** "basket by X, then X's offensive rebound" at one moment, after a miss: the rebound came first. */
    private static void putbacks(List<GameEvent> events, List<Anomaly> anomalies) {
        for (int i = 1; i + 1 < events.size(); i++) {
            GameEvent miss = events.get(i - 1);
            GameEvent basket = events.get(i);
            GameEvent rebound = events.get(i + 1);
            if (basket.kind() == EventKind.SHOT_MADE && rebound.kind() == EventKind.REBOUND_OFFENSIVE
                    && rebound.player1() != null && rebound.player1().equals(basket.player1())
                    && sameMoment(basket, rebound)
                    && (miss.kind() == EventKind.SHOT_MISSED || miss.kind() == EventKind.FREE_THROW_MISSED)
                    && Objects.equals(miss.teamId(), basket.teamId())) {
                events.set(i, rebound);
                events.set(i + 1, basket);
                anomalies.add(new Anomaly("putback_reordered", "rebound " + rebound.play().id()
                        + " moved before its putback " + basket.play().id() + " at " + label(basket)));
            }
        }
    }

    /** "rebound, then missed free throw" at one moment with nothing missed before: the miss came first. */
    private static void reboundsBeforeFreeThrows(List<GameEvent> events, List<Anomaly> anomalies) {
        for (int i = 0; i + 1 < events.size(); i++) {
            GameEvent rebound = events.get(i);
            GameEvent ft = events.get(i + 1);
            if (!rebound.kind().isRebound() || ft.kind() != EventKind.FREE_THROW_MISSED || !sameMoment(rebound, ft)) {
                continue;
            }
            GameEvent prev = i > 0 ? events.get(i - 1) : null;
            boolean somethingToRebound = prev != null
                    && (prev.kind() == EventKind.SHOT_MISSED || prev.kind() == EventKind.FREE_THROW_MISSED);
            if (!somethingToRebound) {
                events.set(i, ft);
                events.set(i + 1, rebound);
                anomalies.add(new Anomaly("rebound_reordered", "rebound " + rebound.play().id()
                        + " moved after the missed free throw " + ft.play().id() + " at " + label(ft)));
            }
        }
    }

    private static boolean sameMoment(GameEvent a, GameEvent b) {
        return a.play().period() == b.play().period() && Objects.equals(a.play().clock(), b.play().clock());
    }

    private static String label(GameEvent e) {
        return "period " + e.play().period() + " " + e.play().clock();
    }
}
