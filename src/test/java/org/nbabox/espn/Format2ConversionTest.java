package org.nbabox.espn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nbabox.process.GameProcessor;
import org.nbabox.process.GameReport;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Stat;
import org.nbabox.testing.Format2Converter;
import org.nbabox.testing.SampleGames;

/** Real Format 1 games rendered into Format 2 shape give the same box score through the text path. */
class Format2ConversionTest {

    static Iterable<String> games() {
        return SampleGames.ALL;
    }

    /** A real game rendered into Format 2 (play-by-play and box score files under {@code tmp}), read back. */
    private static RawGame asFormat2(String gameId, Path tmp) throws Exception {
        Path pbp = tmp.resolve(gameId + ".json");
        Path box = tmp.resolve("box-" + gameId + ".json");
        Format2Converter.convert(SampleGames.file(gameId), pbp, box);
        return new GameFileReader().read(pbp, box);
    }

    @ParameterizedTest
    @MethodSource("games")
    void textPathGivesTheSameBoxScore(String gameId, @TempDir Path tmp) throws Exception {
        RawGame f2 = asFormat2(gameId, tmp);
        RawGame f1 = SampleGames.read(gameId);
        assertEquals(2, f2.sourceFormat());
        assertEquals(f1.gameId(), f2.gameId());
        assertEquals(f1.season(), f2.season());
        assertEquals(f1.plays().size(), f2.plays().size());
        assertTrue(f2.plays().stream().noneMatch(p -> p.participants().size() > 1), "Format 2 has no participants");

        GameReport r1 = GameProcessor.process(f1, s -> { });
        GameReport r2 = GameProcessor.process(f2, s -> { });
        assertEquals(r1.replay().homeScore(), r2.replay().homeScore());
        assertEquals(r1.replay().awayScore(), r2.replay().awayScore());
        for (PlayerLine l1 : r1.replay().players().values()) {
            PlayerLine l2 = r2.replay().players().get(l1.playerId());
            assertNotNull(l2, gameId + ": " + l1.playerName() + " missing in the text path");
            for (Stat s : Stat.ALL) {
                assertEquals(l1.get(s), l2.get(s), gameId + ": " + l1.playerName() + " " + s);
            }
            assertEquals(l1.tenthsPlayed(), l2.tenthsPlayed(), gameId + ": " + l1.playerName() + " time");
        }
        assertEquals(r1.verification().cellsMatched(), r2.verification().cellsMatched());
    }

    /**
     * Every play of every era's wording (2002's "Stolen by", 2009's "Z blocks X's", technical free
     * throws, held balls, "Official Timeout"...) read from its text alone gives the event the type id
     * and participants give: the same kind, team and players, and the same on-court fives, at every event.
     */
    @ParameterizedTest
    @MethodSource("games")
    void everyPlayReadFromItsTextIsTheEventItsTypeIdSays(String gameId, @TempDir Path tmp) throws Exception {
        java.util.List<String> byType = events(SampleGames.read(gameId));
        java.util.List<String> byText = events(asFormat2(gameId, tmp));
        assertEquals(byType.size(), byText.size());
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (int i = 0; i < byType.size(); i++) {
            if (!byType.get(i).equals(byText.get(i))) {
                differ.add("event " + i + ": " + byType.get(i) + "  <>  " + byText.get(i));
            }
        }
        assertEquals(java.util.List.of(), differ, gameId);
    }

    private static java.util.List<String> events(RawGame g) {
        java.util.List<String> out = new java.util.ArrayList<>();
        org.nbabox.replay.GameReplay.replay(g, s -> {
            org.nbabox.events.GameEvent e = s.event();
            String players = "p1=" + e.player1() + " p2=" + e.player2() + " p3=" + e.player3();
            if (e.kind() == org.nbabox.events.EventKind.JUMP_BALL) {
                // the two jumpers have no order (ESPN's participants list them home first, its text not)
                players = "jumpers=" + new java.util.TreeSet<>(java.util.Arrays.asList(String.valueOf(e.player1()),
                        String.valueOf(e.player2()))) + " p3=" + e.player3();
            } else if (e.kind() == org.nbabox.events.EventKind.TECHNICAL_FOUL) {
                // "X double technical foul" names one of the two players: the text cannot give the other
                players = "p1=" + e.player1();
            }
            out.add(e.kind() + " team=" + e.teamId() + " " + players
                    + " pts=" + e.points() + " three=" + e.three() + " home=" + new java.util.TreeSet<>(s.homeOnCourt())
                    + " away=" + new java.util.TreeSet<>(s.awayOnCourt()) + " | " + e.play().text().trim());
        });
        return out;
    }
}
