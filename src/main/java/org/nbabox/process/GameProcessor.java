package org.nbabox.process;

import org.nbabox.espn.RawGame;
import org.nbabox.replay.GameReplay;
import org.nbabox.replay.ReplayResult;
import org.nbabox.replay.SnapshotListener;
import org.nbabox.verify.BoxScoreVerifier;
import org.nbabox.verify.Verification;

/** Replays and verifies one read game: the single entry point the CLI and the Spark job share. */
public final class GameProcessor {

    private GameProcessor() {
    }

    public static GameReport process(RawGame game, SnapshotListener listener) {
        if (!game.hasPlayByPlay()) {
            return new GameReport(game, GameReport.Status.NO_PLAY_BY_PLAY, null, null);
        }
        ReplayResult replay = GameReplay.replay(game, listener);
        Verification verification = BoxScoreVerifier.verify(game, replay);
        return new GameReport(game, GameReport.Status.PROCESSED, replay, verification);
    }
}
