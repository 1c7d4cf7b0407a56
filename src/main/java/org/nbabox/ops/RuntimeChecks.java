package org.nbabox.ops;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Checks on the JVM and the machine the job is launched from. */
public final class RuntimeChecks {

  /** The Java release the jar is compiled for (maven.compiler.release). */
  public static final int MIN_JAVA = 17;
  /** The Spark line the jar is built against (spark.version 3.5.9; Amazon EMR 7.x ships 3.5.x). */
  public static final String SPARK_LINE = "3.5";

  private static final double GB = 1024d * 1024 * 1024;

  private RuntimeChecks() {}

  public static Check java() {
    return java(Runtime.version(), System.getProperty("java.vendor", "unknown vendor"));
  }

  static Check java(Runtime.Version version, String vendor) {
    String detail = version + " (" + vendor + ")";
    if (version.feature() >= MIN_JAVA) {
      return Check.pass("java", detail);
    }
    return Check.fail("java", detail + ": Java " + MIN_JAVA + " or later is needed (on EMR 7.x set JAVA_HOME, see deploy/emr/configurations.json)");
  }

  /**
   * The Spark version on the classpath, read from org.apache.spark.package$ (which only reads
   * spark-version-info.properties: no SparkContext is started), or from that resource directly.
   */
  public static Optional<String> sparkVersion(ClassLoader loader) {
    try {
      Class<?> pkg = Class.forName("org.apache.spark.package$", true, loader);
      Object module = pkg.getField("MODULE$").get(null);
      return Optional.of((String) pkg.getMethod("SPARK_VERSION").invoke(module));
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      try (InputStream in = loader.getResourceAsStream("spark-version-info.properties")) {
        if (in == null) {
          return Optional.empty();
        }
        Properties p = new Properties();
        p.load(in);
        return Optional.ofNullable(p.getProperty("version"));
      } catch (IOException io) {
        return Optional.empty();
      }
    }
  }

  public static Check spark(ClassLoader loader) {
    return spark(sparkVersion(loader).orElse(null));
  }

  static Check spark(String version) {
    if (version == null) {
      return Check.fail("spark", "Spark is not on the classpath: run jobs/preflight locally or spark-submit on the cluster");
    }
    if (version.equals(SPARK_LINE) || version.startsWith(SPARK_LINE + ".")) {
      return Check.pass("spark", version + " (read from the jar, no SparkContext started)");
    }
    return Check.fail("spark", version + " found, the jar is built for Spark " + SPARK_LINE + ".x (Amazon EMR 7.x)");
  }

  /** Free memory: MemAvailable of /proc/meminfo where there is one, else the OS bean's free memory. */
  public static Check memory(double minFreeGb) {
    Path meminfo = Paths.get("/proc/meminfo");
    try {
      if (Files.isReadable(meminfo)) {
        Optional<Long> available = memAvailable(Files.readAllLines(meminfo));
        if (available.isPresent()) {
          return memory(available.get(), "MemAvailable", minFreeGb);
        }
      }
    } catch (IOException e) {
      // fall through to the JVM's view of the machine
    }
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return memory(sun.getFreeMemorySize(), "free physical memory", minFreeGb);
    }
    return Check.fail("memory", "cannot read the free memory of this machine");
  }

  static Check memory(long availableBytes, String source, double minFreeGb) {
    String detail = String.format(Locale.ROOT, "%.1f GB available (%s; minimum %.1f GB)", availableBytes / GB, source, minFreeGb);
    return availableBytes >= minFreeGb * GB ? Check.pass("memory", detail) : Check.fail("memory", detail);
  }

  /** The MemAvailable line of /proc/meminfo, in bytes. */
  static Optional<Long> memAvailable(List<String> meminfo) {
    for (String line : meminfo) {
      if (line.startsWith("MemAvailable:")) {
        String[] parts = line.substring("MemAvailable:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        long unit = parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? 1024 : 1;
        return Optional.of(value * unit);
      }
    }
    return Optional.empty();
  }
}
