package org.nbabox.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Fifteen-man rosters for every team and season. A roster spot is held by one player for six
 * seasons (staggered across spots), so players persist from game to game and season to season.
 * Names are unique within a season (a bijection from the spot to first/last name pairs), which a
 * reader that resolves names in play text against the roster relies on. Old players get the
 * short ESPN ids of their era, recent ones seven-digit ids.
 */
final class Rosters {
  static final int ROSTER_SIZE = 15;
  private static final String[] POSITIONS = {
    "PG", "SG", "SF", "PF", "C", "G", "F", "C", "G", "F", "PF", "SG", "C", "G", "F"
  };
  private static final String[] FIRST = {
    "Aaron", "Andre", "Anthony", "Bam", "Brandon", "Caleb", "Cameron", "Chris", "Cody", "Dalano",
    "Damian", "Darius", "De'Andre", "Derrick", "Devin", "Donovan", "Dwight", "Elijah", "Eric", "Gary",
    "Grant", "Isaiah", "Jabari", "Jalen", "Jamal", "Jaylen", "Jerami", "Jordan", "Josh", "Julius",
    "Justin", "Karl", "Kelly", "Kevin", "Kyle", "Lamar", "Marcus", "Mason", "Malik", "Mike",
    "Monte", "Nick", "Norman", "Oso", "P.J.", "Paul", "Quentin", "Rajon", "Reggie", "Robert",
    "Royce", "Rudy", "Scoot", "Shaedon", "T.J.", "Terrence", "Toumani", "Tyus", "Victor", "Zach"
  };
  private static final String[] LAST = {
    "Adams", "Allen", "Anderson", "Armstrong", "Bailey", "Banks", "Barnes", "Bell", "Bennett", "Bradley",
    "Brooks", "Bryant", "Butler", "Carter", "Clark", "Coleman", "Collins", "Cook", "Cooper", "Crawford",
    "Davis", "Dixon", "Douglas", "Edwards", "Ellis", "Evans", "Fisher", "Fleming", "Ford", "Foster",
    "Gibson", "Gordon", "Graham", "Grant", "Green", "Griffin", "Hamilton", "Harris", "Hayes", "Henderson",
    "Hill", "Holiday", "Howard", "Hughes", "Jackson", "James", "Jenkins", "Johnson", "Jones", "Jordan",
    "Kelly", "King", "Lewis", "Marshall", "Martin", "Mason", "McDaniels", "Miller", "Mitchell", "Moore",
    "Morris", "Murray", "Nelson", "O'Neale", "O'Brien", "Owens", "Parker", "Patterson", "Payton", "Perry",
    "Porter Jr.", "Powell", "Price", "Reed", "Richardson", "Roberts", "Robinson", "Rose", "Russell", "Sanders",
    "Simmons", "Smith Jr.", "Stewart", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Wallace", "Ward",
    "Washington", "Watson", "Wells", "White", "Williams III", "Wilson", "Wood", "Wright", "Young", "Zeller"
  };
  private static final int NAME_PAIRS = FIRST.length * LAST.length;
  private static final int GENERATIONS = 12;
  private static final int CAREER_SEASONS = 6;

  private Rosters() {}

  static List<RosterPlayer> forTeam(int season, Team team, long seed) {
    List<RosterPlayer> roster = new ArrayList<>(ROSTER_SIZE);
    for (int slot = 0; slot < ROSTER_SIZE; slot++) {
      Athlete athlete = athlete(season, team.number(), slot);
      roster.add(new RosterPlayer(athlete, PlayerProfile.of(athlete, seed), slot));
    }
    return roster;
  }

  private static Athlete athlete(int season, int teamNumber, int slot) {
    int generation = (season + 3 * slot + teamNumber) / CAREER_SEASONS;
    int spot = (teamNumber - 1) * ROSTER_SIZE + slot;
    int nameIndex = Math.floorMod((spot * GENERATIONS + generation % GENERATIONS) * 2311 + 17, NAME_PAIRS);
    String first = FIRST[nameIndex % FIRST.length];
    String last = LAST[nameIndex / FIRST.length];
    int debut = generation * CAREER_SEASONS;
    long idBase = debut >= 2014 ? 3_900_000L : debut >= 2000 ? 30_000L : 100L;
    long id = idBase + (long) spot * 40 + (generation % 40);
    String jersey = Integer.toString((slot * 7 + teamNumber * 3 + generation) % 55);
    return new Athlete(Long.toString(id), first + " " + last, first.charAt(0) + ". " + last, jersey,
        POSITIONS[slot]);
  }
}
