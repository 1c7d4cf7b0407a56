package org.nbabox.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the box score from a game's plays, replaying them in game order with the lineups the
 * simulator put on the floor at each period start: points, field goals, threes and free throws,
 * offensive and defensive rebounds of players (team rebounds excluded), assists, steals, blocks,
 * turnovers of players (team turnovers counted apart), personal fouls (shooting, personal, loose
 * ball and offensive; technicals apart), +/- and seconds on the floor.
 */
final class BoxScoreTally {
  private final SimulatedGame game;
  private final Map<String, PlayerLine> lines = new HashMap<>();
  private final Map<Side, List<PlayerLine>> onCourt = new HashMap<>();
  /** Both fives when the last personal foul was called: free throws at that moment count for them in +/-. */
  private final Map<Side, List<PlayerLine>> atLastFoul = new HashMap<>();
  private Play lastFoul;
  private final Map<PlayerLine, Integer> stintStart = new HashMap<>();
  private final int[][] periodPoints;
  private final int[] teamRebounds = new int[2];
  private final int[] teamTurnovers = new int[2];
  private final int[] technicals = new int[2];
  private int largestHomeLead;
  private int largestAwayLead;

  private BoxScoreTally(SimulatedGame game) {
    this.game = game;
    this.periodPoints = new int[2][game.periods()];
    for (TeamSheet sheet : List.of(game.home(), game.away())) {
      for (RosterPlayer p : sheet.roster()) {
        lines.put(p.athlete().id(), new PlayerLine(p, sheet.starters().contains(p.athlete())));
      }
    }
  }

  static BoxScore tally(SimulatedGame game) {
    return new BoxScoreTally(game).run();
  }

  private BoxScore run() {
    int period = 0;
    for (Play play : game.plays()) {
      if (play.period() != period) {
        if (period > 0) {
          closePeriod();
        }
        period = play.period();
        openPeriod(period);
      }
      count(play);
    }
    closePeriod();
    return new BoxScore(teamBox(game.home()), teamBox(game.away()));
  }

  private void openPeriod(int period) {
    int length = GameClock.periodLength(period);
    for (TeamSheet sheet : List.of(game.home(), game.away())) {
      List<PlayerLine> five = new ArrayList<>(5);
      for (Athlete a : sheet.periodStarters().get(period - 1)) {
        PlayerLine line = lines.get(a.id());
        five.add(line);
        line.markPlayed();
        stintStart.put(line, length);
      }
      onCourt.put(sheet.side(), five);
    }
  }

  private void closePeriod() {
    for (List<PlayerLine> five : onCourt.values()) {
      for (PlayerLine line : five) {
        line.addTenths(stintStart.get(line));
      }
    }
  }

  private void count(Play play) {
    PlayerLine first = line(play.participant(0));
    PlayerLine second = line(play.participant(1));
    int team = play.side() == Side.HOME ? 0 : 1;
    switch (play.kind()) {
      case FIELD_GOAL -> {
        first.add(BoxStat.FGA, 1);
        if (play.three()) {
          first.add(BoxStat.THREE_PA, 1);
        }
        if (play.made()) {
          first.add(BoxStat.FGM, 1);
          if (play.three()) {
            first.add(BoxStat.THREE_PM, 1);
          }
          if (second != null) {
            second.add(BoxStat.AST, 1);
          }
        } else if (second != null) {
          second.add(BoxStat.BLK, 1);
        }
      }
      case FREE_THROW -> {
        first.add(BoxStat.FTA, 1);
        if (play.made()) {
          first.add(BoxStat.FTM, 1);
        }
      }
      case REBOUND -> {
        if (first == null) {
          teamRebounds[team]++;
        } else {
          first.add(play.type() == PlayType.OFFENSIVE_REBOUND ? BoxStat.OREB : BoxStat.DREB, 1);
        }
      }
      case TURNOVER -> {
        if (first == null) {
          teamTurnovers[team]++;
        } else {
          first.add(BoxStat.TO, 1);
          if (second != null) {
            second.add(BoxStat.STL, 1);
          }
        }
      }
      case FOUL -> {
        first.add(BoxStat.PF, 1);
        lastFoul = play;
        onCourt.forEach((side, five) -> atLastFoul.put(side, new ArrayList<>(five)));
      }
      case TECHNICAL_FOUL -> technicals[team]++;
      case SUBSTITUTION -> substitute(play, first, second);
      default -> { }
    }
    if (play.points() > 0) {
      score(play, first);
    }
  }

  private void substitute(Play play, PlayerLine entering, PlayerLine leaving) {
    List<PlayerLine> five = onCourt.get(play.side());
    leaving.addTenths(stintStart.get(leaving) - play.clockTenths());
    five.set(five.indexOf(leaving), entering);
    stintStart.put(entering, play.clockTenths());
    entering.markPlayed();
  }

  private void score(Play play, PlayerLine scorer) {
    int points = play.points();
    scorer.add(BoxStat.PTS, points);
    periodPoints[play.side() == Side.HOME ? 0 : 1][play.period() - 1] += points;
    // as in ESPN's box scores: free throws count for the players on court when the foul was called,
    // not for substitutes entering between two free throws
    boolean fromFoul = play.kind() == PlayKind.FREE_THROW && lastFoul != null
        && lastFoul.period() == play.period() && lastFoul.clockTenths() == play.clockTenths();
    Map<Side, List<PlayerLine>> lineups = fromFoul ? atLastFoul : onCourt;
    for (PlayerLine line : lineups.get(play.side())) {
      line.addPlusMinus(points);
    }
    for (PlayerLine line : lineups.get(play.side().other())) {
      line.addPlusMinus(-points);
    }
    largestHomeLead = Math.max(largestHomeLead, play.homeScore() - play.awayScore());
    largestAwayLead = Math.max(largestAwayLead, play.awayScore() - play.homeScore());
  }

  private PlayerLine line(Athlete athlete) {
    return athlete == null ? null : lines.get(athlete.id());
  }

  private TeamBox teamBox(TeamSheet sheet) {
    List<PlayerLine> ordered = new ArrayList<>();
    for (Athlete a : sheet.starters()) {
      ordered.add(lines.get(a.id()));
    }
    for (boolean played : new boolean[] {true, false}) {
      for (RosterPlayer p : sheet.roster()) {
        PlayerLine line = lines.get(p.athlete().id());
        if (!line.starter && line.played() == played) {
          ordered.add(line);
        }
      }
    }
    int t = sheet.side() == Side.HOME ? 0 : 1;
    List<Integer> points = new ArrayList<>();
    for (int p : periodPoints[t]) {
      points.add(p);
    }
    return new TeamBox(sheet, ordered, teamRebounds[t], teamTurnovers[t], technicals[t], List.copyOf(points),
        t == 0 ? largestHomeLead : largestAwayLead);
  }
}
