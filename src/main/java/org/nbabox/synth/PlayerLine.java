package org.nbabox.synth;

import java.util.ArrayList;
import java.util.List;

/** One player's box-score line, accumulated from the plays. */
final class PlayerLine {
  /** ESPN's box-score columns, in order. */
  static final List<String> LABELS = List.of("MIN", "FG", "3PT", "FT", "OREB", "DREB", "REB", "AST", "STL", "BLK",
      "TO", "PF", "+/-", "PTS");
  static final List<String> KEYS = List.of("minutes", "fieldGoalsMade-fieldGoalsAttempted",
      "threePointFieldGoalsMade-threePointFieldGoalsAttempted", "freeThrowsMade-freeThrowsAttempted",
      "offensiveRebounds", "defensiveRebounds", "rebounds", "assists", "steals", "blocks", "turnovers", "fouls",
      "plusMinus", "points");
  private static final List<String> DASHES = List.of("--", "-----", "-----", "-----", "--", "--", "--", "--", "--",
      "--", "--", "--", "--", "--");

  final RosterPlayer player;
  final boolean starter;
  private final int[] counts = new int[BoxStat.values().length];
  private int tenthsOnCourt;
  private int plusMinus;
  private boolean played;

  PlayerLine(RosterPlayer player, boolean starter) {
    this.player = player;
    this.starter = starter;
  }

  Athlete athlete() {
    return player.athlete();
  }

  void add(BoxStat stat, int n) {
    counts[stat.ordinal()] += n;
  }

  int get(BoxStat stat) {
    return counts[stat.ordinal()];
  }

  void addTenths(int tenths) {
    tenthsOnCourt += tenths;
  }

  void addPlusMinus(int points) {
    plusMinus += points;
  }

  void markPlayed() {
    played = true;
  }

  boolean played() {
    return played;
  }

  int tenthsOnCourt() {
    return tenthsOnCourt;
  }

  /** Minutes on the floor rounded to whole minutes, as ESPN shows them. */
  int minutes() {
    return (int) Math.round(tenthsOnCourt / 600.0);
  }

  int rebounds() {
    return get(BoxStat.OREB) + get(BoxStat.DREB);
  }

  int plusMinus() {
    return plusMinus;
  }

  /** The 14 strings of ESPN's {@code stats} array ("32", "5-11", "+3"...). */
  List<String> stats(boolean withPlusMinus) {
    List<String> s = new ArrayList<>(14);
    s.add(Integer.toString(minutes()));
    s.add(get(BoxStat.FGM) + "-" + get(BoxStat.FGA));
    s.add(get(BoxStat.THREE_PM) + "-" + get(BoxStat.THREE_PA));
    s.add(get(BoxStat.FTM) + "-" + get(BoxStat.FTA));
    s.add(Integer.toString(get(BoxStat.OREB)));
    s.add(Integer.toString(get(BoxStat.DREB)));
    s.add(Integer.toString(rebounds()));
    s.add(Integer.toString(get(BoxStat.AST)));
    s.add(Integer.toString(get(BoxStat.STL)));
    s.add(Integer.toString(get(BoxStat.BLK)));
    s.add(Integer.toString(get(BoxStat.TO)));
    s.add(Integer.toString(get(BoxStat.PF)));
    s.add(withPlusMinus ? (plusMinus > 0 ? "+" + plusMinus : Integer.toString(plusMinus)) : "--");
    s.add(Integer.toString(get(BoxStat.PTS)));
    return s;
  }

  static List<String> dashes() {
    return DASHES;
  }
}
