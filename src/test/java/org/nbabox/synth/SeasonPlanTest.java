package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SeasonPlanTest {
  private final SeasonPlan plan = TestGames.plan();
  private final List<ScheduledGame> all = plan.allGames();

  @Test
  void fullPlanHasTheWholeHistory() {
    assertEquals(44_826, plan.totalGames());
    assertEquals(44_826, all.size());
    assertEquals(1993, all.get(0).season());
    assertEquals(2025, all.get(all.size() - 1).season());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).index());
    }
  }

  @Test
  void seasonsHaveRealisticSizes() {
    for (Season season : plan.seasons()) {
      int regular = season.games(ScheduleWindow.REGULAR);
      int playoffs = season.games(ScheduleWindow.PLAYOFFS);
      switch (season.year()) {
        case 1999 -> assertEquals(725, regular, "1999 lockout");
        case 2012 -> assertEquals(990, regular, "2012 lockout");
        case 2020 -> assertEquals(971, regular, "2020 suspension and bubble");
        case 2021 -> assertEquals(1080, regular, "2021 72-game season");
        default -> assertTrue(regular == 1107 || regular == 1189 || regular == 1230, season.year() + ": " + regular);
      }
      assertTrue(playoffs >= 60 && playoffs <= 90, season.year() + " playoffs " + playoffs);
      assertEquals(season.year() >= 2021 ? 6 : 0, season.games(ScheduleWindow.PLAY_IN));
    }
  }

  @Test
  void aboutThirtyPercentOfFilesHaveNoPlays() {
    long empty = all.stream().filter(g -> !g.hasPlayByPlay()).count();
    double share = (double) empty / all.size();
    assertTrue(share > 0.27 && share < 0.33, "empty share " + share);
    assertTrue(all.stream().filter(g -> !g.hasPlayByPlay()).allMatch(g -> g.season() <= 2002));
  }

  @Test
  void gameIdsFollowEspnSchemes() {
    Set<String> ids = new HashSet<>();
    Pattern modern = Pattern.compile("401\\d{6}");
    for (ScheduledGame g : all) {
      assertTrue(ids.add(g.gameId()), "duplicate id " + g.gameId());
      if (g.season() >= 2018) {
        assertTrue(modern.matcher(g.gameId()).matches(), g.gameId());
      } else {
        String expected = String.format("%02d%02d%02d0%02d", g.usDate().getYear() - 1980, g.usDate().getMonthValue(),
            g.usDate().getDayOfMonth(), g.home().number());
        assertEquals(expected, g.gameId());
      }
    }
  }

  /** Except the 2020 bubble playoffs, which ran until 11 October 2020. */
  @Test
  void octoberToDecemberGamesBelongToTheNextSeason() {
    for (ScheduledGame g : all) {
      int month = g.usDate().getMonthValue();
      boolean bubble = g.season() == 2020 && g.seasonType() == ScheduleWindow.PLAYOFFS;
      assertEquals(month >= 10 && !bubble ? g.usDate().getYear() + 1 : g.usDate().getYear(), g.season(), g.gameId());
      assertTrue(!g.home().equals(g.away()));
    }
  }

  @Test
  void samplesAreProportionalAndDeterministic() {
    List<ScheduledGame> sample = plan.sample(2_000);
    assertEquals(2_000, sample.size());
    assertEquals(sample, SeasonPlan.full(TestGames.SEED).sample(2_000));
    assertEquals(2_000, new HashSet<>(sample).size());
    for (Season season : plan.seasons()) {
      long picked = sample.stream().filter(g -> g.season() == season.year()).count();
      double expected = 2_000.0 * season.games() / plan.totalGames();
      assertTrue(Math.abs(picked - expected) < 1.0, season.year() + ": " + picked + " vs " + expected);
    }
    double emptyShare = sample.stream().filter(g -> !g.hasPlayByPlay()).count() / 2_000.0;
    assertTrue(emptyShare > 0.27 && emptyShare < 0.33, "sample empty share " + emptyShare);
    assertEquals(all, plan.sample(plan.totalGames()));
  }
}
