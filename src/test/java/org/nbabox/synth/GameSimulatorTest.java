package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GameSimulatorTest {
  private static List<GeneratedGame> games;

  @BeforeAll
  static void simulate() {
    games = TestGames.spreadWithPlays(240).stream().map(TestGames::generate).toList();
  }

  @Test
  void gamesHaveAboutFourHundredSixtyEvents() {
    double mean = games.stream().mapToInt(g -> g.simulation().plays().size()).average().orElse(0);
    assertTrue(mean > 420 && mean < 500, "mean plays " + mean);
  }

  @Test
  void someGamesGoToOvertimeWithFiveMinutePeriods() {
    List<GeneratedGame> overtime = games.stream().filter(g -> g.simulation().periods() > 4).toList();
    double share = (double) overtime.size() / games.size();
    assertTrue(share > 0.02 && share < 0.12, "overtime share " + share);
    for (GeneratedGame g : overtime) {
      Play first = g.simulation().plays().stream().filter(p -> p.period() == 5).findFirst().orElseThrow();
      assertEquals(GameClock.OVERTIME_TENTHS, first.clockTenths());
      assertEquals("5:00", GameClock.display(first.clockTenths()));
    }
  }

  @Test
  void clockNeverRunsBackwardsAndScoresAddUp() {
    for (GeneratedGame g : games) {
      Play previous = null;
      int home = 0;
      int away = 0;
      for (Play p : g.simulation().plays()) {
        if (previous != null && previous.period() == p.period()) {
          assertTrue(p.clockTenths() <= previous.clockTenths(), "clock ran back in " + g.game().gameId());
        }
        home += p.side() == Side.HOME ? p.points() : 0;
        away += p.side() == Side.AWAY ? p.points() : 0;
        assertEquals(home, p.homeScore());
        assertEquals(away, p.awayScore());
        previous = p;
      }
      assertTrue(home != away, "a game ends with a winner");
    }
  }

  /** (0, 0) means "no location" in old seasons: a shot placed there would lose what makes it a three. */
  @Test
  void noFieldGoalIsPlacedOnTheNoLocationMarker() {
    long shots = 0;
    for (GeneratedGame g : games) {
      for (Play p : g.simulation().plays()) {
        if (p.shot() != null) {
          shots++;
          assertTrue(!p.coordinate().equals(Coordinate.ORIGIN), "shot at (0, 0) in " + g.game().gameId() + ": " + p.text());
        }
      }
    }
    assertTrue(shots > 10_000, shots + " shots");
  }

  /** A reader infers a period's five starters: those who act, or are subbed out, before being subbed in. */
  @Test
  void periodStartersCanBeInferredFromThePlays() {
    int periodsWithSubstitutionsLater = 0;
    for (GeneratedGame g : games) {
      SimulatedGame s = g.simulation();
      for (int period = 1; period <= s.periods(); period++) {
        int p = period;
        List<Play> plays = s.plays().stream().filter(x -> x.period() == p).toList();
        assertTrue(plays.stream().noneMatch(x -> x.kind() == PlayKind.SUBSTITUTION
            && x.clockTenths() == GameClock.periodLength(p)), "no substitution rows at a period start");
        for (TeamSheet sheet : List.of(s.home(), s.away())) {
          Set<Athlete> expected = new HashSet<>(sheet.periodStarters().get(period - 1));
          assertEquals(expected, inferStarters(plays, sheet), g.game().gameId() + " period " + period);
        }
        periodsWithSubstitutionsLater += plays.stream().anyMatch(x -> x.kind() == PlayKind.SUBSTITUTION) ? 1 : 0;
      }
    }
    assertTrue(periodsWithSubstitutionsLater > games.size() * 3);
  }

  @Test
  void eventMixUsesModernEspnTypes() {
    Set<Integer> types = new HashSet<>();
    games.forEach(g -> g.simulation().plays().forEach(p -> types.add(p.typeId())));
    for (int id : new int[] {615, 92, 95, 96, 110, 131, 97, 98, 99, 103, 155, 156, 62, 63, 64, 70, 44, 45, 43, 35,
        584, 16, 412, 402}) {
      assertTrue(types.contains(id), "type " + id + " never generated");
    }
  }

  @Test
  void shotTextsMatchValueAndLocation() {
    for (GeneratedGame g : games) {
      for (Play p : g.simulation().plays()) {
        if (p.kind() != PlayKind.FIELD_GOAL) {
          continue;
        }
        assertEquals(p.three(), p.coordinate().beyondThreePointLine(), p.text());
        if (p.text().contains("-foot")) {
          assertTrue(p.text().contains(p.coordinate().feetFromBasket() + "-foot"), p.text() + " " + p.coordinate());
        }
        if (p.three() && p.shot() != ShotType.RUNNING_PULLUP) {
          assertTrue(p.text().contains("three point"), p.text());
        }
        assertEquals(p.made() ? (p.three() ? 3 : 2) : 0, p.points());
      }
    }
  }

  private static Set<Athlete> inferStarters(List<Play> plays, TeamSheet sheet) {
    Set<Athlete> roster = new HashSet<>();
    sheet.roster().forEach(r -> roster.add(r.athlete()));
    Set<Athlete> starters = new HashSet<>();
    Set<Athlete> subbedIn = new HashSet<>();
    for (Play p : plays) {
      if (p.kind() == PlayKind.SUBSTITUTION) {
        if (roster.contains(p.participant(1)) && !subbedIn.contains(p.participant(1))) {
          starters.add(p.participant(1));
        }
        subbedIn.add(p.participant(0));
      } else {
        for (Athlete a : p.participants()) {
          if (roster.contains(a) && !subbedIn.contains(a)) {
            starters.add(a);
          }
        }
      }
    }
    return starters;
  }
}
