package org.nbabox.job;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;

/**
 * Progress lines for people, at least every 30 seconds and at each commit:
 * {@code Progress: 12,345/44,826 games (27.5%) | 5.6M snapshots | 212 games/s | ETA 2m33s | errors 0.4%}.
 * Live counts come from accumulators, which executors update as their tasks finish.
 */
final class Progress implements AutoCloseable {

    private final Logger log;
    private final long total;
    private final LongAccumulator games;
    private final LongAccumulator snapshots;
    private final LongAccumulator errors;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    Progress(Logger log, long total, LongAccumulator games, LongAccumulator snapshots, LongAccumulator errors, int everySeconds) {
        this.log = log;
        this.total = total;
        this.games = games;
        this.snapshots = snapshots;
        this.errors = errors;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nbabox-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::log, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    void log() {
        log.info(line(games.value(), snapshots.value(), errors.value(), total, seconds()));
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String line(long done, long snaps, long errs, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && total > done ? duration((long) ((total - done) / rate)) : done >= total ? "0s" : "-";
        return String.format(Locale.US, "Progress: %,d/%,d games (%.1f%%) | %s snapshots | %s games/s | ETA %s | errors %.1f%%",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, compact(snaps),
                String.format(Locale.US, rate < 10 ? "%.1f" : "%,.0f", rate), eta,
                done == 0 ? 0.0 : 100.0 * errs / done);
    }

    static String compact(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.US, "%.1fM", n / 1e6);
        }
        if (n >= 10_000) {
            return String.format(Locale.US, "%.1fK", n / 1e3);
        }
        return String.format(Locale.US, "%,d", n);
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        if (d.toHours() > 0) {
            return d.toHours() + "h" + d.toMinutesPart() + "m";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
