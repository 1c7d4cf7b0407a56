package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoxScoreTallyTest {
  private static List<GeneratedGame> games;

  @BeforeAll
  static void generate() {
    games = TestGames.spreadWithPlays(60).stream().map(TestGames::generate).toList();
  }

  @Test
  void pointsAgreeBetweenPlaysLinescoresAndPlayers() {
    for (GeneratedGame g : games) {
      List<Play> plays = g.simulation().plays();
      Play last = plays.get(plays.size() - 1);
      for (TeamBox team : List.of(g.box().home(), g.box().away())) {
        int fromPlays = plays.stream().filter(p -> p.side() == team.side()).mapToInt(Play::points).sum();
        assertEquals(fromPlays, team.points());
        assertEquals(fromPlays, team.total(BoxStat.PTS));
        assertEquals(team.side() == Side.HOME ? last.homeScore() : last.awayScore(), team.points());
        assertEquals(g.simulation().periods(), team.periodPoints().size());
        int fieldGoals = team.total(BoxStat.FGM) - team.total(BoxStat.THREE_PM);
        assertEquals(team.points(), 2 * fieldGoals + 3 * team.total(BoxStat.THREE_PM) + team.total(BoxStat.FTM));
      }
    }
  }

  @Test
  void plusMinusAndMinutesAddUp() {
    for (GeneratedGame g : games) {
      int margin = g.box().home().points() - g.box().away().points();
      for (TeamBox team : List.of(g.box().home(), g.box().away())) {
        int plusMinus = team.lines().stream().mapToInt(PlayerLine::plusMinus).sum();
        assertEquals(5 * (team.side() == Side.HOME ? margin : -margin), plusMinus);
        int tenths = team.lines().stream().mapToInt(PlayerLine::tenthsOnCourt).sum();
        int gameTenths = 4 * GameClock.QUARTER_TENTHS + (g.simulation().periods() - 4) * GameClock.OVERTIME_TENTHS;
        assertEquals(5 * gameTenths, tenths, g.game().gameId());
      }
    }
  }

  @Test
  void countsFollowEspnRules() {
    for (GeneratedGame g : games) {
      List<Play> plays = g.simulation().plays();
      for (TeamBox team : List.of(g.box().home(), g.box().away())) {
        Side side = team.side();
        long playerRebounds = plays.stream().filter(p -> p.kind() == PlayKind.REBOUND && p.side() == side
            && !p.participants().isEmpty()).count();
        long teamRebounds = plays.stream().filter(p -> p.kind() == PlayKind.REBOUND && p.side() == side
            && p.participants().isEmpty()).count();
        assertEquals(playerRebounds, team.total(BoxStat.OREB) + team.total(BoxStat.DREB));
        assertEquals(teamRebounds, team.teamRebounds());
        long personalFouls = plays.stream().filter(p -> p.kind() == PlayKind.FOUL && p.side() == side).count();
        assertEquals(personalFouls, team.total(BoxStat.PF), "technicals are not personal fouls");
        long playerTurnovers = plays.stream().filter(p -> p.kind() == PlayKind.TURNOVER && p.side() == side
            && !p.participants().isEmpty()).count();
        assertEquals(playerTurnovers, team.total(BoxStat.TO));
        assertTrue(team.lines().stream().allMatch(l -> l.get(BoxStat.PF) <= TeamInGame.FOUL_LIMIT));
      }
    }
  }

  @Test
  void starterLinesComeFirstAndUnusedPlayersLast() {
    for (GeneratedGame g : games) {
      for (TeamBox team : List.of(g.box().home(), g.box().away())) {
        List<PlayerLine> lines = team.lines();
        assertEquals(Rosters.ROSTER_SIZE, lines.size());
        for (int i = 0; i < 5; i++) {
          assertTrue(lines.get(i).starter && lines.get(i).played());
        }
        boolean unusedSeen = false;
        for (PlayerLine line : lines.subList(5, lines.size())) {
          unusedSeen |= !line.played();
          assertTrue(!unusedSeen || !line.played(), "unused players come last");
        }
      }
    }
  }

  @Test
  void aFaultChangesExactlyOneStatByOne() {
    ScheduledGame game = games.get(0).game();
    GeneratedGame clean = GeneratedGame.generate(game, TestGames.SEED, 0.0);
    GeneratedGame faulty = GeneratedGame.generate(game, TestGames.SEED, 1.0);
    assertNotNull(faulty.fault());
    int differences = 0;
    for (Side side : List.of(Side.HOME, Side.AWAY)) {
      List<PlayerLine> a = clean.box().team(side).lines();
      List<PlayerLine> b = faulty.box().team(side).lines();
      for (int i = 0; i < a.size(); i++) {
        for (BoxStat stat : BoxStat.values()) {
          int delta = b.get(i).get(stat) - a.get(i).get(stat);
          if (delta != 0) {
            differences++;
            assertEquals(1, Math.abs(delta));
            assertEquals(stat, faulty.fault().stat());
            assertEquals(a.get(i).athlete(), faulty.fault().athlete());
          }
        }
      }
    }
    assertEquals(1, differences);
    assertEquals(clean.simulation().plays(), faulty.simulation().plays(), "the plays stay true");
  }
}
