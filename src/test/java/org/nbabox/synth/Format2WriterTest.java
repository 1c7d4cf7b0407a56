package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Format2WriterTest {
  @TempDir
  static Path dir;
  private static GeneratedGame game;
  private static JsonNode pbp;
  private static JsonNode box;

  @BeforeAll
  static void write() throws IOException {
    game = TestGames.generate(TestGames.regularSeason(2021, 1).get(0));
    Files.createDirectories(dir.resolve(Format2Writer.PBP));
    Files.createDirectories(dir.resolve(Format2Writer.BOXSCORES));
    GameFiles files = new GameFiles(dir, false);
    new Format2Writer().write(game, files, TestGames.SEED);
    String id = game.game().gameId();
    pbp = TestGames.JSON.readTree(files.path(Format2Writer.PBP + "/" + id).toFile()).at("/page/content/gamepackage");
    box = TestGames.JSON.readTree(files.path(Format2Writer.BOXSCORES + "/" + id).toFile())
        .at("/page/content/gamepackage");
  }

  @Test
  void playGroupsHoldOneListPerPeriodWithTheGamePackageFields() {
    JsonNode groups = pbp.at("/pbp/playGrps");
    assertEquals(game.simulation().periods(), groups.size());
    int rows = 0;
    for (int period = 0; period < groups.size(); period++) {
      for (JsonNode play : groups.get(period)) {
        rows++;
        assertEquals(period + 1, play.at("/period/number").intValue());
        assertTrue(play.get("id").isTextual() && play.get("text").isTextual());
        assertTrue(play.get("awayScore").isInt() && play.get("homeScore").isInt());
        assertTrue(play.at("/clock/displayValue").isTextual());
        assertFalse(play.has("type") || play.has("participants") || play.has("sequenceNumber"));
        assertTrue(!play.has("scoringPlay") || play.get("scoringPlay").booleanValue(), "scoringPlay only when true");
        if (play.has("homeAway")) {
          assertTrue(Set.of("home", "away").contains(play.get("homeAway").textValue()));
        }
        if (play.has("athlete")) {
          assertTrue(play.at("/athlete/id").isTextual() && play.at("/athlete/name").isTextual());
        }
      }
    }
    assertEquals(game.playRows(), rows);
    assertEquals("home", pbp.at("/pbp/tms/home").isObject() ? "home" : "");
    assertEquals(game.game().home().abbreviation(), pbp.at("/pbp/tms/home/abbrev").textValue());
  }

  @Test
  void shotChartJoinsThePlaysById() {
    Set<String> playIds = new HashSet<>();
    pbp.at("/pbp/playGrps").forEach(period -> period.forEach(p -> playIds.add(p.get("id").textValue())));
    JsonNode shots = pbp.at("/shtChrt/plays");
    long fieldGoals = game.simulation().plays().stream().filter(p -> p.kind() == PlayKind.FIELD_GOAL).count();
    assertEquals(fieldGoals, shots.size());
    for (JsonNode shot : shots) {
      assertTrue(playIds.contains(shot.get("id").textValue()));
      assertTrue(shot.at("/type/txt").isTextual() && shot.at("/type/id").isTextual());
      assertTrue(shot.at("/coordinate/x").isInt() && shot.get("scoringPlay").isBoolean());
    }
  }

  @Test
  void stripAndInfoCarrySeasonAndDate() {
    assertEquals(game.game().seasonType(), pbp.at("/gmStrp/seasonType").intValue());
    assertEquals(2021, pbp.at("/gmStrp/seasonYear").intValue());
    assertEquals(Format1Writer.headerDate(game.game().tipoff()), pbp.at("/gmInfo/dtTm").textValue());
  }

  @Test
  void boxScorePageListsStartersAndBenchPerTeam() {
    JsonNode teams = box.get("bxscr");
    assertEquals(2, teams.size());
    for (JsonNode team : teams) {
      assertTrue(team.at("/tm/id").isTextual() && team.at("/tm/abbreviation").isTextual());
      JsonNode starters = team.at("/stats/0");
      assertEquals("starters", starters.get("type").textValue());
      assertEquals(5, starters.get("athlts").size());
      assertEquals("bench", team.at("/stats/1/type").textValue());
      assertEquals(PlayerLine.KEYS.size(), starters.get("keys").size());
      JsonNode first = starters.at("/athlts/0");
      assertTrue(first.at("/athlt/id").isTextual() && first.at("/athlt/dspNm").isTextual());
      assertEquals(14, first.get("stats").size());
    }
  }
}
