package org.nbabox.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates a corpus: plans the games, then simulates and writes them on a pool of threads (each
 * game from its own seeded streams, so the bytes do not depend on the thread count or order),
 * reports progress, and writes {@code DIR/_manifest.tsv} (one line per game, in plan order; the
 * leading underscore hides it from Spark's and Hadoop's file listings).
 */
final class CorpusGenerator {
  static final String MANIFEST = "_manifest.tsv";
  private static final long PROGRESS_SECONDS = 10;

  private CorpusGenerator() {}

  static CorpusSummary generate(CorpusSettings settings, PrintStream progress)
      throws IOException, InterruptedException {
    List<ScheduledGame> games = SeasonPlan.full(settings.seed()).sample(settings.games());
    createFolders(settings);
    GameFiles files = new GameFiles(settings.out(), settings.gzip());
    GameWriter writer = GameWriter.forFormat(settings.format());
    ManifestEntry[] entries = new ManifestEntry[games.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "corpus-writer");
      t.setDaemon(true);
      return t;
    });
    try (ProgressReporter reporter =
        new ProgressReporter(progress, games.size(), done::get, files::bytesWritten, PROGRESS_SECONDS)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < settings.threads(); w++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < games.size(); i = next.getAndIncrement()) {
            GeneratedGame game = GeneratedGame.generate(games.get(i), settings.seed(), settings.faultRate());
            write(writer, game, files, settings.seed());
            entries[i] = ManifestEntry.of(game);
            done.incrementAndGet();
          }
        }));
      }
      awaitAll(workers, next, games.size());
      double seconds = reporter.elapsedSeconds();
      List<ManifestEntry> manifest = Arrays.asList(entries);
      writeManifest(settings.out().resolve(MANIFEST), manifest);
      return CorpusSummary.of(manifest, files.filesWritten(), files.bytesWritten(), seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(GameWriter writer, GeneratedGame game, GameFiles files, long seed) {
    try {
      writer.write(game, files, seed);
    } catch (IOException e) {
      throw new UncheckedIOException("writing game " + game.game().gameId(), e);
    }
  }

  /** Waits for every worker; on the first failure stops the others and rethrows its cause. */
  private static void awaitAll(List<Future<?>> workers, AtomicInteger next, int total)
      throws IOException, InterruptedException {
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (ExecutionException e) {
        next.set(total);
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  private static void createFolders(CorpusSettings settings) throws IOException {
    Files.createDirectories(settings.out());
    if (settings.format() == 2) {
      Files.createDirectories(settings.out().resolve(Format2Writer.PBP));
      Files.createDirectories(settings.out().resolve(Format2Writer.BOXSCORES));
    }
  }

  private static void writeManifest(Path path, List<ManifestEntry> entries) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write(ManifestEntry.HEADER);
      w.newLine();
      for (ManifestEntry e : entries) {
        w.write(e.tsv());
        w.newLine();
      }
    }
  }
}
