package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkContext$;
import org.junit.jupiter.api.Test;

class RuntimeChecksTest {

  @Test
  void javaVersion() {
    assertTrue(RuntimeChecks.java(Runtime.Version.parse("17.0.15+6"), "Debian").passed());
    assertTrue(RuntimeChecks.java(Runtime.Version.parse("21.0.2"), "Amazon.com Inc.").passed());
    Check old = RuntimeChecks.java(Runtime.Version.parse("11.0.22"), "Amazon.com Inc.");
    assertFalse(old.passed());
    assertTrue(old.line().startsWith("FAIL  java  11.0.22 (Amazon.com Inc.)"), old.line());
    assertTrue(RuntimeChecks.java().passed(), "the JVM running the tests is 17+");
  }

  @Test
  void sparkVersionOnTheClasspathIsReadWithoutStartingSpark() {
    scala.Option<SparkContext> before = SparkContext$.MODULE$.getActive();
    Optional<String> v = RuntimeChecks.sparkVersion(getClass().getClassLoader());
    assertEquals(Optional.of("3.5.9"), v, "spark.version of the pom");
    Check c = RuntimeChecks.spark(getClass().getClassLoader());
    assertTrue(c.passed(), c.line());
    assertTrue(c.line().startsWith("PASS  spark  3.5.9"), c.line());
    assertEquals(before, SparkContext$.MODULE$.getActive(), "no SparkContext was started");
  }

  @Test
  void sparkVersionRules() {
    assertTrue(RuntimeChecks.spark("3.5.6-amzn-1").passed(), "EMR's own build of 3.5");
    assertFalse(RuntimeChecks.spark("3.4.1").passed());
    assertFalse(RuntimeChecks.spark("4.0.0").passed());
    assertFalse(RuntimeChecks.spark("3.50.0").passed());
    Check none = RuntimeChecks.spark((String) null);
    assertFalse(none.passed());
    assertTrue(none.detail().contains("not on the classpath"), none.line());
  }

  @Test
  void noSparkOnTheClasspath() throws Exception {
    try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      assertEquals(Optional.empty(), RuntimeChecks.sparkVersion(bare));
      assertFalse(RuntimeChecks.spark(bare).passed());
    }
  }

  @Test
  void memory() {
    long gb = 1024L * 1024 * 1024;
    assertTrue(RuntimeChecks.memory(8 * gb, "MemAvailable", 4).passed());
    Check low = RuntimeChecks.memory(3 * gb, "MemAvailable", 4);
    assertFalse(low.passed());
    assertEquals("FAIL  memory  3.0 GB available (MemAvailable; minimum 4.0 GB)", low.line());
    assertTrue(RuntimeChecks.memory(0).passed(), "this machine has some memory");
    assertFalse(RuntimeChecks.memory(1e9).passed());
  }

  @Test
  void memAvailableIsReadFromProcMeminfo() {
    List<String> meminfo = List.of("MemTotal:       24576000 kB", "MemFree:         1000000 kB", "MemAvailable:   12288000 kB");
    assertEquals(Optional.of(12288000L * 1024), RuntimeChecks.memAvailable(meminfo));
    assertEquals(Optional.empty(), RuntimeChecks.memAvailable(List.of("MemTotal: 1 kB")));
  }
}
