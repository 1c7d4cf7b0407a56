package org.nbabox.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Where game files go: {@code DIR/<name>.json} ({@code .json.gz} with gzip). Each file is written
 * under a temporary name and renamed once complete, so an interrupted run never leaves a truncated
 * game file behind. Counts the bytes that reach the disk. Gzip output is deterministic (Java
 * writes no time stamp in the gzip header).
 */
final class GameFiles {
  private static final int BUFFER = 1 << 16;

  /** Writes the content of one file to a stream it must not close. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path root;
  private final boolean gzip;
  private final AtomicLong bytesWritten = new AtomicLong();
  private final AtomicLong filesWritten = new AtomicLong();

  GameFiles(Path root, boolean gzip) {
    this.root = root;
    this.gzip = gzip;
  }

  long bytesWritten() {
    return bytesWritten.get();
  }

  long filesWritten() {
    return filesWritten.get();
  }

  /** The final path of the file {@code name} (relative to the root, without extension). */
  Path path(String name) {
    return root.resolve(name + (gzip ? ".json.gz" : ".json"));
  }

  /** Writes one file completely, or not at all. Parent folders must exist. */
  void write(String name, Content content) throws IOException {
    Path target = path(name);
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    long bytes;
    try (CountingOutputStream disk =
        new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER))) {
      if (gzip) {
        GZIPOutputStream zip = new GZIPOutputStream(disk, BUFFER);
        content.writeTo(zip);
        zip.finish();
      } else {
        content.writeTo(disk);
      }
      bytes = disk.count();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    bytesWritten.addAndGet(bytes);
    filesWritten.incrementAndGet();
  }
}
