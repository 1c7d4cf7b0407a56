package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed and N give the same bytes, whatever the thread count; another seed gives other bytes. */
class DeterminismTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  Path dir;

  @Test
  void sameSeedSameBytesInBothFormats() throws Exception {
    for (int format : new int[] {1, 2}) {
      Path a = generate("a" + format, 8, 7, format, false, 1);
      Path b = generate("b" + format, 8, 7, format, false, 2);
      assertSameFiles(a, b);
    }
  }

  @Test
  void gzipIsDeterministicToo() throws Exception {
    assertSameFiles(generate("gz1", 4, 3, 1, true, 2), generate("gz2", 4, 3, 1, true, 1));
  }

  @Test
  void anotherSeedGivesAnotherCorpus() throws Exception {
    Path a = generate("s1", 4, 1, 1, false, 2);
    Path b = generate("s2", 4, 2, 1, false, 2);
    assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(CorpusGenerator.MANIFEST)),
        Files.readAllBytes(b.resolve(CorpusGenerator.MANIFEST))));
  }

  private Path generate(String name, int games, long seed, int format, boolean gzip, int threads) throws Exception {
    Path out = dir.resolve(name);
    CorpusGenerator.generate(new CorpusSettings(games, out, seed, format, gzip, threads, 0.01), QUIET);
    return out;
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> left = files(a);
    List<Path> right = files(b);
    assertEquals(left.stream().map(a::relativize).toList(), right.stream().map(b::relativize).toList());
    for (int i = 0; i < left.size(); i++) {
      assertArrayEquals(Files.readAllBytes(left.get(i)), Files.readAllBytes(right.get(i)), left.get(i).toString());
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
    }
  }
}
