package org.nbabox.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nbabox.espn.PeriodRules;
import org.nbabox.espn.TeamInfo;

/** Period lengths read back from stored events, moment checks and the text table of jobs/sql. */
class QueryFormattingTest {

    private static TreeMap<Integer, String> labels(String... l) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < l.length; i++) {
            m.put(i + 1, l[i]);
        }
        return m;
    }

    @Test
    void periodRulesComeBackFromTheEventsOfAGame() {
        assertEquals(PeriodRules.NBA, GameOutline.rules(labels("Q1", "Q2", "Q3", "Q4"),
                Map.of(1, 720.0, 2, 1440.0, 3, 2160.0, 4, 2880.0)));
        assertEquals(PeriodRules.NBA, GameOutline.rules(labels("Q1", "Q2", "Q3", "Q4", "OT1", "OT2"),
                Map.of(1, 720.0, 5, 3180.0, 6, 3480.0)));
        // 10-minute quarters and 5-minute overtimes, as a file's format block may say
        assertEquals(new PeriodRules(4, 600, 300), GameOutline.rules(labels("Q1", "Q2", "Q3", "Q4", "OT1"),
                Map.of(1, 600.0, 5, 2700.0)));
        // a game whose play-by-play stops after Q3 is still a four-quarter game
        assertEquals(PeriodRules.NBA, GameOutline.rules(labels("Q1", "Q2", "Q3"), Map.of(1, 720.0)));
    }

    @Test
    void momentsPastTheLastPeriodOrUnreadableAreBadQueries() {
        GameOutline g = new GameOutline("1", new TeamInfo("10", "HOM", null), new TeamInfo("20", "AWY", null), 5,
                PeriodRules.NBA);
        assertEquals(new GameMoment(5, 450), g.moment("OT1 0:45"));
        assertEquals(new GameMoment(Integer.MAX_VALUE, 0), g.moment("end of game"));
        assertEquals("\"OT2 1:00\" is past the end of game 1 (last period OT1)",
                assertThrows(BadQueryException.class, () -> g.moment("OT2 1:00")).getMessage());
        assertEquals("\"3181\" is past the end of game 1 (last period OT1)",
                assertThrows(BadQueryException.class, () -> g.moment("3181")).getMessage());
        assertThrows(BadQueryException.class, () -> g.moment("sometime"));
    }

    @Test
    void everyWrittenFormOfAMomentReadsAndImpossibleClocksAreRefused() {
        PeriodRules nba = PeriodRules.NBA;
        assertEquals(new GameMoment(3, 4520), GameMoment.parse("Q3 7:32", nba));
        assertEquals(new GameMoment(3, 4520), GameMoment.parse("3rd 7:32", nba));
        assertEquals(new GameMoment(5, 450), GameMoment.parse("OT1 0:45", nba));
        assertEquals(new GameMoment(6, 600), GameMoment.parse("2OT 1:00", nba));
        assertEquals(new GameMoment(6, 600), GameMoment.parse("2nd OT 1:00", nba));
        assertEquals(new GameMoment(2, 0), GameMoment.parse("halftime", nba));
        assertEquals(new GameMoment(1, 0), GameMoment.parse("end of Q1", nba));
        assertEquals(new GameMoment(4, 0), GameMoment.parse("end of regulation", nba));
        assertEquals(new GameMoment(3, 3300), GameMoment.parse("1830", nba));
        assertEquals(new GameMoment(1, 0), GameMoment.parse("720", nba), "a period boundary is the end of the earlier period");
        for (String bad : List.of("Q3 7:60", "Q3 7:75", "Q3 13:00", "Q0 5:00", "OT0 2:00", "Q3 7:3x", "")) {
            assertThrows(IllegalArgumentException.class, () -> GameMoment.parse(bad, nba), bad);
        }
    }

    @Test
    void textTablesAlignNumbersRightAndShowNulls() {
        TextTable t = new TextTable(List.of("game_id", "pts", "note"), new boolean[] {false, true, false});
        t.add(List.of("401070730", "133", "two\nlines"));
        t.add(Arrays.asList("1", "7", null));
        assertEquals(String.join("\n",
                " game_id   | pts | note",
                "-----------+-----+-----------",
                " 401070730 | 133 | two lines",
                " 1         |   7 | NULL",
                "(2 rows, more not shown)", ""), t.render(true));
        assertThrows(IllegalArgumentException.class, () -> t.add(List.of("only one")));
    }
}
