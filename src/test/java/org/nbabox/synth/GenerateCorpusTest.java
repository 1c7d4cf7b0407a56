package org.nbabox.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCorpusTest {
  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = GenerateCorpus.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void helpDescribesTheOptions() {
    assertEquals(0, run("--help"));
    for (String option : List.of("--games", "--out", "--seed", "--format", "--gzip")) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void badArgumentsGiveOneLineOnStderrAndExitTwo() throws IOException {
    Path file = Files.createFile(dir.resolve("a-file"));
    List<String[]> bad = List.of(
        new String[] {"--games", "0", "--out", dir.toString()},
        new String[] {"--games", "44827", "--out", dir.toString()},
        new String[] {"--games", "ten", "--out", dir.toString()},
        new String[] {"--games", "5"},
        new String[] {"--games", "5", "--out", dir.toString(), "--format", "3"},
        new String[] {"--games", "5", "--out", file.toString()},
        new String[] {"--games", "5", "--out", dir.toString(), "--threads", "0"},
        new String[] {"--games", "5", "--out", dir.toString(), "--bogus"});
    for (String[] args : bad) {
      err.getBuffer().setLength(0);
      assertEquals(2, run(args), String.join(" ", args));
      String message = err.toString().strip();
      assertTrue(message.startsWith("generate-corpus: "), message);
      assertEquals(1, message.lines().count(), message);
    }
  }

  @Test
  void writesTheGamesAndAManifest() throws IOException {
    Path corpus = dir.resolve("corpus");
    assertEquals(0, run("--games", "5", "--out", corpus.toString(), "--threads", "1", "--seed", "9"));
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(5, files.filter(p -> p.toString().endsWith(".json")).count());
    }
    List<String> manifest = Files.readAllLines(corpus.resolve(CorpusGenerator.MANIFEST));
    assertEquals(6, manifest.size());
    assertEquals(ManifestEntry.HEADER, manifest.get(0));
    assertTrue(out.toString().contains("generated 5 games"));
  }
}
