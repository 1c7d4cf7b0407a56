package org.nbabox.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a game as ESPN's game-package page JSON ("Format 2"): the play-by-play page in
 * {@code DIR/pbp/<game_id>.json} and the box score page in {@code DIR/boxscores/<game_id>.json},
 * both under {@code page.content.gamepackage}. Plays come in {@code pbp.playGrps}, one list per
 * period, with no type, participants or sequence number: only the text, the team
 * ({@code homeAway}), the scores, the clock, {@code scoringPlay} (present only when true) and the
 * main player. Field goal types and locations are in {@code shtChrt.plays}, joined by play id.
 */
final class Format2Writer implements GameWriter {
  static final String PBP = "pbp";
  static final String BOXSCORES = "boxscores";
  private static final int PLAY_ROW_BYTES = 260;
  private static final int SHOT_ROW_BYTES = 230;
  private static final int WIN_PROBABILITY_BYTES = 70;

  @Override
  public void write(GeneratedGame game, GameFiles files, long seed) throws IOException {
    SplittableRandom rng = GameSeeds.forGame(seed, game.game().index(), GameSeeds.FILLER);
    Filler filler = new Filler(rng);
    int target = FileSize.target(rng);
    String id = game.game().gameId();
    files.write(PBP + "/" + id, out -> writePlayByPlayPage(out, game, filler, target));
    files.write(BOXSCORES + "/" + id, out -> writeBoxScorePage(out, game));
  }

  private static void writePlayByPlayPage(OutputStream out, GeneratedGame game, Filler filler, int target)
      throws IOException {
    CountingOutputStream counted = new CountingOutputStream(out);
    try (JsonGenerator g = Format1Writer.JSON.createGenerator(counted)) {
      ScheduledGame s = game.game();
      long expected = 12_000L + (long) game.playRows() * (PLAY_ROW_BYTES + 70) + shots(game) * SHOT_ROW_BYTES;
      long spare = Math.max(20_000, target - expected);
      openGamePackage(g);
      writeGameStrip(g, game);
      filler.news(g, s, "news", (int) (spare * 0.3));
      filler.odds(g, s, "gameOdds");
      writeGameInfo(g, game, filler);
      filler.standings(g, s, "stndngs");
      writeShotChart(g, game);
      writePlayGroups(g, game);
      long winProbability = game.hasPlays() ? (long) game.log().size() * WIN_PROBABILITY_BYTES : 30;
      filler.videos(g, s, "vids", target - winProbability, () -> {
        g.flush();
        return counted.count();
      });
      Filler.winProbability(g, "wnPrb", game.log(), game.hasPlays());
      closeGamePackage(g);
    }
  }

  private static void writeBoxScorePage(OutputStream out, GeneratedGame game) throws IOException {
    try (JsonGenerator g = Format1Writer.JSON.createGenerator(out)) {
      openGamePackage(g);
      writeGameStrip(g, game);
      g.writeArrayFieldStart("bxscr");
      for (TeamBox team : List.of(game.box().away(), game.box().home())) {
        g.writeStartObject();
        g.writeObjectFieldStart("tm");
        g.writeStringField("id", team.team().id());
        g.writeStringField("displayName", team.team().displayName());
        g.writeStringField("abbreviation", team.team().abbreviation());
        g.writeEndObject();
        g.writeArrayFieldStart("stats");
        writeAthleteGroup(g, game.era(), team, "starters", true);
        writeAthleteGroup(g, game.era(), team, "bench", false);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      closeGamePackage(g);
    }
  }

  private static void writeAthleteGroup(JsonGenerator g, Era era, TeamBox team, String type, boolean starters)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    Format1Writer.writeStrings(g, "keys", PlayerLine.KEYS);
    Format1Writer.writeStrings(g, "lbls", PlayerLine.LABELS);
    g.writeArrayFieldStart("athlts");
    for (PlayerLine line : team.lines()) {
      if (line.starter != starters) {
        continue;
      }
      Athlete a = line.athlete();
      g.writeStartObject();
      g.writeObjectFieldStart("athlt");
      g.writeStringField("id", a.id());
      g.writeStringField("dspNm", a.displayName());
      g.writeStringField("shrtNm", a.shortName());
      g.writeStringField("pos", a.position());
      g.writeStringField("jersey", a.jersey());
      g.writeEndObject();
      if (line.played()) {
        Format1Writer.writeStrings(g, "stats", line.stats(era.hasPlusMinus()));
      } else if (era.dashesForUnusedPlayers()) {
        Format1Writer.writeStrings(g, "stats", PlayerLine.dashes());
      } else {
        Format1Writer.writeStrings(g, "stats", List.of());
        g.writeBooleanField("dnp", true);
        g.writeStringField("dnpRsn", team.unavailableReason(a));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void openGamePackage(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("page");
    g.writeObjectFieldStart("content");
    g.writeObjectFieldStart("gamepackage");
  }

  private static void closeGamePackage(JsonGenerator g) throws IOException {
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** {@code gmStrp}: the score strip, with the season type and year. */
  private static void writeGameStrip(JsonGenerator g, GeneratedGame game) throws IOException {
    ScheduledGame s = game.game();
    g.writeObjectFieldStart("gmStrp");
    g.writeStringField("gid", s.gameId());
    g.writeNumberField("seasonType", s.seasonType());
    g.writeNumberField("seasonYear", s.season());
    g.writeStringField("dt", Format1Writer.headerDate(s.tipoff()));
    g.writeObjectFieldStart("status");
    g.writeStringField("det", Format1Writer.finalDetail(game.simulation().periods()));
    g.writeStringField("state", "post");
    g.writeEndObject();
    g.writeArrayFieldStart("tms");
    for (TeamBox team : List.of(game.box().away(), game.box().home())) {
      g.writeStartObject();
      g.writeStringField("id", team.team().id());
      g.writeStringField("abbrev", team.team().abbreviation());
      g.writeStringField("displayName", team.team().displayName());
      g.writeBooleanField("isHome", team.side() == Side.HOME);
      g.writeBooleanField("winner", game.box().winner() == team.side());
      g.writeStringField("score", Integer.toString(team.points()));
      g.writeArrayFieldStart("linescores");
      for (int points : team.periodPoints()) {
        g.writeStartObject();
        g.writeStringField("displayValue", Integer.toString(points));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeGameInfo(JsonGenerator g, GeneratedGame game, Filler filler) throws IOException {
    ScheduledGame s = game.game();
    g.writeObjectFieldStart("gmInfo");
    g.writeStringField("dtTm", Format1Writer.headerDate(s.tipoff()));
    g.writeNumberField("attnd", 14_000 + (s.index() * 7_919) % 7_000);
    g.writeStringField("loc", s.home().location() + " Arena");
    g.writeObjectFieldStart("locAddr");
    g.writeStringField("city", s.home().location());
    g.writeEndObject();
    g.writeArrayFieldStart("refs");
    for (int i = 0; i < 3; i++) {
      g.writeStartObject();
      g.writeStringField("dspNm", filler.officialName());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTeams(JsonGenerator g, GeneratedGame game) throws IOException {
    g.writeObjectFieldStart("tms");
    for (Side side : List.of(Side.HOME, Side.AWAY)) {
      Team team = game.simulation().sheet(side).team();
      g.writeObjectFieldStart(side.homeAway());
      g.writeStringField("id", team.id());
      g.writeStringField("displayName", team.displayName());
      g.writeStringField("abbrev", team.abbreviation());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code shtChrt.plays}: every field goal attempt with the play's id, type and location. */
  private static void writeShotChart(JsonGenerator g, GeneratedGame game) throws IOException {
    g.writeObjectFieldStart("shtChrt");
    g.writeArrayFieldStart("plays");
    if (game.hasPlays()) {
      PlayLog log = game.log();
      for (int i = 0; i < log.size(); i++) {
        Play play = log.play(i);
        if (play.kind() != PlayKind.FIELD_GOAL) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("id", log.id(i));
        g.writeStringField("text", play.text());
        g.writeStringField("homeAway", play.side().homeAway());
        g.writeBooleanField("scoringPlay", play.scoringPlay());
        writeAthlete(g, play.participant(0));
        g.writeObjectFieldStart("period");
        g.writeNumberField("number", play.period());
        g.writeEndObject();
        g.writeObjectFieldStart("coordinate");
        g.writeNumberField("x", play.coordinate().x());
        g.writeNumberField("y", play.coordinate().y());
        g.writeEndObject();
        g.writeBooleanField("shootingPlay", true);
        g.writeObjectFieldStart("type");
        g.writeStringField("id", Integer.toString(play.typeId()));
        g.writeStringField("txt", play.typeText());
        g.writeEndObject();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    writeTeams(g, game);
    g.writeEndObject();
  }

  /** {@code pbp.playGrps}: one list of plays per period. */
  private static void writePlayGroups(JsonGenerator g, GeneratedGame game) throws IOException {
    g.writeObjectFieldStart("pbp");
    g.writeArrayFieldStart("playGrps");
    if (game.hasPlays()) {
      PlayLog log = game.log();
      int period = 0;
      for (int i = 0; i < log.size(); i++) {
        Play play = log.play(i);
        if (play.period() != period) {
          if (period > 0) {
            g.writeEndArray();
          }
          g.writeStartArray();
          period = play.period();
        }
        writePlay(g, log, i);
        if (i == log.duplicatedIndex()) {
          writePlay(g, log, i);
        }
      }
      if (period > 0) {
        g.writeEndArray();
      }
    }
    g.writeEndArray();
    writeTeams(g, game);
    g.writeEndObject();
  }

  private static void writePlay(JsonGenerator g, PlayLog log, int i) throws IOException {
    Play play = log.play(i);
    g.writeStartObject();
    g.writeStringField("id", log.id(i));
    g.writeObjectFieldStart("period");
    g.writeNumberField("number", play.period());
    g.writeStringField("displayValue", GameClock.periodDisplay(play.period()));
    g.writeEndObject();
    g.writeStringField("text", play.text());
    if (play.side() != Side.NONE) {
      g.writeStringField("homeAway", play.side().homeAway());
    }
    g.writeNumberField("awayScore", play.awayScore());
    g.writeNumberField("homeScore", play.homeScore());
    g.writeObjectFieldStart("clock");
    g.writeStringField("displayValue", GameClock.display(play.clockTenths()));
    g.writeEndObject();
    if (play.scoringPlay()) {
      g.writeBooleanField("scoringPlay", true);
    }
    if (!play.participants().isEmpty()) {
      writeAthlete(g, play.participant(0));
    }
    g.writeEndObject();
  }

  private static void writeAthlete(JsonGenerator g, Athlete athlete) throws IOException {
    g.writeObjectFieldStart("athlete");
    g.writeStringField("id", athlete.id());
    g.writeStringField("name", athlete.displayName());
    g.writeEndObject();
  }

  private static long shots(GeneratedGame game) {
    return game.hasPlays() ? game.log().plays().stream().filter(p -> p.kind() == PlayKind.FIELD_GOAL).count() : 0;
  }
}
