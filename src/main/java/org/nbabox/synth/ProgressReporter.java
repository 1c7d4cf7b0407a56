package org.nbabox.synth;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Prints a progress line (games, MB, rates, ETA) every few seconds while a run lasts. */
final class ProgressReporter implements AutoCloseable {
  private final PrintStream out;
  private final int total;
  private final LongSupplier gamesDone;
  private final LongSupplier bytesDone;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer;

  ProgressReporter(PrintStream out, int total, LongSupplier gamesDone, LongSupplier bytesDone, long periodSeconds) {
    this.out = out;
    this.total = total;
    this.gamesDone = gamesDone;
    this.bytesDone = bytesDone;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "corpus-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::report, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  void report() {
    long games = gamesDone.getAsLong();
    double mb = bytesDone.getAsLong() / 1e6;
    double seconds = Math.max(1e-3, elapsedSeconds());
    double rate = games / seconds;
    long eta = rate > 0 ? Math.round((total - games) / rate) : -1;
    out.println(String.format(Locale.ROOT,
        "generate-corpus: %,d/%,d games (%.1f%%), %,.0f MB, %.1f games/s, %.1f MB/s, ETA %s", games, total, 100.0 * games / total, mb, rate, mb / seconds, eta < 0 ? "?" : duration(eta)));
  }

  static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60)
        : seconds >= 60 ? String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
