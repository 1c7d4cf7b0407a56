package org.nbabox.process;

import java.util.ArrayList;
import java.util.List;
import org.nbabox.espn.RawGame;
import org.nbabox.replay.Anomaly;
import org.nbabox.replay.ReplayResult;
import org.nbabox.verify.Verification;

/**
 * Everything the processor says about one game. A game without play-by-play has no replay and no
 * verification: its reason is "no play-by-play", which is not an error.
 */
public record GameReport(RawGame game, Status status, ReplayResult replay, Verification verification) {

    /**
     * Every anomaly of the game: the replay's, then the verification's. A game without play-by-play has
     * one saying so, and another when ESPN's own header claims there is play-by-play (a file that lost
     * its plays, not an old game that never had any).
     */
    public List<Anomaly> anomalies() {
        List<Anomaly> out = new ArrayList<>();
        if (status == Status.NO_PLAY_BY_PLAY) {
            out.add(new Anomaly("no_play_by_play", "the file has no plays (ESPN's play-by-play source: "
                    + (game.playByPlaySource() == null ? "not given" : game.playByPlaySource()) + ")"));
            String source = game.playByPlaySource();
            if (source != null && !source.isBlank() && !source.equalsIgnoreCase("none")) {
                out.add(new Anomaly("espn_inconsistent", "ESPN's header gives play-by-play source \"" + source
                        + "\" but the file has no plays"));
            }
            return out;
        }
        out.addAll(replay.anomalies());
        out.addAll(verification.anomalies());
        return out;
    }

    public enum Status {
        PROCESSED("processed"), NO_PLAY_BY_PLAY("no play-by-play");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
