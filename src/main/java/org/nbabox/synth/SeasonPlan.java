package org.nbabox.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The schedule of every game of the corpus, 1992-93 to 2024-25, and the proportional sample of it
 * that a smaller corpus uses. The full plan depends only on the seed; a sample of N games takes,
 * from each season, its share of N (largest remainders) at evenly spaced positions of that season's
 * calendar, so every season type and month keeps its weight. A sampled game keeps its index in the
 * full plan, hence the same content as in the full corpus.
 */
final class SeasonPlan {
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final LocalTime[] TIPOFF_SLOTS = {
    LocalTime.of(19, 0), LocalTime.of(19, 0), LocalTime.of(19, 30), LocalTime.of(19, 30), LocalTime.of(20, 0),
    LocalTime.of(20, 0), LocalTime.of(20, 30), LocalTime.of(21, 0), LocalTime.of(22, 0), LocalTime.of(22, 30),
    LocalTime.of(15, 30), LocalTime.of(13, 0)
  };

  private final List<Season> seasons;
  private final List<List<ScheduledGame>> gamesBySeason;
  private final int totalGames;

  private SeasonPlan(List<Season> seasons, List<List<ScheduledGame>> gamesBySeason) {
    this.seasons = seasons;
    this.gamesBySeason = gamesBySeason;
    this.totalGames = gamesBySeason.stream().mapToInt(List::size).sum();
  }

  /** The full plan (44,826 games) for a seed. */
  static SeasonPlan full(long seed) {
    List<Season> seasons = SeasonTable.all();
    List<List<ScheduledGame>> games = new ArrayList<>();
    int index = 0;
    for (Season season : seasons) {
      List<ScheduledGame> seasonGames = schedule(season, seed, index);
      games.add(seasonGames);
      index += seasonGames.size();
    }
    return new SeasonPlan(seasons, games);
  }

  List<Season> seasons() {
    return seasons;
  }

  int totalGames() {
    return totalGames;
  }

  /** Every game of the plan in chronological order. */
  List<ScheduledGame> allGames() {
    List<ScheduledGame> all = new ArrayList<>(totalGames);
    gamesBySeason.forEach(all::addAll);
    return all;
  }

  /** A proportional, deterministic sample of {@code n} games (all of them when n is the full size). */
  List<ScheduledGame> sample(int n) {
    if (n < 1 || n > totalGames) {
      throw new IllegalArgumentException("sample size must be between 1 and " + totalGames + ": " + n);
    }
    int[] quota = apportion(n);
    List<ScheduledGame> sample = new ArrayList<>(n);
    for (int s = 0; s < seasons.size(); s++) {
      List<ScheduledGame> seasonGames = gamesBySeason.get(s);
      int size = seasonGames.size();
      for (int j = 0; j < quota[s]; j++) {
        sample.add(seasonGames.get((int) (((2L * j + 1) * size) / (2L * quota[s]))));
      }
    }
    return sample;
  }

  /** Games per season for a sample of n: proportional shares, remainders to the largest fractions. */
  int[] apportion(int n) {
    int[] quota = new int[seasons.size()];
    double[] fraction = new double[seasons.size()];
    int assigned = 0;
    for (int s = 0; s < seasons.size(); s++) {
      double exact = (double) n * gamesBySeason.get(s).size() / totalGames;
      quota[s] = (int) Math.floor(exact);
      fraction[s] = exact - quota[s];
      assigned += quota[s];
    }
    while (assigned < n) {
      int best = 0;
      for (int s = 1; s < seasons.size(); s++) {
        if (fraction[s] > fraction[best]) {
          best = s;
        }
      }
      quota[best]++;
      fraction[best] = -1;
      assigned++;
    }
    return quota;
  }

  private static List<ScheduledGame> schedule(Season season, long seed, int firstIndex) {
    SplittableRandom rng = GameSeeds.of(seed, season.year(), GameSeeds.SCHEDULE);
    List<Team> teams = new ArrayList<>(Teams.forSeason(season.year()));
    List<ScheduledGame> games = new ArrayList<>(season.games());
    int ordinal = 0;
    for (ScheduleWindow window : season.windows()) {
      int gamesLeft = window.games();
      for (int day = 0; day < window.days() && gamesLeft > 0; day++) {
        int today = gamesOnDay(window, day);
        LocalDate date = window.firstDay().plusDays(day);
        Collections.shuffle(teams, new Random(rng.nextLong()));
        for (int g = 0; g < today; g++) {
          Team home = teams.get(2 * g);
          Team away = teams.get(2 * g + 1);
          String id = gameId(season.year(), date, home, ordinal);
          games.add(new ScheduledGame(firstIndex + games.size(), id, season.year(), window.seasonType(), date,
              tipoff(date, rng), home, away));
          ordinal++;
        }
        gamesLeft -= today;
      }
    }
    return games;
  }

  /** Spreads a window's games evenly over its days; never more than half the league on one day. */
  private static int gamesOnDay(ScheduleWindow window, int day) {
    long before = (long) day * window.games() / window.days();
    long through = (long) (day + 1) * window.games() / window.days();
    return (int) (through - before);
  }

  private static Instant tipoff(LocalDate date, SplittableRandom rng) {
    LocalTime local = TIPOFF_SLOTS[rng.nextInt(TIPOFF_SLOTS.length)];
    return date.atTime(local).atZone(EASTERN).toInstant();
  }

  /**
   * ESPN's id scheme: before the 2018 season YYMMDD0TT with YY = year - 1980 of the US date and TT
   * the home team's id (unique because a team plays at most once a day); from 2018 on a 401 number.
   */
  static String gameId(int season, LocalDate usDate, Team home, int ordinalInSeason) {
    if (season < Season.FIRST_SEASON_WITH_401_IDS) {
      return String.format(Locale.ROOT, "%02d%02d%02d0%02d", usDate.getYear() - 1980, usDate.getMonthValue(),
          usDate.getDayOfMonth(), home.number());
    }
    return Long.toString(401_070_000L + (season - Season.FIRST_SEASON_WITH_401_IDS) * 110_000L + ordinalInSeason);
  }
}
