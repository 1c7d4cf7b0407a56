package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ESPN's bookkeeping quirks: plays entered late, exact duplicates, made free throws worth 0. */
class PlayQuirksTest {
  @TempDir
  Path dir;

  @Test
  void lateEntriesMakeSequenceNumbersGoDownButNotTheClock() {
    List<GeneratedGame> games = TestGames.regularSeason(2024, 40).stream().map(TestGames::generate).toList();
    int downs = 0;
    for (GeneratedGame g : games) {
      PlayLog log = g.log();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < log.size(); i++) {
        assertTrue(ids.add(log.id(i)), "ids are unique");
        assertEquals(g.game().gameId() + log.sequenceNumber(i), log.id(i));
        if (i > 0 && log.sequenceNumber(i) < log.sequenceNumber(i - 1)) {
          downs++;
        }
      }
      assertTrue(countDowns(log) <= log.lateEntries(), "each drop comes from a late play");
    }
    double perGame = (double) downs / games.size();
    assertTrue(perGame > 1 && perGame < 8, "sequence number drops per game " + perGame);
  }

  @Test
  void olderSeasonsUseFourteenDigitPlayIds() {
    GeneratedGame g = TestGames.generate(TestGames.regularSeason(2009, 1).get(0));
    String id = g.log().id(0);
    assertEquals(14, id.length());
    assertTrue(id.startsWith(g.game().gameId()));
    assertEquals(1, g.log().sequenceNumber(0));
  }

  @Test
  void aDuplicatedPlayIsRepeatedVerbatimRightAfterItself() throws IOException {
    ScheduledGame game = TestGames.games(g -> GameQuirks.of(g, TestGames.SEED, 0).duplicatedPlay(), 1).get(0);
    GeneratedGame g = TestGames.generate(game);
    JsonNode plays = TestGames.writeFormat1(g, dir).get("plays");
    assertEquals(g.log().size() + 1, plays.size());
    int pairs = 0;
    for (int i = 1; i < plays.size(); i++) {
      pairs += plays.get(i).equals(plays.get(i - 1)) ? 1 : 0;
    }
    assertEquals(1, pairs);
  }

  @Test
  void duplicatesAreRare() {
    List<ScheduledGame> withPlays = TestGames.games(ScheduledGame::hasPlayByPlay, 20_000);
    long duplicated = withPlays.stream().filter(g -> GameQuirks.of(g, TestGames.SEED, 0).duplicatedPlay()).count();
    double share = (double) duplicated / withPlays.size();
    assertTrue(share > 0.003 && share < 0.008, "duplicate share " + share);
  }

  @Test
  void madeFreeThrowsAreWorthZeroIn2018And2019Files() {
    GeneratedGame g = TestGames.generate(TestGames.regularSeason(2019, 1).get(0));
    List<Play> made = g.simulation().plays().stream()
        .filter(p -> p.kind() == PlayKind.FREE_THROW && p.made()).toList();
    assertTrue(!made.isEmpty() && made.stream().allMatch(p -> p.scoreValue() == 0 && p.scoringPlay()));
  }

  private static int countDowns(PlayLog log) {
    int downs = 0;
    for (int i = 1; i < log.size(); i++) {
      downs += log.sequenceNumber(i) < log.sequenceNumber(i - 1) ? 1 : 0;
    }
    return downs;
  }
}
