package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageChecksTest {

  @TempDir Path tmp;
  private final Configuration conf = new Configuration();

  private Path gamesDir() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("games"));
    Files.writeString(in.resolve("401070702.json"), "{}");
    Files.write(in.resolve("401070730.json.gz"), new byte[] {0x1f, (byte) 0x8b});
    Files.createDirectories(in.resolve("2024"));
    Files.writeString(in.resolve("2024/401736813.JSON"), "{}");
    // not games: other extensions, and files Spark skips
    Files.writeString(in.resolve("SOURCES.md"), "notes");
    Files.writeString(in.resolve(".401070702.json.crc"), "x");
    Files.createDirectories(in.resolve("_tmp"));
    Files.writeString(in.resolve("_tmp/401000000.json"), "{}");
    return in;
  }

  @Test
  void inputWithThreeGameFilesPassesWithTheCount() throws Exception {
    Path in = gamesDir();
    Check c = StorageChecks.input(in.toString(), conf);
    assertTrue(c.passed(), c.line());
    assertEquals("input", c.name());
    assertTrue(c.detail().startsWith("3 game files (.json/.json.gz) under " + in), c.line());
    assertTrue(c.line().startsWith("PASS  input  3 game files"), c.line());
  }

  @Test
  void inputAsFileUri() throws Exception {
    Path in = gamesDir();
    Check c = StorageChecks.input(in.toUri().toString(), conf);
    assertTrue(c.passed() && c.detail().startsWith("3 "), c.line());
  }

  @Test
  void missingInputFails() {
    Check c = StorageChecks.input(tmp.resolve("nowhere").toString(), conf);
    assertFalse(c.passed());
    assertTrue(c.line().startsWith("FAIL  input  "), c.line());
    assertTrue(c.detail().contains("not found"), c.line());
  }

  @Test
  void inputWithoutGameFilesFails() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(in.resolve("README.txt"), "x");
    Check c = StorageChecks.input(in.toString(), conf);
    assertFalse(c.passed(), c.line());
    assertTrue(c.detail().startsWith("no game files"), c.line());
  }

  @Test
  void unresolvedOrMissingLocationFails() {
    assertFalse(StorageChecks.input("s3a://${INPUT_BUCKET}/games", conf).passed());
    assertTrue(StorageChecks.input("s3a://${INPUT_BUCKET}/games", conf).detail().contains("unresolved placeholder"));
    assertFalse(StorageChecks.input(null, conf).passed());
    assertFalse(StorageChecks.output(" ", null, conf).passed());
  }

  @Test
  void writableOutputPassesAndLeavesNothingBehind() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Check c = StorageChecks.output(out.toString(), null, conf);
    assertTrue(c.passed(), c.line());
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(0, left.count(), "probe file (and its .crc) deleted");
    }
  }

  @Test
  void outputThatDoesNotExistYetIsCreatedAndRemovedAgain() throws Exception {
    Path out = tmp.resolve("new/deeper/out");
    Check c = StorageChecks.output(out.toString(), null, conf);
    assertTrue(c.passed(), c.line());
    assertTrue(c.detail().contains("does not exist yet"), c.line());
    assertFalse(Files.exists(tmp.resolve("new")), "the directories the probe created are gone");
  }

  @Test
  void unwritableOutputFails() throws Exception {
    // a directory cannot be made below a regular file, whatever the user (the tests may run as root)
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Check c = StorageChecks.output(file.resolve("out").toString(), null, conf);
    assertFalse(c.passed(), c.line());
    assertTrue(c.line().startsWith("FAIL  output  "), c.line());
  }

  @Test
  void outputThatIsAFileFails() throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "x");
    Check c = StorageChecks.output(file.toString(), null, conf);
    assertFalse(c.passed(), c.line());
    assertTrue(c.detail().contains("is a file"), c.line());
  }

  @Test
  void outputInsideTheInputFails() throws Exception {
    Path in = gamesDir();
    Check c = StorageChecks.output(in.resolve("out").toString(), in.toString(), conf);
    assertFalse(c.passed(), c.line());
    assertTrue(c.detail().contains("inside the input"), c.line());
    assertFalse(StorageChecks.output(in.toString(), in.toString(), conf).passed(), "same directory");
    assertTrue(StorageChecks.output(tmp.resolve("games-out").toString(), in.toString(), conf).passed(), "a sibling with the same prefix is fine");
  }

  @Test
  void boxScoresAreCounted() throws Exception {
    Path box = Files.createDirectories(tmp.resolve("box"));
    Files.writeString(box.resolve("401070702.json"), "{}");
    Check c = StorageChecks.boxScores(box.toString(), conf);
    assertTrue(c.passed(), c.line());
    assertTrue(c.line().startsWith("PASS  box-scores  1 box score files"), c.line());
  }

  @Test
  void diskChecksTheOutputFileSystemAgainstTheMinimum() throws Exception {
    Path out = tmp.resolve("not-yet/out");
    Check ok = StorageChecks.disk(out.toString(), conf, 0);
    assertTrue(ok.passed(), ok.line());
    assertTrue(ok.detail().contains("for output " + out), ok.line());
    Check tooLittle = StorageChecks.disk(out.toString(), conf, 1e9);
    assertFalse(tooLittle.passed(), tooLittle.line());
    assertTrue(tooLittle.detail().contains("minimum 1000000000.0 GB"), tooLittle.line());
  }

  @Test
  void diskForARemoteOutputChecksTheLocalBuffer() {
    Configuration c = new Configuration();
    c.set("fs.s3a.buffer.dir", tmp.resolve("s3a-buffer").toString());
    // no S3 is contacted: only the local buffer directory is looked at
    Check check = StorageChecks.disk(null, c, 0);
    assertTrue(check.passed(), check.line());
    assertTrue(check.detail().contains("local buffer " + tmp.resolve("s3a-buffer")), check.line());
  }

  @Test
  void diskThresholdIsInclusive() {
    long gb = 1024L * 1024 * 1024;
    assertTrue(StorageChecks.disk(10 * gb, "x", 10).passed());
    assertFalse(StorageChecks.disk(10 * gb - 1, "x", 10).passed());
  }
}
