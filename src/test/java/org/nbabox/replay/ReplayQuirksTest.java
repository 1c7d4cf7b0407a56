package org.nbabox.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nbabox.espn.RawGame;
import org.nbabox.events.EventKind;
import org.nbabox.testing.MiniGame;
import org.nbabox.testing.SampleGames;

/** One test per known quirk of real play-by-play (see ESPN-DATA.md). */
class ReplayQuirksTest {

    private static ReplayResult replay(RawGame g, List<Snapshot> keep) {
        return GameReplay.replay(g, s -> keep.add(null));
    }

    private static boolean has(ReplayResult r, String kind) {
        return r.anomalies().stream().anyMatch(a -> a.kind().equals(kind));
    }

    @Test
    void clockTextIsReadInMinutesAndTenths() {
        assertEquals(7020, GameClock.tenthsLeft("11:42"));
        assertEquals(451, GameClock.tenthsLeft("45.1"));
        assertEquals(0, GameClock.tenthsLeft("0.0"));
        assertEquals(-1, GameClock.tenthsLeft("abc"));
        assertEquals("7:32", GameClock.display(4520));
        assertEquals("45.1", GameClock.display(451));
        // second quarter, 7:32 left: 12 minutes + 4:28 elapsed
        assertEquals(10 * (720 + 268), GameClock.elapsedTenths(org.nbabox.espn.PeriodRules.NBA, 2, 4520));
        assertEquals(10 * (2880 + 300), GameClock.elapsedTenths(org.nbabox.espn.PeriodRules.NBA, 5, 0));
    }

    @Test
    void exactDuplicatesAreDroppedAndReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "11:00", "1", 0, 2, "H1").last().put("scoringPlay", true).put("scoreValue", 2);
        g.duplicateLast();
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(2, r.homeScore());
        assertEquals(11, r.events());
        assertTrue(has(r, "duplicate_removed"));
    }

    @Test
    void aPlayWhoseClockRunsBackwardsIsMovedToItsMomentAndReported() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "10:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(584, "Player H6 enters the game for Player H2", 1, "11:00", "1", 0, 2, "H6", "H2");
        List<Integer> order = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> order.add(s.tenthsLeft()));
        assertTrue(has(r, "clock_reordered"));
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i) <= order.get(i - 1), "clock never runs backwards: " + order);
        }
        // H2 left at 11:00, so he played 60 s, and H6 60 s too (11:00 to 10:00 and the rest of the period)
        assertEquals(600, r.players().get("H2").tenthsPlayed());
        assertEquals(0, r.players().get("H2").get(Stat.PLUS_MINUS), "H2 was off court for the basket");
        assertEquals(2, r.players().get("H6").get(Stat.PLUS_MINUS));
    }

    @Test
    void putbackReboundRecordedAfterItsBasketIsMovedBeforeIt() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 misses 10-foot jumper", 1, "11:00", "1", 0, 0, "H1");
        g.play(94, "Player H2 makes tip shot", 1, "10:58", "1", 0, 2, "H2").last().put("scoringPlay", true);
        g.play(156, "Player H2 offensive rebound", 1, "10:58", "1", 0, 2, "H2");
        List<EventKind> kinds = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> kinds.add(s.event().kind()));
        assertTrue(has(r, "putback_reordered"));
        assertEquals(List.of(EventKind.SHOT_MISSED, EventKind.REBOUND_OFFENSIVE, EventKind.SHOT_MADE), kinds.subList(10, 13));
    }

    @Test
    void reboundBeforeItsMissedFreeThrowIsMovedAfterIt() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(44, "Player A1 shooting foul", 1, "9:00", "2", 0, 0, "A1", "H1");
        g.play(155, "Player A2 defensive rebound", 1, "9:00", "2", 0, 0, "A2");
        g.play(99, "Player H1 misses free throw 2 of 2", 1, "9:00", "1", 0, 0, "H1");
        List<EventKind> kinds = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> kinds.add(s.event().kind()));
        assertTrue(has(r, "rebound_reordered"));
        assertEquals(List.of(EventKind.FREE_THROW_MISSED, EventKind.REBOUND_DEFENSIVE), kinds.subList(11, 13));
    }

    @Test
    void teamReboundAfterAMissedFirstFreeThrowIsAPlaceholder() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(98, "Player H1 misses free throw 1 of 2", 1, "9:00", "1", 0, 0, "H1");
        g.play(156, "Home offensive team rebound", 1, "9:00", "1", 0, 0);
        g.play(99, "Player H1 misses free throw 2 of 2", 1, "9:00", "1", 0, 0, "H1");
        g.play(155, "Away defensive team rebound", 1, "9:00", "2", 0, 0);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(0, r.home().teamRebounds(), "placeholder rebound is not a rebound");
        assertEquals(1, r.away().teamRebounds());
        assertEquals(0, r.home().get(Stat.REB));
    }

    @Test
    void periodStartersAreInferredAndATechnicalAtTheStartIsNoEvidence() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        // period 2: no substitutions logged at its start; H7 (bench) gets a technical at 12:00
        g.play(35, "Player H7 technical foul", 2, "12:00", "1", 0, 0, "H7");
        g.play(584, "Player H6 enters the game for Player H1", 2, "11:00", "1", 0, 0, "H6", "H1");
        for (String id : new String[] {"H2", "H3", "H4", "H5", "A1", "A2", "A3", "A4", "A5"}) {
            g.play(45, "Player " + id + " personal foul", 2, "10:00", id.startsWith("H") ? "1" : "2", 0, 0, id);
        }
        List<List<String>> courts = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> courts.add(List.copyOf(s.homeOnCourt())));
        assertEquals(List.of("H1", "H2", "H3", "H4", "H5"), courts.get(10).stream().sorted().toList(),
                "H1 was subbed out before being subbed in: he started; H7's technical is not evidence");
        assertTrue(r.players().get("H7") == null || r.players().get("H7").tenthsPlayed() == 0);
        assertEquals(600 + 7200, r.players().get("H1").tenthsPlayed());
    }

    @Test
    void substitutionNamingOnlyOnePlayerStillMovesThatPlayer() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(584, "enters the game for Player H1", 1, "6:00", "1", 0, 0, "H1");
        g.play(584, "Player H6 enters the game for ", 1, "6:00", "1", 0, 0, "H6");
        List<List<String>> courts = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> courts.add(List.copyOf(s.homeOnCourt())));
        List<String> last = courts.get(courts.size() - 1);
        assertFalse(last.contains("H1"));
        assertTrue(last.contains("H6"));
        assertEquals(4, courts.get(courts.size() - 2).size(), "one player short between the two halves of the substitution");
        assertEquals(1, r.anomalies().stream().filter(a -> a.kind().equals("substitution_incomplete")).count(),
                "reported while the team was short; the second half made five again");
    }

    @Test
    void unknownTypeIdIsCountedReportedAndReadFromText() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(9999, "Player H1 makes 12-foot fancy new shot", 1, "11:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(9998, "something nobody understands", 1, "10:00", "1", 0, 2);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(2, r.unknownTypes());
        assertEquals(1, r.unclassified());
        assertEquals(2, r.players().get("H1").get(Stat.PTS));
        assertTrue(has(r, "unknown_type"));
        assertEquals(12, r.events(), "the game goes on");
    }

    @Test
    void espnsRunningScoreGlitchDoesNotChangeTheComputedScore() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(92, "Player H1 makes 10-foot jumper", 1, "11:00", "1", 0, 2, "H1").last().put("scoringPlay", true);
        g.play(16, "Home full timeout", 1, "10:50", "1", 0, 7);
        g.play(92, "Player A1 makes 10-foot jumper", 1, "10:30", "2", 2, 2, "A1").last().put("scoringPlay", true);
        List<Integer> home = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g.read(), s -> home.add(s.homeScore()));
        assertEquals(2, r.homeScore());
        assertEquals(2, home.get(11), "timeout row shows 7 at ESPN, computed stays 2");
        assertTrue(has(r, "espn_score_mismatch"));
    }

    @Test
    void madeFreeThrowWithScoreValueZeroCountsAndMissedThreeWithoutDistanceUsesCoordinates() {
        MiniGame g = new MiniGame().everyoneActs(1, "12:00");
        g.play(98, "Player H1 makes free throw 1 of 2", 1, "11:00", "1", 0, 1, "H1").last().put("scoringPlay", true).put("scoreValue", 0);
        g.play(92, "Player H2 misses jumper", 1, "10:00", "1", 0, 1, "H2").last().putObject("coordinate").put("x", 3).put("y", 2);
        g.play(92, "Player H3 misses jumper", 1, "9:00", "1", 0, 1, "H3").last().putObject("coordinate").put("x", 25).put("y", 10);
        ReplayResult r = GameReplay.replay(g.read(), SnapshotListener.NONE);
        assertEquals(1, r.players().get("H1").get(Stat.PTS));
        assertEquals(1, r.players().get("H2").get(Stat.FG3A), "corner location: a three");
        assertEquals(0, r.players().get("H3").get(Stat.FG3A), "10 feet: a two");
    }

    @Test
    void technicalFoulsAreNotPersonalFoulsAndIllegalDefenseTechnicalIsNone() {
        RawGame g = SampleGames.read("280605002");
        ReplayResult r = GameReplay.replay(g, SnapshotListener.NONE);
        // Lamar Odom's "illegal defense foul (1st personal foul)" is typed a technical: not a PF in ESPN's box
        String espnPf = g.boxScore().players().stream().filter(p -> "617".equals(p.athleteId())).findFirst().orElseThrow()
                .stat(org.nbabox.espn.BoxColumn.PF);
        assertEquals(Integer.parseInt(espnPf), r.players().get("617").get(Stat.PF));
        long technicals = g.plays().stream().filter(p -> p.typeId() == 29 && "617".equals(p.participant(0))).count();
        assertEquals(1, technicals);
    }

    @Test
    void realGameSnapshotsOneAfterEveryEventWithComputedScore() {
        RawGame g = SampleGames.read("401736813");
        List<int[]> scores = new ArrayList<>();
        ReplayResult r = GameReplay.replay(g, s -> scores.add(new int[] {s.eventIndex(), s.homeScore(), s.awayScore(),
                s.homeOnCourt().size(), s.awayOnCourt().size()}));
        assertEquals(459, r.events());
        assertEquals(459, scores.size());
        for (int i = 0; i < scores.size(); i++) {
            assertEquals(i, scores.get(i)[0]);
            assertEquals(5, scores.get(i)[3], "five on court for the home team at event " + i);
            assertEquals(5, scores.get(i)[4], "five on court for the away team at event " + i);
        }
        assertEquals(116, scores.get(458)[1]);
        assertEquals(109, scores.get(458)[2]);
        assertEquals(4, r.periods().size());
        assertEquals(33, r.periods().get(0).homePoints());
        assertEquals(21, r.periods().get(0).awayPoints());
        assertEquals("home", r.periods().get(0).winner());
        assertEquals(12, r.periods().get(0).margin());
        assertEquals(54, r.periods().get(0).total());
        assertEquals(57, r.periods().get(1).homeCumulative());
    }
}
