package org.nbabox.replay;

import java.util.Collection;
import java.util.List;
import org.nbabox.events.GameEvent;

/**
 * The game state right after one event, as the replay hands it to a {@link SnapshotListener}.
 * It is a live view owned by the replay: read what you need during the callback, copy what you keep.
 */
public interface Snapshot {

    /** 0-based position of the event after ordering repairs. */
    int eventIndex();

    GameEvent event();

    int period();

    /** Period label: "Q3", "OT1". */
    String periodLabel();

    /** Tenths of a second left in the period. */
    int tenthsLeft();

    /** Tenths of a second elapsed in the game. */
    int elapsedTenths();

    int homeScore();

    int awayScore();

    /** Points scored on this event (computed, not ESPN's). */
    int points();

    List<String> homeOnCourt();

    List<String> awayOnCourt();

    /** Every player's cumulative line so far (see {@link PlayerLine#changedAt(int)}). */
    Collection<PlayerLine> players();

    TeamLine homeLine();

    TeamLine awayLine();

    /** True for the last event of its period: every line is then the line at the end of the period. */
    boolean lastOfPeriod();
}
