package org.nbabox.ops;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway migrations shipped in the jar (classpath resources db/migration/V&lt;version&gt;__&lt;name&gt;.sql)
 * and the version they bring the phase9 schema to.
 */
public final class Migrations {

  public static final String LOCATION = "db/migration";
  private static final Pattern FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

  /** Flyway's order: numeric, part by part, trailing zero parts ignored (1.0 == 1, 2 < 10). */
  public static final Comparator<String> VERSION_ORDER = Migrations::compareVersions;

  private Migrations() {}

  /** The highest migration version on the classpath, if there is any migration. */
  public static Optional<String> expectedVersion(ClassLoader loader) throws IOException {
    TreeSet<String> versions = versions(loader);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.last());
  }

  /** Every versioned migration under db/migration in the directories and jars of the class loader. */
  public static TreeSet<String> versions(ClassLoader loader) throws IOException {
    TreeSet<String> out = new TreeSet<>(VERSION_ORDER);
    for (URL url : Collections.list(loader.getResources(LOCATION))) {
      if ("file".equals(url.getProtocol())) {
        Path dir;
        try {
          dir = Paths.get(url.toURI());
        } catch (URISyntaxException e) {
          throw new IOException("bad classpath location " + url, e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(Files::isRegularFile).forEach(f -> version(f.getFileName().toString()).ifPresent(out::add));
        }
      } else if ("jar".equals(url.getProtocol())) {
        URLConnection c = url.openConnection();
        c.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(LOCATION + "/") && !entry.endsWith("/")) {
              version(entry.substring(entry.lastIndexOf('/') + 1)).ifPresent(out::add);
            }
          }
        }
      }
    }
    return out;
  }

  /** The version of a migration file name (V3__tables.sql -> 3, V1_2__x.sql -> 1.2), if it is one. */
  public static Optional<String> version(String fileName) {
    Matcher m = FILE.matcher(fileName);
    return m.matches() ? Optional.of(m.group(1).replace('_', '.')) : Optional.empty();
  }

  public static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ZERO;
      java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ZERO;
      int c = p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
