package org.nbabox.synth;

import java.util.List;
import java.util.Locale;

/** Totals of a generation run, as printed at the end and measured in docs/CORPUS.md. */
record CorpusSummary(int games, long files, long bytes, double seconds, int emptyPlayGames, int overtimeGames,
    int duplicatedPlayGames, int faultyGames, long lateEntries, long playRows) {

  static CorpusSummary of(List<ManifestEntry> entries, long files, long bytes, double seconds) {
    int empty = 0;
    int overtime = 0;
    int duplicated = 0;
    int faulty = 0;
    long late = 0;
    long rows = 0;
    for (ManifestEntry e : entries) {
      empty += e.playRows() == 0 ? 1 : 0;
      overtime += e.periods() > GameClock.REGULATION_PERIODS ? 1 : 0;
      duplicated += e.duplicatedPlay() ? 1 : 0;
      faulty += e.fault().isEmpty() ? 0 : 1;
      late += e.lateEntries();
      rows += e.playRows();
    }
    return new CorpusSummary(entries.size(), files, bytes, seconds, empty, overtime, duplicated, faulty, late, rows);
  }

  String describe() {
    double mb = bytes / 1e6;
    int withPlays = games - emptyPlayGames;
    return String.format(Locale.ROOT,
        "generated %,d games (%,d files, %,.1f MB, %,.1f KB per file) in %.1f s: %.1f games/s, %.1f MB/s%n"
            + "  empty play-by-play: %,d (%.1f%%); overtime: %,d (%.1f%%); "
            + "play rows per game with plays: %.0f%n"
            + "  late-entered plays: %,d; games with a duplicated play: %,d;"
            + " games with an injected box-score fault: %,d",
        games, files, mb, files == 0 ? 0 : bytes / 1024.0 / files, seconds, games / seconds, mb / seconds,
        emptyPlayGames, 100.0 * emptyPlayGames / games, overtimeGames,
        100.0 * overtimeGames / games, withPlays == 0 ? 0 : (double) playRows / withPlays,
        lateEntries, duplicatedPlayGames, faultyGames);
  }
}
