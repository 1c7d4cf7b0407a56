package org.nbabox.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How many games of each kind every season from 1992-93 to 2024-25 had, and when: the real league
 * calendar (27 teams until 1995, 29 until 2004, 30 since; the 1999 and 2012 lockouts; 2020's
 * suspension and bubble; 2021's late start; play-in games since 2021). Playoff totals are
 * approximate (series lengths vary). Preseason games make up the rest of the 44,826 files of the
 * original collection, about 110 a season.
 */
final class SeasonTable {
  static final int FIRST_SEASON = 1993;
  static final int LAST_SEASON = 2025;
  /** Number of game files in the original ESPN collection that the corpus reproduces. */
  static final int FULL_CORPUS_GAMES = 44_826;

  private static final int[] PLAYOFF_GAMES = {
    74, 78, 72, 68, 72, 71, 66, 75, 71, 71, // 1993-2002
    88, 82, 84, 89, 79, 86, 85, 82, 81, 84, // 2003-2012
    85, 89, 81, 86, 79, 82, 82, 83, 85, 87, // 2013-2022
    84, 82, 84 // 2023-2025
  };

  private SeasonTable() {}

  static List<Season> all() {
    List<Season> seasons = new ArrayList<>();
    for (int year = FIRST_SEASON; year <= LAST_SEASON; year++) {
      seasons.add(season(year));
    }
    return List.copyOf(seasons);
  }

  static Season season(int year) {
    int playoffs = PLAYOFF_GAMES[year - FIRST_SEASON];
    int preseason = preseasonGames(year);
    return switch (year) {
      case 1999 -> new Season(year, List.of(
          window(ScheduleWindow.PRESEASON, 1999, 1, 20, 15, preseason),
          window(ScheduleWindow.REGULAR, 1999, 2, 5, 90, 725),
          window(ScheduleWindow.PLAYOFFS, 1999, 5, 8, 49, playoffs)));
      case 2012 -> new Season(year, List.of(
          window(ScheduleWindow.PRESEASON, 2011, 12, 16, 8, preseason),
          window(ScheduleWindow.REGULAR, 2011, 12, 25, 123, 990),
          window(ScheduleWindow.PLAYOFFS, 2012, 4, 28, 55, playoffs)));
      case 2020 -> new Season(year, List.of(
          window(ScheduleWindow.PRESEASON, 2019, 10, 4, 17, preseason),
          window(ScheduleWindow.REGULAR, 2019, 10, 22, 142, 883),
          window(ScheduleWindow.REGULAR, 2020, 7, 30, 16, 88),
          window(ScheduleWindow.PLAYOFFS, 2020, 8, 17, 56, playoffs)));
      case 2021 -> new Season(year, List.of(
          window(ScheduleWindow.PRESEASON, 2020, 12, 11, 9, preseason),
          window(ScheduleWindow.REGULAR, 2020, 12, 22, 146, 1080),
          window(ScheduleWindow.PLAY_IN, 2021, 5, 18, 4, 6),
          window(ScheduleWindow.PLAYOFFS, 2021, 5, 22, 60, playoffs)));
      default -> standardSeason(year, preseason, playoffs);
    };
  }

  private static Season standardSeason(int year, int preseason, int playoffs) {
    LocalDate opening = year <= 2001 ? LocalDate.of(year - 1, 11, 1)
        : year <= 2010 ? LocalDate.of(year - 1, 10, 29) : LocalDate.of(year - 1, 10, 25);
    int regularDays = 166;
    LocalDate regularEnd = opening.plusDays(regularDays);
    List<ScheduleWindow> windows = new ArrayList<>();
    windows.add(new ScheduleWindow(ScheduleWindow.PRESEASON, opening.minusDays(24), 22, preseason));
    windows.add(new ScheduleWindow(ScheduleWindow.REGULAR, opening, regularDays, regularGames(year)));
    LocalDate playoffStart = regularEnd.plusDays(3);
    if (year >= 2021) {
      windows.add(new ScheduleWindow(ScheduleWindow.PLAY_IN, regularEnd.plusDays(1), 4, 6));
      playoffStart = regularEnd.plusDays(5);
    }
    windows.add(new ScheduleWindow(ScheduleWindow.PLAYOFFS, playoffStart, 58, playoffs));
    return new Season(year, windows);
  }

  /** Regular-season games of a normal (not shortened) season: 41 home games per team. */
  private static int regularGames(int year) {
    return 41 * Teams.forSeason(year).size();
  }

  /** Short preseasons in the lockout years and in 2020-21; 111 in the last eight seasons, else 110. */
  private static int preseasonGames(int year) {
    return switch (year) {
      case 1999 -> 30;
      case 2012 -> 32;
      case 2021 -> 41;
      default -> year >= 2018 ? 111 : 110;
    };
  }

  private static ScheduleWindow window(int type, int year, int month, int day, int days, int games) {
    return new ScheduleWindow(type, LocalDate.of(year, month, day), days, games);
  }
}
