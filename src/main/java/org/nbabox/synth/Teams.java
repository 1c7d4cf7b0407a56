package org.nbabox.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The league's franchises by season, with ESPN's team ids and the names of the era (Seattle until
 * 2008, New Jersey until 2012, Vancouver until 2001...). 27 teams until 1995, 29 until 2004, then 30.
 */
final class Teams {
  private Teams() {}

  static List<Team> forSeason(int season) {
    List<Team> teams = new ArrayList<>(30);
    add(teams, "1", "ATL", "Atlanta", "Hawks");
    add(teams, "2", "BOS", "Boston", "Celtics");
    if (season <= 2002) {
      add(teams, "3", "CHA", "Charlotte", "Hornets");
    } else if (season <= 2013) {
      add(teams, "3", "NO", "New Orleans", "Hornets");
    } else {
      add(teams, "3", "NO", "New Orleans", "Pelicans");
    }
    add(teams, "4", "CHI", "Chicago", "Bulls");
    add(teams, "5", "CLE", "Cleveland", "Cavaliers");
    add(teams, "6", "DAL", "Dallas", "Mavericks");
    add(teams, "7", "DEN", "Denver", "Nuggets");
    add(teams, "8", "DET", "Detroit", "Pistons");
    add(teams, "9", "GS", "Golden State", "Warriors");
    add(teams, "10", "HOU", "Houston", "Rockets");
    add(teams, "11", "IND", "Indiana", "Pacers");
    add(teams, "12", "LAC", "LA", "Clippers");
    add(teams, "13", "LAL", "Los Angeles", "Lakers");
    add(teams, "14", "MIA", "Miami", "Heat");
    add(teams, "15", "MIL", "Milwaukee", "Bucks");
    add(teams, "16", "MIN", "Minnesota", "Timberwolves");
    if (season <= 2012) {
      add(teams, "17", "NJ", "New Jersey", "Nets");
    } else {
      add(teams, "17", "BKN", "Brooklyn", "Nets");
    }
    add(teams, "18", "NY", "New York", "Knicks");
    add(teams, "19", "ORL", "Orlando", "Magic");
    add(teams, "20", "PHI", "Philadelphia", "76ers");
    add(teams, "21", "PHX", "Phoenix", "Suns");
    add(teams, "22", "POR", "Portland", "Trail Blazers");
    add(teams, "23", "SAC", "Sacramento", "Kings");
    add(teams, "24", "SA", "San Antonio", "Spurs");
    if (season <= 2008) {
      add(teams, "25", "SEA", "Seattle", "SuperSonics");
    } else {
      add(teams, "25", "OKC", "Oklahoma City", "Thunder");
    }
    add(teams, "26", "UTAH", "Utah", "Jazz");
    add(teams, "27", "WSH", "Washington", season <= 1997 ? "Bullets" : "Wizards");
    if (season >= 1996) {
      add(teams, "28", "TOR", "Toronto", "Raptors");
      if (season <= 2001) {
        add(teams, "29", "VAN", "Vancouver", "Grizzlies");
      } else {
        add(teams, "29", "MEM", "Memphis", "Grizzlies");
      }
    }
    if (season >= 2005) {
      add(teams, "30", "CHA", "Charlotte", season <= 2014 ? "Bobcats" : "Hornets");
    }
    return List.copyOf(teams);
  }

  private static void add(List<Team> teams, String id, String abbreviation, String location, String nickname) {
    teams.add(new Team(id, abbreviation, location + " " + nickname, nickname, location));
  }
}
