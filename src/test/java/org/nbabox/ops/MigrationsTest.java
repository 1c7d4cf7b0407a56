package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path tmp;

  /** A class path directory holding db/migration/ with the given files. */
  static Path migrationDir(Path root, String... files) throws Exception {
    Path dir = Files.createDirectories(root.resolve("db/migration"));
    for (String f : files) {
      Files.writeString(dir.resolve(f), "select 1;");
    }
    return root;
  }

  static URLClassLoader loader(Path... entries) throws Exception {
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = entries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  /**
   * A loader that loads classes (Spark, the driver) from the test class path but lists resources of
   * its own entries only, so migrations elsewhere on the test class path cannot change the expected version.
   */
  static URLClassLoader isolatedResources(Path... entries) throws Exception {
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = entries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, MigrationsTest.class.getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return findResources(name);
      }
    };
  }

  @Test
  void versionOfAFileName() {
    assertEquals(Optional.of("3"), Migrations.version("V3__snapshot_tables.sql"));
    assertEquals(Optional.of("1.2"), Migrations.version("V1_2__fix.sql"));
    assertEquals(Optional.of("2.0.1"), Migrations.version("V2.0.1__x.sql"));
    assertEquals(Optional.empty(), Migrations.version("R__views.sql"), "repeatable: no version");
    assertEquals(Optional.empty(), Migrations.version("V3_snapshot.sql"));
    assertEquals(Optional.empty(), Migrations.version("V3__x.sql.bak"));
  }

  @Test
  void numericOrder() {
    assertTrue(Migrations.compareVersions("10", "9") > 0, "not lexical");
    assertTrue(Migrations.compareVersions("1.10", "1.9") > 0);
    assertEquals(0, Migrations.compareVersions("1.0", "1"));
    assertTrue(Migrations.compareVersions("2", "1.9.9") > 0);
  }

  @Test
  void highestVersionInAClassPathDirectory() throws Exception {
    Path root = migrationDir(tmp.resolve("classes"), "V1__init.sql", "V2__tables.sql", "V10__indexes.sql", "R__views.sql", "notes.txt");
    try (URLClassLoader cl = loader(root)) {
      assertEquals(List.of("1", "2", "10"), List.copyOf(Migrations.versions(cl)));
      assertEquals(Optional.of("10"), Migrations.expectedVersion(cl));
    }
  }

  @Test
  void highestVersionInAJar() throws Exception {
    Path jar = tmp.resolve("nbabox.jar");
    try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
      for (String e : List.of("db/", "db/migration/", "db/migration/V1__init.sql", "db/migration/V3__more.sql", "org/x.class")) {
        j.putNextEntry(new JarEntry(e));
        if (!e.endsWith("/")) {
          j.write(1);
        }
        j.closeEntry();
      }
    }
    Path dir = migrationDir(tmp.resolve("classes"), "V2__other.sql");
    try (URLClassLoader cl = loader(jar, dir)) {
      assertEquals(List.of("1", "2", "3"), List.copyOf(Migrations.versions(cl)));
      assertEquals(Optional.of("3"), Migrations.expectedVersion(cl));
    }
  }

  @Test
  void noMigrations() throws Exception {
    try (URLClassLoader cl = loader(Files.createDirectories(tmp.resolve("empty")))) {
      assertEquals(Optional.empty(), Migrations.expectedVersion(cl));
    }
  }
}
