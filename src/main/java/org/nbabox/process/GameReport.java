package org.nbabox.process;

import org.nbabox.espn.RawGame;
import org.nbabox.replay.ReplayResult;
import org.nbabox.verify.Verification;

/**
 * Everything the processor says about one game. A game without play-by-play has no replay and no
 * verification: its reason is "no play-by-play", which is not an error.
 */
public record GameReport(RawGame game, Status status, ReplayResult replay, Verification verification) {

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
