package org.nbabox.synth;

/** One line of the corpus manifest: what was generated for a game, and what was done to it on purpose. */
record ManifestEntry(String gameId, int season, int seasonType, String date, String home, String away,
    int homeScore, int awayScore, int periods, int playRows, int lateEntries, boolean duplicatedPlay,
    String fault) {

  static final String HEADER = "game_id\tseason\tseason_type\tdate\thome\taway\thome_score\taway_score\tperiods"
      + "\tplay_rows\tlate_entries\tduplicated_play\tfault";

  static ManifestEntry of(GeneratedGame g) {
    ScheduledGame s = g.game();
    return new ManifestEntry(s.gameId(), s.season(), s.seasonType(), s.usDate().toString(), s.home().abbreviation(),
        s.away().abbreviation(), g.box().home().points(), g.box().away().points(), g.simulation().periods(),
        g.playRows(), g.hasPlays() ? g.log().lateEntries() : 0, g.hasPlays() && g.log().duplicatedIndex() >= 0,
        g.fault() == null ? "" : g.fault().describe());
  }

  String tsv() {
    return String.join("\t", gameId, Integer.toString(season), Integer.toString(seasonType), date, home, away,
        Integer.toString(homeScore), Integer.toString(awayScore), Integer.toString(periods),
        Integer.toString(playRows), Integer.toString(lateEntries), Boolean.toString(duplicatedPlay), fault);
  }
}
