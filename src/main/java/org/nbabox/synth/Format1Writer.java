package org.nbabox.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a game as ESPN's summary JSON ("Format 1"), one file {@code DIR/<game_id>.json}, streamed
 * with Jackson's generator. Keys in the alphabetical-ish order of real files, with filler sections
 * before {@code header} and before {@code plays} so that a reader has to skip them. Values have the
 * types of the real files: ids, sequence numbers, scores in the header and box-score stats are
 * strings; play scores, periods and coordinates are numbers.
 */
final class Format1Writer implements GameWriter {
  static final JsonFactory JSON = new JsonFactory()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
  private static final DateTimeFormatter HEADER_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** Bytes of one play row and one win-probability entry, to size the filler before the plays. */
  private static final int PLAY_ROW_BYTES = 430;
  private static final int WIN_PROBABILITY_BYTES = 78;

  @Override
  public void write(GeneratedGame game, GameFiles files, long seed) throws IOException {
    SplittableRandom rng = GameSeeds.forGame(seed, game.game().index(), GameSeeds.FILLER);
    Filler filler = new Filler(rng);
    int target = FileSize.target(rng);
    files.write(game.game().gameId(), out -> writeSummary(out, game, filler, target, rng));
  }

  private static void writeSummary(OutputStream out, GeneratedGame game, Filler filler, int target,
      SplittableRandom rng) throws IOException {
    CountingOutputStream counted = new CountingOutputStream(out);
    try (JsonGenerator g = JSON.createGenerator(counted)) {
      int rows = game.playRows();
      long expected = 34_000L + (long) rows * (PLAY_ROW_BYTES + WIN_PROBABILITY_BYTES);
      long spare = Math.max(20_000, target - expected);
      ScheduledGame s = game.game();
      g.writeStartObject();
      filler.article(g, s, (int) (spare * 0.18));
      writeBoxScore(g, game, rng);
      filler.broadcasts(g);
      writeFormat(g);
      filler.gameInfo(g, s);
      writeHeader(g, game);
      filler.leaders(g, game.box());
      filler.news(g, s, "news", (int) (spare * 0.27));
      filler.odds(g, s, "odds");
      filler.odds(g, s, "pickcenter");
      writePlays(g, game);
      filler.predictor(g, s);
      filler.seasonSeries(g, s);
      filler.standings(g, s, "standings");
      long winProbability = game.hasPlays() ? (long) game.log().size() * WIN_PROBABILITY_BYTES : 30;
      filler.videos(g, s, "videos", target - winProbability, () -> {
        g.flush();
        return counted.count();
      });
      Filler.winProbability(g, "winprobability", game.log(), game.hasPlays());
      g.writeEndObject();
    }
  }

  static void writeHeader(JsonGenerator g, GeneratedGame game) throws IOException {
    ScheduledGame s = game.game();
    BoxScore box = game.box();
    g.writeObjectFieldStart("header");
    g.writeStringField("id", s.gameId());
    g.writeObjectFieldStart("season");
    g.writeNumberField("year", s.season());
    g.writeNumberField("type", s.seasonType());
    g.writeEndObject();
    g.writeArrayFieldStart("competitions");
    g.writeStartObject();
    g.writeStringField("id", s.gameId());
    g.writeStringField("date", headerDate(s.tipoff()));
    g.writeStringField("boxscoreSource", game.hasPlays() ? "full" : "basic");
    g.writeStringField("playByPlaySource", game.hasPlays() ? "full" : "none");
    g.writeArrayFieldStart("competitors");
    for (TeamBox team : List.of(box.home(), box.away())) {
      g.writeStartObject();
      g.writeStringField("id", team.team().id());
      g.writeStringField("homeAway", team.side().homeAway());
      g.writeBooleanField("winner", box.winner() == team.side());
      writeTeam(g, "team", team.team());
      g.writeStringField("score", Integer.toString(team.points()));
      g.writeArrayFieldStart("linescores");
      for (int points : team.periodPoints()) {
        g.writeStartObject();
        g.writeStringField("displayValue", Integer.toString(points));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("order", team.side() == Side.HOME ? 0 : 1);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("status");
    g.writeObjectFieldStart("type");
    g.writeStringField("name", "STATUS_FINAL");
    g.writeBooleanField("completed", true);
    g.writeStringField("detail", finalDetail(game.simulation().periods()));
    g.writeStringField("shortDetail", finalDetail(game.simulation().periods()));
    g.writeEndObject();
    g.writeEndObject();
    g.writeBooleanField("neutralSite", false);
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("league");
    g.writeStringField("id", "46");
    g.writeStringField("name", "National Basketball Association");
    g.writeStringField("abbreviation", "NBA");
    g.writeStringField("slug", "nba");
    g.writeEndObject();
    g.writeEndObject();
  }

  static String finalDetail(int periods) {
    int overtimes = periods - GameClock.REGULATION_PERIODS;
    return overtimes == 0 ? "Final" : overtimes == 1 ? "Final/OT" : "Final/" + overtimes + "OT";
  }

  static String headerDate(Instant instant) {
    return HEADER_DATE.format(instant);
  }

  private static void writeFormat(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("format");
    g.writeObjectFieldStart("regulation");
    g.writeNumberField("periods", GameClock.REGULATION_PERIODS);
    g.writeStringField("displayName", "Quarter");
    g.writeStringField("slug", "quarter");
    g.writeNumberField("clock", 720.0);
    g.writeEndObject();
    g.writeObjectFieldStart("overtime");
    g.writeNumberField("clock", 300.0);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeBoxScore(JsonGenerator g, GeneratedGame game, SplittableRandom rng) throws IOException {
    BoxScore box = game.box();
    g.writeObjectFieldStart("boxscore");
    g.writeArrayFieldStart("teams");
    for (TeamBox team : List.of(box.away(), box.home())) {
      g.writeStartObject();
      writeTeam(g, "team", team.team());
      g.writeArrayFieldStart("statistics");
      writeTeamStatistics(g, team, rng);
      g.writeEndArray();
      g.writeStringField("homeAway", team.side().homeAway());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("players");
    for (TeamBox team : List.of(box.away(), box.home())) {
      g.writeStartObject();
      writeTeam(g, "team", team.team());
      g.writeArrayFieldStart("statistics");
      g.writeStartObject();
      writeStrings(g, "names", PlayerLine.LABELS);
      writeStrings(g, "keys", PlayerLine.KEYS);
      writeStrings(g, "labels", PlayerLine.LABELS);
      g.writeArrayFieldStart("athletes");
      for (PlayerLine line : team.lines()) {
        writeAthleteRow(g, game.era(), team, line);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAthleteRow(JsonGenerator g, Era era, TeamBox team, PlayerLine line) throws IOException {
    Athlete a = line.athlete();
    boolean dashes = !line.played() && era.dashesForUnusedPlayers();
    boolean didNotPlay = !line.played() && !dashes;
    g.writeStartObject();
    g.writeBooleanField("active", line.played() && line.starter);
    g.writeObjectFieldStart("athlete");
    g.writeStringField("id", a.id());
    g.writeStringField("displayName", a.displayName());
    g.writeStringField("shortName", a.shortName());
    g.writeStringField("jersey", a.jersey());
    g.writeObjectFieldStart("position");
    g.writeStringField("abbreviation", a.position());
    g.writeEndObject();
    g.writeEndObject();
    g.writeBooleanField("starter", line.starter);
    g.writeBooleanField("didNotPlay", didNotPlay);
    if (era.hasRowReasons()) {
      g.writeStringField("reason", line.played() ? TeamBox.COACHS_DECISION : team.unavailableReason(a));
    }
    g.writeBooleanField("ejected", false);
    writeStrings(g, "stats", line.played() ? line.stats(era.hasPlusMinus()) : dashes ? PlayerLine.dashes() : List.of());
    g.writeEndObject();
  }

  private static void writeTeamStatistics(JsonGenerator g, TeamBox team, SplittableRandom rng) throws IOException {
    int fgm = team.total(BoxStat.FGM);
    int fga = team.total(BoxStat.FGA);
    int tpm = team.total(BoxStat.THREE_PM);
    int tpa = team.total(BoxStat.THREE_PA);
    int ftm = team.total(BoxStat.FTM);
    int fta = team.total(BoxStat.FTA);
    int oreb = team.total(BoxStat.OREB);
    int dreb = team.total(BoxStat.DREB);
    int turnovers = team.total(BoxStat.TO);
    teamStat(g, "fieldGoalsMade-fieldGoalsAttempted", fgm + "-" + fga, null, "FG");
    teamStat(g, "fieldGoalPct", percent(fgm, fga), "FG%", "Field Goal %");
    teamStat(g, "threePointFieldGoalsMade-threePointFieldGoalsAttempted", tpm + "-" + tpa, null, "3PT");
    teamStat(g, "threePointFieldGoalPct", percent(tpm, tpa), "3P%", "Three Point %");
    teamStat(g, "freeThrowsMade-freeThrowsAttempted", ftm + "-" + fta, null, "FT");
    teamStat(g, "freeThrowPct", percent(ftm, fta), "FT%", "Free Throw %");
    teamStat(g, "totalRebounds", Integer.toString(oreb + dreb), "REB", "Rebounds");
    teamStat(g, "offensiveRebounds", Integer.toString(oreb), "OR", "Offensive Rebounds");
    teamStat(g, "defensiveRebounds", Integer.toString(dreb), "DR", "Defensive Rebounds");
    teamStat(g, "assists", Integer.toString(team.total(BoxStat.AST)), "AST", "Assists");
    teamStat(g, "steals", Integer.toString(team.total(BoxStat.STL)), "STL", "Steals");
    teamStat(g, "blocks", Integer.toString(team.total(BoxStat.BLK)), "BLK", "Blocks");
    teamStat(g, "turnovers", Integer.toString(turnovers), "TO", "Turnovers");
    teamStat(g, "teamTurnovers", Integer.toString(team.teamTurnovers()), "TTO", "Team Turnovers");
    teamStat(g, "totalTurnovers", Integer.toString(turnovers + team.teamTurnovers()), "ToTO", "Total Turnovers");
    teamStat(g, "technicalFouls", Integer.toString(team.technicalFouls()), "TECH", "Technical Fouls");
    teamStat(g, "totalTechnicalFouls", Integer.toString(team.technicalFouls()), "TECH", "Total Technical Fouls");
    teamStat(g, "flagrantFouls", "0", "FLAG", "Flagrant Fouls");
    teamStat(g, "turnoverPoints", Integer.toString(8 + rng.nextInt(18)), "Points Conceded Off Turnovers",
        "Points Conceded Off Turnovers");
    teamStat(g, "fastBreakPoints", Integer.toString(4 + rng.nextInt(20)), "FBPs", "Fast Break Points");
    teamStat(g, "pointsInPaint", Integer.toString(2 * (16 + rng.nextInt(14))), "PIP", "Points in Paint");
    teamStat(g, "fouls", Integer.toString(team.total(BoxStat.PF)), "PF", "Fouls");
    teamStat(g, "largestLead", Integer.toString(team.largestLead()), "LL", "Largest Lead");
  }

  private static void teamStat(JsonGenerator g, String name, String value, String abbreviation, String label)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("displayValue", value);
    if (abbreviation != null) {
      g.writeStringField("abbreviation", abbreviation);
    }
    g.writeStringField("label", label);
    g.writeEndObject();
  }

  static String percent(int made, int attempted) {
    return attempted == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * made / attempted);
  }

  private static void writePlays(JsonGenerator g, GeneratedGame game) throws IOException {
    g.writeArrayFieldStart("plays");
    if (game.hasPlays()) {
      PlayLog log = game.log();
      for (int i = 0; i < log.size(); i++) {
        writePlay(g, game, i);
        if (i == log.duplicatedIndex()) {
          writePlay(g, game, i);
        }
      }
    }
    g.writeEndArray();
  }

  private static void writePlay(JsonGenerator g, GeneratedGame game, int i) throws IOException {
    Play play = game.log().play(i);
    Era era = game.era();
    g.writeStartObject();
    g.writeStringField("id", game.log().id(i));
    g.writeStringField("sequenceNumber", Integer.toString(game.log().sequenceNumber(i)));
    g.writeObjectFieldStart("type");
    g.writeStringField("id", Integer.toString(play.typeId()));
    g.writeStringField("text", play.typeText());
    g.writeEndObject();
    g.writeStringField("text", play.text());
    g.writeNumberField("awayScore", play.awayScore());
    g.writeNumberField("homeScore", play.homeScore());
    g.writeObjectFieldStart("period");
    g.writeNumberField("number", play.period());
    g.writeStringField("displayValue", GameClock.periodDisplay(play.period()));
    g.writeEndObject();
    g.writeObjectFieldStart("clock");
    g.writeStringField("displayValue", GameClock.display(play.clockTenths()));
    g.writeEndObject();
    g.writeBooleanField("scoringPlay", play.scoringPlay());
    g.writeNumberField("scoreValue", play.scoreValue());
    if (play.side() != Side.NONE) {
      g.writeObjectFieldStart("team");
      g.writeStringField("id", game.simulation().sheet(play.side()).team().id());
      g.writeEndObject();
    }
    if (!play.participants().isEmpty()) {
      g.writeArrayFieldStart("participants");
      for (Athlete a : play.participants()) {
        g.writeStartObject();
        g.writeObjectFieldStart("athlete");
        g.writeStringField("id", a.id());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (era.hasWallclock()) {
      g.writeStringField("wallclock", Instant.ofEpochSecond(play.wallclock()).toString());
    }
    g.writeBooleanField("shootingPlay", play.shootingPlay());
    g.writeObjectFieldStart("coordinate");
    g.writeNumberField("x", play.coordinate().x());
    g.writeNumberField("y", play.coordinate().y());
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeTeam(JsonGenerator g, String field, Team team) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("id", team.id());
    g.writeStringField("abbreviation", team.abbreviation());
    g.writeStringField("displayName", team.displayName());
    g.writeEndObject();
  }

  static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
