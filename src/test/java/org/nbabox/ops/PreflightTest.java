package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The preflight command as the operator runs it: options, profile, output lines, exit status. */
class PreflightTest {

  @TempDir Path tmp;

  record Result(int exit, List<String> lines) {
    String line(String check) {
      return lines.stream().filter(l -> l.matches("(PASS|FAIL)  " + check + "  .*")).findFirst().orElse("no " + check + " line in " + lines);
    }
  }

  private Result run(String nbaboxHome, String... args) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Preflight p = new Preflight(new PrintStream(buf, true, StandardCharsets.UTF_8), Map.of(), tmp, nbaboxHome, getClass().getClassLoader());
    CommandLine cl = new CommandLine(p);
    cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
    int exit = cl.execute(args);
    return new Result(exit, buf.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList()));
  }

  private Path games(int n) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("games"));
    for (int i = 0; i < n; i++) {
      Files.writeString(in.resolve("40107070" + i + ".json"), "{}");
    }
    return in;
  }

  @Test
  void everythingInPlacePassesWithExitZero() throws Exception {
    Path in = games(3);
    Result r = run(null, "--input", in.toString(), "--output", tmp.resolve("out").toString(),
        "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(0, r.exit(), r.lines().toString());
    assertTrue(r.line("input").startsWith("PASS  input  3 game files"), r.line("input"));
    for (String check : List.of("java", "spark", "conf", "output", "disk", "memory")) {
      assertTrue(r.line(check).startsWith("PASS  " + check + "  "), r.line(check));
    }
    assertFalse(r.lines().stream().anyMatch(l -> l.contains("postgres")), "no PostgreSQL check without --save-rds");
    assertEquals("READY: all 7 checks passed", r.lines().get(r.lines().size() - 1));
  }

  @Test
  void missingInputFailsWithExitOne() {
    Result r = run(null, "--input", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("out").toString(),
        "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(1, r.exit());
    assertTrue(r.line("input").startsWith("FAIL  input  "), r.line("input"));
    assertEquals("NOT READY: 1 of 7 checks failed", r.lines().get(r.lines().size() - 1));
  }

  @Test
  void unmetDiskAndMemoryMinimumsFail() throws Exception {
    Result r = run(null, "--input", games(1).toString(), "--output", tmp.resolve("out").toString(),
        "--min-free-disk-gb", "1000000000", "--min-free-memory-gb", "1000000000");
    assertEquals(1, r.exit());
    assertTrue(r.line("disk").startsWith("FAIL  disk  "), r.line("disk"));
    assertTrue(r.line("memory").startsWith("FAIL  memory  "), r.line("memory"));
  }

  @Test
  void profileSuppliesWhatTheOptionsLeaveOutAndOptionsWin() throws Exception {
    Path in = games(2);
    Path conf = Files.writeString(tmp.resolve("run.properties"), String.join("\n",
        "input=" + in,
        "output=" + tmp.resolve("from-profile"),
        "box.scores=" + tmp.resolve("no-box-scores"),
        ""));
    Result r = run(null, "--conf", conf.toString(), "--output", tmp.resolve("from-option").toString(),
        "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals("PASS  conf  " + conf + " (3 keys)", r.line("conf"));
    assertTrue(r.line("input").startsWith("PASS  input  2 game files"), r.line("input"));
    assertTrue(r.line("output").contains(tmp.resolve("from-option").toString()), r.line("output"));
    assertTrue(r.line("box-scores").startsWith("FAIL  box-scores  "), "box.scores of the profile is checked: " + r.line("box-scores"));
    assertEquals(1, r.exit());
  }

  @Test
  void defaultProfileIsConfLocalPropertiesOfTheProjectHome() throws Exception {
    Path home = tmp.resolve("project");
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/local.properties"), "input=" + games(1) + "\noutput=" + tmp.resolve("out") + "\n");
    Result r = run(home.toString(), "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(0, r.exit(), r.lines().toString());
    assertEquals("PASS  conf  " + home.resolve("conf/local.properties") + " (2 keys)", r.line("conf"));
  }

  @Test
  void theCommittedEmrProfileStillHasPlaceholders() {
    Result r = run(null, "--conf", ProjectFiles.file("conf/emr.properties").toString(), "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(1, r.exit());
    assertTrue(r.line("input").contains("unresolved placeholder in s3a://${INPUT_BUCKET}"), r.line("input"));
    assertTrue(r.line("output").contains("unresolved placeholder"), r.line("output"));
  }

  @Test
  void missingProfileFails() {
    Result r = run(null, "--conf", tmp.resolve("missing.properties").toString(), "--input", tmp.toString(),
        "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(1, r.exit());
    assertTrue(r.line("conf").startsWith("FAIL  conf  "), r.line("conf"));
  }

  @Test
  void saveRdsWithoutJdbcUrlFails() throws Exception {
    Result r = run(null, "--input", games(1).toString(), "--output", tmp.resolve("out").toString(), "--save-rds",
        "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    assertEquals(1, r.exit());
    assertEquals("FAIL  postgres  --save-rds needs --jdbc-url or jdbc.url in the profile", r.line("postgres"));
    assertEquals("FAIL  phase9-schema  not checked: no PostgreSQL connection", r.line("phase9-schema"));
  }

  @Test
  void badOptionsExitTwo() {
    assertEquals(2, run(null, "--no-such-option").exit());
    assertEquals(2, run(null, "--min-free-disk-gb", "lots").exit());
  }

  @Test
  void everyLineHasTheDocumentedShape() throws Exception {
    Result r = run(null, "--input", games(1).toString(), "--output", tmp.resolve("out").toString());
    List<String> checks = r.lines().subList(0, r.lines().size() - 1);
    for (String l : checks) {
      assertTrue(l.matches("(PASS|FAIL)  [a-z0-9-]+  \\S.*"), l);
    }
  }

  @Test
  void checkLineFormat() {
    assertEquals("PASS  input  3 game files", Check.pass("input", "3 game files").line());
    assertEquals("FAIL  output  cannot create x y", Check.fail("output", "cannot create x\ny").line());
  }
}
