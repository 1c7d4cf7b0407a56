package org.nbabox.testing;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.nbabox.espn.BadGameFileException;
import org.nbabox.espn.GameFileReader;
import org.nbabox.espn.RawGame;

/** The real ESPN sample games bundled as test resources (see src/test/resources/espn/SOURCES.md). */
public final class SampleGames {

    /** Games whose play-by-play is complete. */
    public static final List<String> COMPLETE = List.of("401736813", "401070702", "401070730", "291225013", "280605002");
    /** The 2002-03 game with a missing stretch of play-by-play. */
    public static final String INCOMPLETE = "221029013";
    public static final List<String> ALL = List.of("401736813", "401070702", "401070730", "291225013", "280605002", "221029013");

    private SampleGames() {
    }

    public static Path dir() {
        return Paths.get("src/test/resources/espn").toAbsolutePath();
    }

    public static Path file(String gameId) {
        return dir().resolve(gameId + ".json");
    }

    public static RawGame read(String gameId) {
        try {
            return new GameFileReader().read(file(gameId), null);
        } catch (BadGameFileException e) {
            throw new AssertionError(e);
        }
    }
}
