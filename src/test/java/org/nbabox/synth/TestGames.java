package org.nbabox.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Picks games from the plan, generates and writes them, for the tests. */
final class TestGames {
  static final long SEED = 42;
  static final ObjectMapper JSON = new ObjectMapper();
  private static final SeasonPlan PLAN = SeasonPlan.full(SEED);

  private TestGames() {}

  static SeasonPlan plan() {
    return PLAN;
  }

  /** The first {@code n} games of the full plan that match. */
  static List<ScheduledGame> games(Predicate<ScheduledGame> filter, int n) {
    return PLAN.allGames().stream().filter(filter).limit(n).toList();
  }

  static List<ScheduledGame> regularSeason(int season, int n) {
    return games(g -> g.season() == season && g.seasonType() == ScheduleWindow.REGULAR, n);
  }

  /** Games with play-by-play spread over all seasons from 2003 (every 40th of the plan). */
  static List<ScheduledGame> spreadWithPlays(int n) {
    List<ScheduledGame> all = PLAN.allGames();
    return IntStream.range(0, all.size()).filter(i -> i % 40 == 7).mapToObj(all::get)
        .filter(ScheduledGame::hasPlayByPlay).limit(n).toList();
  }

  static GeneratedGame generate(ScheduledGame game) {
    return GeneratedGame.generate(game, SEED, 0.0);
  }

  static JsonNode writeFormat1(GeneratedGame game, Path dir) throws IOException {
    GameFiles files = new GameFiles(dir, false);
    new Format1Writer().write(game, files, SEED);
    return JSON.readTree(files.path(game.game().gameId()).toFile());
  }

  static JsonNode realSample(String gameId) throws IOException {
    try (InputStream in = TestGames.class.getResourceAsStream("/espn/" + gameId + ".json")) {
      return JSON.readTree(in);
    }
  }
}
