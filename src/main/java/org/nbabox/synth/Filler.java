package org.nbabox.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The sections of a real ESPN game file that a box-score processor does not use (article, news,
 * odds, standings, videos, win probability...), with plausible shapes and mixed value types, sized
 * so that files weigh what real ones do. Text comes from a fixed pool of sentences.
 */
final class Filler {
  private static final String[] WORDS = {
    "the", "a", "and", "with", "after", "before", "in", "on", "for", "against", "to", "of", "his", "their",
    "scored", "points", "rebounds", "assists", "quarter", "half", "lead", "run", "defense", "offense", "bench",
    "starters", "coach", "season", "game", "night", "home", "road", "streak", "win", "loss", "three-pointer",
    "layup", "dunk", "free throws", "turnovers", "minutes", "fourth", "third", "second", "first", "late",
    "early", "rally", "comeback", "career-high", "double-double", "triple-double", "All-Star", "rookie",
    "veteran", "guard", "forward", "center", "shooting", "percent", "arena", "crowd", "playoff", "race",
    "conference", "standings", "injury", "ankle", "knee", "return", "trade", "deadline", "contract", "series",
    "matchup", "pace", "transition", "paint", "perimeter", "clutch", "buzzer", "timeout", "challenge", "review"
  };
  private static final String[] SENTENCES = sentencePool();
  private static final String[] OFFICIALS = {
    "Scott Foster", "Tony Brothers", "Marc Davis", "Zach Zarba", "James Capers", "Ed Malloy", "Sean Wright",
    "Josh Tiven", "Kane Fitzgerald", "Bill Kennedy", "Courtney Kirkland", "Curtis Blair", "Ben Taylor"
  };

  private final SplittableRandom rng;

  Filler(SplittableRandom rng) {
    this.rng = rng;
  }

  private static String[] sentencePool() {
    SplittableRandom pool = new SplittableRandom(20_250_101L);
    String[] sentences = new String[512];
    for (int i = 0; i < sentences.length; i++) {
      int words = 8 + pool.nextInt(14);
      StringBuilder s = new StringBuilder(words * 8);
      for (int w = 0; w < words; w++) {
        String word = WORDS[pool.nextInt(WORDS.length)];
        s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        s.append(w == words - 1 ? ". " : pool.nextInt(9) == 0 ? ", " : " ");
      }
      sentences[i] = s.toString();
    }
    return sentences;
  }

  String officialName() {
    return OFFICIALS[rng.nextInt(OFFICIALS.length)];
  }

  String sentence() {
    return SENTENCES[rng.nextInt(SENTENCES.length)].trim();
  }

  String paragraphs(int approxChars) {
    StringBuilder s = new StringBuilder(approxChars + 200);
    while (s.length() < approxChars) {
      s.append("<p>");
      for (int i = 2 + rng.nextInt(4); i > 0; i--) {
        s.append(SENTENCES[rng.nextInt(SENTENCES.length)]);
      }
      s.append("</p>\n");
    }
    return s.toString();
  }

  /** {@code article}: the game story, about {@code approxBytes} long. */
  void article(JsonGenerator g, ScheduledGame game, int approxBytes) throws IOException {
    g.writeObjectFieldStart("article");
    g.writeNumberField("id", 40_000_000 + rng.nextInt(9_000_000));
    g.writeStringField("type", "Recap");
    g.writeStringField("headline", sentence());
    g.writeStringField("description", sentence() + " " + sentence());
    g.writeStringField("published", iso(game.tipoff().plusSeconds(9_000)));
    g.writeBooleanField("premium", false);
    g.writeStringField("story", paragraphs(Math.max(500, approxBytes - 1_500)));
    images(g, 2);
    categories(g, game);
    links(g, "story");
    g.writeEndObject();
  }

  void broadcasts(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("broadcasts");
    for (String network : new String[] {"ESPN", "NBA TV", "Local"}) {
      g.writeStartObject();
      g.writeObjectFieldStart("type");
      g.writeStringField("id", "1");
      g.writeStringField("shortName", "TV");
      g.writeEndObject();
      g.writeObjectFieldStart("market");
      g.writeStringField("id", Integer.toString(1 + rng.nextInt(3)));
      g.writeStringField("type", network.equals("Local") ? "Home" : "National");
      g.writeEndObject();
      g.writeObjectFieldStart("media");
      g.writeStringField("shortName", network);
      g.writeEndObject();
      g.writeStringField("lang", "en");
      g.writeStringField("region", "us");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code gameInfo}: venue, attendance, officials. */
  void gameInfo(JsonGenerator g, ScheduledGame game) throws IOException {
    g.writeObjectFieldStart("gameInfo");
    g.writeObjectFieldStart("venue");
    g.writeStringField("id", Integer.toString(1_800 + game.home().number()));
    g.writeStringField("fullName", game.home().location() + " Arena");
    g.writeObjectFieldStart("address");
    g.writeStringField("city", game.home().location());
    g.writeStringField("country", "USA");
    g.writeEndObject();
    g.writeBooleanField("grass", false);
    images(g, 1);
    g.writeEndObject();
    g.writeNumberField("attendance", 14_000 + rng.nextInt(7_000));
    g.writeArrayFieldStart("officials");
    for (int i = 0; i < 3; i++) {
      g.writeStartObject();
      String name = officialName();
      g.writeStringField("fullName", name);
      g.writeStringField("displayName", name);
      g.writeObjectFieldStart("position");
      g.writeStringField("name", "Referee");
      g.writeStringField("displayName", "Referee");
      g.writeStringField("id", "4");
      g.writeEndObject();
      g.writeNumberField("order", i + 1);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code leaders}: top scorer, rebounder and passer of each team. */
  void leaders(JsonGenerator g, BoxScore box) throws IOException {
    g.writeArrayFieldStart("leaders");
    for (TeamBox team : List.of(box.away(), box.home())) {
      g.writeStartObject();
      g.writeObjectFieldStart("team");
      g.writeStringField("id", team.team().id());
      g.writeStringField("abbreviation", team.team().abbreviation());
      g.writeStringField("displayName", team.team().displayName());
      g.writeEndObject();
      g.writeArrayFieldStart("leaders");
      leader(g, team, "points", "Points", "PTS", BoxStat.PTS);
      leader(g, team, "assists", "Assists", "AST", BoxStat.AST);
      leader(g, team, "rebounds", "Rebounds", "REB", null);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void leader(JsonGenerator g, TeamBox team, String name, String display, String unit, BoxStat stat)
      throws IOException {
    PlayerLine best = team.lines().get(0);
    for (PlayerLine line : team.lines()) {
      if (value(line, stat) > value(best, stat)) {
        best = line;
      }
    }
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("displayName", display);
    g.writeArrayFieldStart("leaders");
    g.writeStartObject();
    g.writeStringField("displayValue", value(best, stat) + " " + unit);
    g.writeObjectFieldStart("athlete");
    g.writeStringField("id", best.athlete().id());
    g.writeStringField("displayName", best.athlete().displayName());
    g.writeStringField("shortName", best.athlete().shortName());
    g.writeStringField("jersey", best.athlete().jersey());
    g.writeEndObject();
    g.writeNumberField("value", (double) value(best, stat));
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static int value(PlayerLine line, BoxStat stat) {
    return stat == null ? line.rebounds() : line.get(stat);
  }

  /** {@code news}: recent league articles, about {@code approxBytes}. */
  void news(JsonGenerator g, ScheduledGame game, String field, int approxBytes) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("header", "NBA News");
    links(g, "news");
    g.writeArrayFieldStart("articles");
    int articles = Math.max(1, approxBytes / 1_400);
    for (int i = 0; i < articles; i++) {
      g.writeStartObject();
      g.writeNumberField("id", 42_000_000 + rng.nextInt(9_000_000));
      g.writeNumberField("nowId", 1_000_000 + rng.nextInt(900_000));
      g.writeStringField("type", rng.nextBoolean() ? "HeadlineNews" : "Story");
      g.writeStringField("headline", sentence());
      g.writeStringField("description", sentence() + " " + sentence() + " " + sentence());
      g.writeStringField("lastModified", iso(game.tipoff().minusSeconds(rng.nextInt(400_000))));
      g.writeStringField("published", iso(game.tipoff().minusSeconds(400_000 + rng.nextInt(400_000))));
      images(g, 1);
      categories(g, game);
      g.writeBooleanField("premium", rng.nextInt(5) == 0);
      links(g, "story");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code odds} and friends: a few betting lines. */
  void odds(JsonGenerator g, ScheduledGame game, String field) throws IOException {
    g.writeArrayFieldStart(field);
    for (int provider = 0; provider < 2; provider++) {
      double spread = -0.5 - rng.nextInt(24) * 0.5;
      g.writeStartObject();
      g.writeObjectFieldStart("provider");
      g.writeStringField("id", provider == 0 ? "58" : "1002");
      g.writeStringField("name", provider == 0 ? "ESPN BET" : "teamrankings");
      g.writeNumberField("priority", provider + 1);
      g.writeEndObject();
      g.writeStringField("details", game.home().abbreviation() + " " + spread);
      g.writeNumberField("overUnder", 200.5 + rng.nextInt(60));
      g.writeNumberField("spread", spread);
      for (Team team : List.of(game.away(), game.home())) {
        g.writeObjectFieldStart(team == game.home() ? "homeTeamOdds" : "awayTeamOdds");
        g.writeBooleanField("favorite", team == game.home());
        g.writeBooleanField("underdog", team != game.home());
        g.writeNumberField("moneyLine", team == game.home() ? -110 - rng.nextInt(300) : 100 + rng.nextInt(300));
        g.writeNumberField("spreadOdds", -110.0);
        g.writeStringField("teamId", team.id());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  void predictor(JsonGenerator g, ScheduledGame game) throws IOException {
    double home = 35 + rng.nextInt(300) / 10.0;
    g.writeObjectFieldStart("predictor");
    g.writeStringField("header", "Matchup Predictor");
    g.writeObjectFieldStart("homeTeam");
    g.writeStringField("id", game.home().id());
    g.writeStringField("gameProjection", String.format(Locale.ROOT, "%.1f", home));
    g.writeStringField("teamChanceLoss", String.format(Locale.ROOT, "%.1f", 100 - home));
    g.writeEndObject();
    g.writeObjectFieldStart("awayTeam");
    g.writeStringField("id", game.away().id());
    g.writeStringField("gameProjection", String.format(Locale.ROOT, "%.1f", 100 - home));
    g.writeStringField("teamChanceLoss", String.format(Locale.ROOT, "%.1f", home));
    g.writeEndObject();
    g.writeEndObject();
  }

  void seasonSeries(JsonGenerator g, ScheduledGame game) throws IOException {
    g.writeArrayFieldStart("seasonseries");
    g.writeStartObject();
    g.writeStringField("type", "season");
    g.writeStringField("title", "Regular Season Series");
    g.writeStringField("summary", "Series tied " + rng.nextInt(3) + "-" + rng.nextInt(3));
    g.writeBooleanField("completed", rng.nextBoolean());
    g.writeNumberField("totalCompetitions", 2 + rng.nextInt(3));
    g.writeArrayFieldStart("events");
    for (int i = 0; i < 2; i++) {
      g.writeStartObject();
      g.writeStringField("id", Long.toString(400_000_000L + rng.nextInt(2_000_000)));
      g.writeStringField("date", iso(game.tipoff().minusSeconds(86_400L * (20 + rng.nextInt(80)))));
      g.writeStringField("statusType", "STATUS_FINAL");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  /** {@code standings}: both conferences, every team with a few stats. */
  void standings(JsonGenerator g, ScheduledGame game, String field) throws IOException {
    List<Team> teams = Teams.forSeason(game.season());
    g.writeObjectFieldStart(field);
    links(g, "standings");
    g.writeArrayFieldStart("groups");
    for (int conference = 0; conference < 2; conference++) {
      g.writeStartObject();
      g.writeStringField("header", conference == 0 ? "Eastern Conference" : "Western Conference");
      g.writeObjectFieldStart("standings");
      g.writeArrayFieldStart("entries");
      for (int t = conference; t < teams.size(); t += 2) {
        Team team = teams.get(t);
        int wins = rng.nextInt(60);
        int losses = rng.nextInt(60);
        g.writeStartObject();
        g.writeStringField("team", team.displayName());
        g.writeStringField("id", team.id());
        g.writeStringField("uid", "s:40~l:46~t:" + team.id());
        g.writeArrayFieldStart("stats");
        stat(g, "wins", wins);
        stat(g, "losses", losses);
        stat(g, "winPercent", wins + losses == 0 ? 0 : wins * 1000 / (wins + losses));
        stat(g, "gamesBehind", rng.nextInt(30));
        stat(g, "streak", rng.nextInt(7) - 3);
        g.writeEndArray();
        g.writeArrayFieldStart("logo");
        g.writeStartObject();
        g.writeStringField("href", "https://a.espncdn.com/i/teamlogos/nba/500/" + team.abbreviation().toLowerCase()
            + ".png");
        g.writeNumberField("width", 500);
        g.writeNumberField("height", 500);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void stat(JsonGenerator g, String name, int value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("displayValue", Integer.toString(value));
    g.writeNumberField("value", (double) value);
    g.writeEndObject();
  }

  /** How many bytes of the file have been written so far. */
  @FunctionalInterface
  interface Position {
    long bytes() throws IOException;
  }

  /** {@code videos}: highlight clips, at least one, until the file reaches {@code untilBytes}. */
  void videos(JsonGenerator g, ScheduledGame game, String field, long untilBytes, Position position)
      throws IOException {
    g.writeArrayFieldStart(field);
    do {
      long id = 43_000_000L + rng.nextInt(9_000_000);
      g.writeStartObject();
      g.writeNumberField("id", id);
      g.writeStringField("source", "espn");
      g.writeStringField("headline", sentence());
      g.writeStringField("description", sentence() + " " + sentence());
      g.writeNumberField("duration", 20 + rng.nextInt(200));
      g.writeStringField("thumbnail", "https://a.espncdn.com/media/motion/" + id + "/thumb.jpg");
      g.writeStringField("originalPublishDate", iso(game.tipoff().plusSeconds(rng.nextInt(12_000))));
      g.writeObjectFieldStart("links");
      g.writeObjectFieldStart("web");
      g.writeStringField("href", "https://www.espn.com/video/clip?id=" + id);
      g.writeEndObject();
      g.writeObjectFieldStart("source");
      g.writeStringField("href", "https://media.video-cdn.espn.com/motion/" + id + ".mp4");
      g.writeObjectFieldStart("HD");
      g.writeStringField("href", "https://media.video-cdn.espn.com/motion/" + id + "_1280x720.mp4");
      g.writeEndObject();
      g.writeEndObject();
      g.writeObjectFieldStart("mobile");
      g.writeStringField("href", "https://m.espn.com/general/video?vid=" + id);
      g.writeEndObject();
      g.writeEndObject();
      g.writeBooleanField("premium", false);
      g.writeEndObject();
    } while (position.bytes() < untilBytes);
    g.writeEndArray();
  }

  /** {@code winprobability}: one entry per play, home chance from score margin and time left. */
  static void winProbability(JsonGenerator g, String field, PlayLog log, boolean hasPlays) throws IOException {
    g.writeArrayFieldStart(field);
    if (hasPlays) {
      for (int i = 0; i < log.size(); i++) {
        Play play = log.play(i);
        double secondsLeft = Math.max(0, GameClock.REGULATION_PERIODS - play.period()) * 720
            + play.clockTenths() / 10.0;
        double margin = play.homeScore() - play.awayScore() + 2.0;
        double home = 1.0 / (1.0 + Math.exp(-margin / Math.sqrt(secondsLeft / 20.0 + 1.0)));
        g.writeStartObject();
        g.writeNumberField("homeWinPercentage", Math.round(home * 1000) / 1000.0);
        g.writeNumberField("tiesPercentage", 0.0);
        g.writeStringField("playId", log.id(i));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private void images(JsonGenerator g, int count) throws IOException {
    g.writeArrayFieldStart("images");
    for (int i = 0; i < count; i++) {
      int id = 39_000_000 + rng.nextInt(9_000_000);
      g.writeStartObject();
      g.writeStringField("type", "header");
      g.writeStringField("name", sentence());
      g.writeStringField("caption", sentence());
      g.writeNumberField("height", 324);
      g.writeNumberField("width", 576);
      g.writeStringField("url", "https://a.espncdn.com/photo/" + id + ".jpg");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void categories(JsonGenerator g, ScheduledGame game) throws IOException {
    g.writeArrayFieldStart("categories");
    for (Team team : List.of(game.home(), game.away())) {
      g.writeStartObject();
      g.writeStringField("type", "team");
      g.writeStringField("description", team.displayName());
      g.writeNumberField("teamId", team.number());
      g.writeObjectFieldStart("team");
      g.writeNumberField("id", team.number());
      g.writeStringField("description", team.displayName());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void links(JsonGenerator g, String kind) throws IOException {
    int id = 40_000_000 + rng.nextInt(9_000_000);
    g.writeObjectFieldStart("links");
    g.writeObjectFieldStart("web");
    g.writeStringField("href", "https://www.espn.com/nba/" + kind + "/_/id/" + id);
    g.writeEndObject();
    g.writeObjectFieldStart("mobile");
    g.writeStringField("href", "https://m.espn.com/nba/" + kind + "?storyId=" + id);
    g.writeEndObject();
    g.writeObjectFieldStart("api");
    g.writeObjectFieldStart("self");
    g.writeStringField("href", "https://content.core.api.espn.com/v1/sports/news/" + id);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  static String iso(Instant instant) {
    return instant.toString();
  }
}
