package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written files against the real 2024-25 sample game: same structure, same value types. */
class Format1WriterTest {
  private static final Set<String> FREE_THROW_TYPES = Set.of("97", "98", "99", "100", "101", "102", "103");
  @TempDir
  static Path dir;
  private static JsonNode real;
  private static GeneratedGame modern;
  private static JsonNode modernFile;

  @BeforeAll
  static void write() throws IOException {
    real = TestGames.realSample("401736813");
    modern = TestGames.generate(TestGames.regularSeason(2025, 1).get(0));
    modernFile = TestGames.writeFormat1(modern, dir);
  }

  @Test
  void topLevelSectionsComeInRealKeyOrderWithFillerBeforeHeaderAndPlays() {
    List<String> keys = new ArrayList<>();
    modernFile.fieldNames().forEachRemaining(keys::add);
    for (String section : List.of("boxscore", "format", "header", "plays", "news", "standings", "videos",
        "winprobability", "gameInfo", "leaders", "article", "odds")) {
      assertTrue(keys.contains(section), section);
    }
    assertTrue(keys.indexOf("article") < keys.indexOf("header"));
    assertTrue(keys.indexOf("gameInfo") < keys.indexOf("header"));
    assertTrue(keys.indexOf("news") < keys.indexOf("plays"));
    assertTrue(keys.indexOf("boxscore") < keys.indexOf("format"));
    assertTrue(keys.indexOf("header") < keys.indexOf("plays"));
    assertEquals(modern.log().size(), modernFile.get("winprobability").size(), "one win probability per play");
  }

  @Test
  void headerHasTheRealStructureAndTypes() {
    assertSameShape(real.get("header"), modernFile.get("header"), "header");
    JsonNode competition = modernFile.at("/header/competitions/0");
    assertRealKeysPresent(real.at("/header/competitions/0"), competition, "competition");
    assertRealKeysPresent(real.at("/header/competitions/0/competitors/0"), competition.at("/competitors/0"),
        "competitor");
    assertEquals(2025, modernFile.at("/header/season/year").intValue());
    assertEquals(2, modernFile.at("/header/season/type").intValue());
    assertEquals("full", competition.get("playByPlaySource").textValue());
  }

  @Test
  void playsHaveTheRealKeysInTheRealOrderAndTypes() {
    Map<String, JsonNode> realByKeys = new HashMap<>();
    real.get("plays").forEach(p -> realByKeys.putIfAbsent(keyList(p), p));
    for (JsonNode play : modernFile.get("plays")) {
      JsonNode twin = realByKeys.get(keyList(play));
      assertTrue(twin != null, "no real play has the keys " + keyList(play));
      assertSameShape(twin, play, "play " + play.get("id").textValue());
      assertTrue(play.get("sequenceNumber").isTextual() && play.get("awayScore").isInt());
    }
  }

  @Test
  void participantsFollowEspnRoleOrder() {
    Map<String, String> teamOf = new HashMap<>();
    for (JsonNode team : modernFile.at("/boxscore/players")) {
      for (JsonNode a : team.at("/statistics/0/athletes")) {
        teamOf.put(a.at("/athlete/id").textValue(), team.at("/team/id").textValue());
      }
    }
    for (JsonNode play : modernFile.get("plays")) {
      String type = play.at("/type/id").textValue();
      JsonNode parts = play.get("participants");
      String team = play.at("/team/id").textValue();
      String text = play.get("text").textValue();
      if (parts == null) {
        continue;
      }
      String first = parts.at("/0/athlete/id").textValue();
      String second = parts.size() > 1 ? parts.at("/1/athlete/id").textValue() : null;
      switch (type) {
        case "584" -> {
          assertEquals(team, teamOf.get(first));
          assertEquals(team, teamOf.get(second));
          assertTrue(text.contains(" enters the game for "));
        }
        case "62", "63" -> {
          assertEquals(team, teamOf.get(first), "committer first");
          if (second != null) {
            assertFalse(team.equals(teamOf.get(second)), "stealer second");
            assertTrue(text.endsWith(" steals)"));
          }
        }
        case "44", "45", "43" -> {
          assertEquals(team, teamOf.get(first), "fouler first");
          if (second != null) {
            assertFalse(team.equals(teamOf.get(second)), "fouled second");
            assertTrue(text.endsWith(" draws the foul)"));
          }
        }
        default -> {
          if (play.get("shootingPlay").booleanValue() && second != null && !type.equals("615")) {
            boolean blocked = text.contains(" blocks ");
            assertEquals(blocked, !team.equals(teamOf.get(second)), text);
            assertTrue(blocked || text.endsWith(" assists)"), text);
          }
        }
      }
    }
  }

  @Test
  void boxScoreHasTheRealStructureAndAgreesWithTheHeaderAndThePlays() {
    JsonNode realPlayers = real.at("/boxscore/players/0/statistics/0");
    JsonNode players = modernFile.at("/boxscore/players/0/statistics/0");
    assertEquals(realPlayers.get("keys"), players.get("keys"));
    assertEquals(realPlayers.get("labels"), players.get("labels"));
    assertRealKeysPresent(realPlayers.at("/athletes/0"), players.at("/athletes/0"), "athlete row");
    assertSameShape(real.at("/boxscore/teams/0"), modernFile.at("/boxscore/teams/0"), "boxscore team");
    Map<String, Integer> points = pointsFromPlays(modernFile.get("plays"));
    for (JsonNode competitor : modernFile.at("/header/competitions/0/competitors")) {
      String team = competitor.at("/team/id").textValue();
      int score = Integer.parseInt(competitor.get("score").textValue());
      int linescores = 0;
      for (JsonNode period : competitor.get("linescores")) {
        linescores += Integer.parseInt(period.get("displayValue").textValue());
      }
      assertEquals(score, linescores, "linescores sum to the score");
      assertEquals(score, points.get(team), "scoring plays sum to the score");
      assertEquals(score, boxPoints(modernFile, team), "box score points sum to the score");
    }
  }

  @Test
  void aNormalGameWeighsThreeToFourHundredKilobytes() throws IOException {
    for (GeneratedGame g : List.of(modern, TestGames.generate(TestGames.regularSeason(2012, 1).get(0)),
        TestGames.generate(TestGames.regularSeason(1998, 1).get(0)))) {
      TestGames.writeFormat1(g, dir);
      long size = Files.size(new GameFiles(dir, false).path(g.game().gameId()));
      assertTrue(size >= 300 * 1024 && size <= 400 * 1024, g.game().gameId() + ": " + size + " bytes");
    }
  }

  @Test
  void oldSeasonsHaveNoPlaysButAFullFile() throws IOException {
    GeneratedGame old = TestGames.generate(TestGames.regularSeason(2001, 1).get(0));
    JsonNode file = TestGames.writeFormat1(old, dir);
    assertEquals(0, file.get("plays").size());
    assertEquals("none", file.at("/header/competitions/0/playByPlaySource").textValue());
    assertEquals(2001, file.at("/header/season/year").intValue());
    assertTrue(file.at("/boxscore/players/0/statistics/0/athletes").size() > 10);
    String team = file.at("/header/competitions/0/competitors/0/team/id").textValue();
    assertEquals(Integer.parseInt(file.at("/header/competitions/0/competitors/0/score").textValue()),
        boxPoints(file, team));
    assertEquals("--", file.at("/boxscore/players/0/statistics/0/athletes/0/stats/12").textValue(), "no +/- then");
  }

  private static Map<String, Integer> pointsFromPlays(JsonNode plays) {
    Map<String, Integer> points = new HashMap<>();
    for (JsonNode p : plays) {
      if (p.get("scoringPlay").booleanValue()) {
        String type = p.at("/type/id").textValue();
        int x = p.at("/coordinate/x").intValue();
        int y = p.at("/coordinate/y").intValue();
        boolean freeThrow = FREE_THROW_TYPES.contains(type);
        boolean three = new Coordinate(x, y).beyondThreePointLine();
        points.merge(p.at("/team/id").textValue(), freeThrow ? 1 : three ? 3 : 2, Integer::sum);
      }
    }
    return points;
  }

  private static int boxPoints(JsonNode file, String team) {
    int total = 0;
    for (JsonNode t : file.at("/boxscore/players")) {
      if (t.at("/team/id").textValue().equals(team)) {
        for (JsonNode a : t.at("/statistics/0/athletes")) {
          JsonNode stats = a.get("stats");
          if (stats.size() == 14 && !stats.get(13).textValue().equals("--")) {
            total += Integer.parseInt(stats.get(13).textValue());
          }
        }
      }
    }
    return total;
  }

  private static String keyList(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return String.join(",", keys);
  }

  private static void assertRealKeysPresent(JsonNode real, JsonNode synthetic, String where) {
    for (Iterator<String> it = real.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      assertTrue(synthetic.has(key), where + " lacks " + key);
    }
  }

  /** Every key the two nodes share has the same JSON type, recursively (arrays: first elements). */
  static void assertSameShape(JsonNode real, JsonNode synthetic, String path) {
    assertEquals(real.getNodeType(), synthetic.getNodeType(), path);
    if (real.isObject()) {
      for (Iterator<String> it = real.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (synthetic.has(key)) {
          assertSameShape(real.get(key), synthetic.get(key), path + "." + key);
        }
      }
    } else if (real.isArray() && real.size() > 0 && synthetic.size() > 0) {
      assertSameShape(real.get(0), synthetic.get(0), path + "[0]");
    } else if (real.isNumber()) {
      assertEquals(real.isIntegralNumber(), synthetic.isIntegralNumber(), path);
    }
  }
}
