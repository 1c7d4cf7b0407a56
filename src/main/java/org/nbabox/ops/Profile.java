package org.nbabox.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A run profile: the Java properties file the job reads with {@code --conf} (conf/local.properties,
 * conf/emr.properties). Keys: input, output, box.scores, format, checkpoint.every, max.error.rate,
 * spark.master, partitions.per.core, jdbc.url, jdbc.user, rds.max.connections and any spark.* key.
 * Never holds secrets.
 */
public final class Profile {

  /** Where the profile came from, for messages; "none" when there is no profile. */
  private final String source;
  private final Properties properties;

  private Profile(String source, Properties properties) {
    this.source = source;
    this.properties = properties;
  }

  public static Profile none() {
    return new Profile("none", new Properties());
  }

  public static Profile of(String source, String text) throws IOException {
    Properties p = new Properties();
    try (Reader r = new StringReader(text)) {
      p.load(r);
    }
    return new Profile(source, p);
  }

  /**
   * Reads a profile from a local path, or from any Hadoop file system URI (s3a://, hdfs://) so a
   * preflight step on a cluster can read the profile uploaded next to the jar.
   */
  public static Profile load(String location, org.apache.hadoop.conf.Configuration hadoop) throws IOException {
    byte[] bytes;
    if (isLocal(location)) {
      bytes = Files.readAllBytes(localPath(location));
    } else {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
      try (InputStream in = path.getFileSystem(hadoop).open(path)) {
        bytes = in.readAllBytes();
      }
    }
    return of(location, new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The profile used when no --conf is given: conf/local.properties under the project home (the
   * launch scripts pass -Dnbabox.home), if that file exists. On a cluster there is no default.
   */
  public static Optional<Path> defaultLocation(String nbaboxHome) {
    if (nbaboxHome == null || nbaboxHome.isBlank()) {
      return Optional.empty();
    }
    Path p = Paths.get(nbaboxHome, "conf", "local.properties");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  static boolean isLocal(String location) {
    String scheme = scheme(location);
    return scheme == null || scheme.equals("file");
  }

  static Path localPath(String location) {
    return "file".equals(scheme(location)) ? Paths.get(URI.create(location)) : Paths.get(location);
  }

  /** The URI scheme of a location, or null for a plain path (a one-letter "scheme" is a drive letter). */
  static String scheme(String location) {
    int colon = location.indexOf(':');
    if (colon <= 1) {
      return null;
    }
    String s = location.substring(0, colon);
    return s.matches("[A-Za-z][A-Za-z0-9+.-]*") ? s.toLowerCase(java.util.Locale.ROOT) : null;
  }

  public String source() {
    return source;
  }

  public int size() {
    return properties.size();
  }

  /** A trimmed, non-empty value. */
  public Optional<String> get(String key) {
    String v = properties.getProperty(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** True when a value still holds a ${PLACEHOLDER} that was never filled in (conf/emr.properties as committed). */
  public static boolean hasPlaceholder(String value) {
    return value != null && value.contains("${");
  }

  /** The spark.hadoop.* keys without their prefix, as Spark would pass them to the Hadoop configuration. */
  public Map<String, String> hadoopSettings() {
    Map<String, String> out = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("spark.hadoop.") && key.length() > "spark.hadoop.".length()) {
        out.put(key.substring("spark.hadoop.".length()), properties.getProperty(key).strip());
      }
    }
    return out;
  }

  /** A Hadoop configuration (core-site.xml of the classpath) plus this profile's spark.hadoop.* keys. */
  public org.apache.hadoop.conf.Configuration hadoopConfiguration() {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    hadoopSettings().forEach(conf::set);
    return conf;
  }
}
