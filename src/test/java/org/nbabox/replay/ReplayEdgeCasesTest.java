package org.nbabox.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nbabox.espn.BoxColumn;
import org.nbabox.espn.OfficialPlayerLine;
import org.nbabox.espn.RawGame;
import org.nbabox.espn.RawPlay;
import org.nbabox.events.EventKind;
import org.nbabox.events.GameEvent;
import org.nbabox.process.GameProcessor;
import org.nbabox.process.GameReport;
import org.nbabox.testing.MiniGame;
import org.nbabox.testing.SampleGames;

/**
 * Data the replay must survive and report rather than guess at or crash on, and the quirks of
 * ESPN-DATA.md pinned on the real games where they occur.
 */
class ReplayEdgeCasesTest {

    private static long count(ReplayResult r, String kind) {
        return r.anomalies().stream().filter(a -> a.kind().equals(kind)).count();
    }

    private static List<GameEvent> events(RawGame g) {
        List<GameEvent> out = new ArrayList<>();
        GameReplay.replay(g, s -> out.add(s.event()));
        return out;
    }

    private static int espn(RawGame g, String athleteId, BoxColumn col) {
        OfficialPlayerLine l = g.boxScore().players().stream().filter(p -> athleteId.equals(p.athleteId()))
                .findFirst().orElseThrow();
        return Integer.parseInt(l.stat(col));
    }

    // ---- bad data: reported, never a crash

    @Test
    void aPlayWithoutAValidPeriodIsSkippedAndReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 0, "11:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(92, "Player H2 makes 10-foot jumper", 1, "10:00", "1", 0, 2, "H2").last().put("scoringPlay", true);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(11, r.events());
        assertEquals(2, r.homeScore());
        assertEquals(1, count(r, "invalid_period"));
    }

    @Test
    void unreadableClocksKeepTheOrderTotalAndAreReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(16, "Home full timeout", 1, "abc", "1", 0, 0);
        g.play(92, "Player H1 makes 10-foot jumper", 1, "9:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(16, "Away full timeout", 1, "-1:00", "2", 0, 2);
        g.play(92, "Player A1 makes 10-foot jumper", 1, "10:00", "2", 2, 2, "A1").last().put("scoringPlay", true);
        for (int i = 0; i < 40; i++) { // enough events for TimSort's merge checks
            g.play(16, "timeout", 1, i % 3 == 0 ? "x" : (8 - i / 10) + ":" + (50 - i), "1", 2, 2);
        }
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(54, r.events());
        assertEquals(2, r.homeScore());
        assertEquals(2, r.awayScore());
        assertEquals(1, count(r, "unreadable_clock"));
        assertTrue(count(r, "clock_reordered") >= 1, "10:00 after 9:00 is moved");
    }

    @Test
    void aScoringPlayWithoutAKnownPlayerCountsForItsTeamAndItsPeriod() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Somebody Unknown makes 10-foot jumper", 1, "11:00", "1", 0, 2).last().put("scoringPlay", true);
        g.play(98, "Somebody Unknown makes free throw 1 of 1", 1, "11:00", "1", 0, 3).last().put("scoringPlay", true);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(3, r.homeScore());
        assertEquals(3, r.home().get(Stat.PTS), "team line agrees with the score");
        assertEquals(1, r.home().get(Stat.FGM));
        assertEquals(1, r.home().get(Stat.FTA));
        assertArrayEquals(new int[] {3}, r.homeLinescores(), "period points come from the score");
        assertEquals(2, count(r, "play_without_player"));
    }

    @Test
    void aFormat1PlayThatLostItsParticipantsIsReadFromItsText() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 25-foot three point jumper (Player H2 assists)", 1, "11:00", "1", 0, 3)
                .last().put("scoringPlay", true);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(3, r.players().get("H1").get(Stat.PTS));
        assertEquals(1, r.players().get("H1").get(Stat.FG3M));
        assertEquals(1, r.players().get("H2").get(Stat.AST));
        assertEquals(0, count(r, "play_without_player"));
    }

    @Test
    void aStatedTwoBeatsAJumpInEspnsRunningScore() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 6-foot two point shot", 1, "11:00", "1", 0, 3, "H1").last().put("scoringPlay", true);
        g.play(92, "Player A1 makes 8-foot jumper", 1, "10:00", "2", 2, 3, "A1").last().put("scoringPlay", true);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(2, r.players().get("H1").get(Stat.PTS));
        assertEquals(0, r.players().get("H1").get(Stat.FG3A));
        assertEquals(2, r.homeScore());
        assertEquals(1, count(r, "espn_score_mismatch"), "ESPN's 3 is reported, not believed");
    }

    @Test
    void aShotNothingPlacesCountsAsATwoAndIsReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 misses jumper", 1, "11:00", "1", 0, 0, "H1");
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(1, r.players().get("H1").get(Stat.FGA));
        assertEquals(0, r.players().get("H1").get(Stat.FG3A));
        assertEquals(1, count(r, "shot_value_unknown"));
    }

    @Test
    void missingStretchesAtAPeriodsEndAndWholeMissingPeriodsAreReportedAndLinescoresKeepTheirPeriod() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "8:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.everyoneActs(3, "12:00");
        g.play(92, "Player A1 makes 10-foot jumper", 3, "1:00", "2", 2, 2, "A1").last().put("scoringPlay", true);
        g.play(412, "End of the 3rd Quarter", 3, "0.0", null, 2, 2);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        List<String> missing = r.anomalies().stream().filter(a -> a.kind().equals("missing_play_by_play"))
                .map(Anomaly::detail).toList();
        assertEquals(List.of("period 1: no play-by-play from 8:00 to 0.0", "period 2: no play-by-play at all",
                "period 3: no play-by-play from 12:00 to 1:00"), missing);
        assertArrayEquals(new int[] {2, 0, 0}, r.homeLinescores());
        assertArrayEquals(new int[] {0, 0, 2}, r.awayLinescores());
    }

    @Test
    void theFormatBlockSetsPeriodLengths() {
        MiniGame g = new MiniGame().format(4, 600, 300).everyoneActs(1, "10:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "7:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(16, "Home full timeout", 1, "3:30", "1", 0, 2);
        g.play(412, "End of the 1st Quarter", 1, "0.0", null, 0, 2);
        List<Integer> elapsed = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> elapsed.add(s.elapsedTenths()));
        assertEquals(1800, elapsed.get(10), "7:00 left of a 10-minute quarter");
        assertEquals(6000, elapsed.get(12));
        assertEquals(6000, r.players().get("H1").tenthsPlayed(), "ten minutes played, not twelve");
        assertEquals(0, count(r, "missing_play_by_play"));
    }

    @Test
    void aPlayOfATeamNotInTheGameScoresForItsPlayersTeamAndIsReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "11:00", "777", 0, 2, "H1").last().put("scoringPlay", true);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(2, r.homeScore(), "H1 plays for the home team");
        assertEquals(0, r.awayScore());
        assertEquals(1, count(r, "unknown_team"));
    }

    @Test
    void aClockWithSixtySecondsOrMoreIsUnreadableAndShotsAtTheRimAreTwos() {
        assertEquals(-1, GameClock.tenthsLeft("11:61"));
        assertEquals(-1, GameClock.tenthsLeft("-1:00"));
        assertEquals(7190, GameClock.tenthsLeft("11:59"));
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 misses driving layup", 1, "11:00", "1", 0, 0, "H1");
        g.play(92, "Player H2 misses dunk", 1, "10:00", "1", 0, 0, "H2");
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(0, r.home().get(Stat.FG3A));
        assertEquals(0, count(r, "shot_value_unknown"), "a layup or a dunk is a two by its kind");
    }

    @Test
    void aHeldBallWithOneNameIsAJumpBallByItsText() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(9999, "Player H1 jump ball", 1, "11:00", "1", 0, 0, "H1");
        List<GameEvent> events = events(g.read());
        assertEquals(EventKind.JUMP_BALL, events.get(10).kind());
        assertEquals("H1", events.get(10).player1());
    }

    @Test
    void aGameWithoutPlayByPlayYieldsNoSnapshotsAndItsReason() {
        MiniGame g = new MiniGame();
        List<Snapshot> seen = new ArrayList<>();
        GameReport report = GameProcessor.process(g.read(), seen::add);
        assertEquals(GameReport.Status.NO_PLAY_BY_PLAY, report.status());
        assertEquals("no play-by-play", report.status().label());
        assertEquals(0, seen.size());
    }

    // ---- quirks of ESPN-DATA.md on the real games

    /** The plays of a real game whose text holds {@code word} (and not {@code unless}): each is {@code kind}, and its player's PF is ESPN's. */
    private static void eachIsOfKindWithEspnsPersonalFouls(String gameId, String word, String unless, EventKind kind) {
        RawGame g = SampleGames.read(gameId);
        List<GameEvent> found = events(g).stream()
                .filter(e -> e.play().text().toLowerCase(Locale.ROOT).contains(word)
                        && (unless == null || !e.play().text().toLowerCase(Locale.ROOT).contains(unless)))
                .toList();
        assertTrue(!found.isEmpty(), gameId + " has a play with \"" + word + "\"");
        ReplayResult r = GameReplay.replay(g, SnapshotListener.NONE);
        for (GameEvent e : found) {
            assertEquals(kind, e.kind(), e.play().text());
            assertEquals(espn(g, e.player1(), BoxColumn.PF), r.players().get(e.player1()).get(Stat.PF), e.play().text());
        }
    }

    @Test
    void flagrantFoulsArePersonalFouls() {
        eachIsOfKindWithEspnsPersonalFouls("401736813", "flagrant", "free throw", EventKind.PERSONAL_FOUL);
    }

    @Test
    void ejectionsTypedNoEjectionAreEjectionsAndNotPersonalFouls() {
        for (String id : List.of("291225013", "401070730")) {
            eachIsOfKindWithEspnsPersonalFouls(id, "ejected", null, EventKind.EJECTION);
        }
    }

    @Test
    void aDoubleTechnicalNamesBothPlayersAndCountsAsNeithersPersonalFoul() {
        RawGame g = SampleGames.read("291225013");
        List<GameEvent> doubles = events(g).stream()
                .filter(e -> e.play().text().toLowerCase(Locale.ROOT).contains("double technical")).toList();
        assertEquals(1, doubles.size());
        GameEvent e = doubles.get(0);
        assertEquals(EventKind.TECHNICAL_FOUL, e.kind());
        RawPlay p = e.play();
        assertEquals(2, p.participants().size());
        ReplayResult r = GameReplay.replay(g, SnapshotListener.NONE);
        for (String athlete : p.participants()) {
            assertEquals(espn(g, athlete, BoxColumn.PF), r.players().get(athlete).get(Stat.PF));
        }
    }

    @Test
    void endGameRecordedTwiceIsTwoEventsAndChangesNothing() {
        RawGame g = SampleGames.read("221029013");
        List<GameEvent> events = events(g);
        assertEquals(g.plays().size(), events.size(), "one snapshot per play, none dropped");
        assertEquals(2, events.stream().filter(e -> e.kind() == EventKind.GAME_END).count());
    }

    @Test
    void plusMinusShownAsDashesIsNotCompared() {
        GameReport report = GameProcessor.process(SampleGames.read("280605002"), SnapshotListener.NONE);
        assertEquals(0, report.verification().plusMinusCompared());
        assertEquals(13 * report.verification().playersCompared(), report.verification().cellsCompared());
    }
}
