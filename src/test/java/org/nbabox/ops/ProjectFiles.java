package org.nbabox.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The project root (where pom.xml and jobs/ are), whatever directory the tests run from. */
final class ProjectFiles {

  private ProjectFiles() {}

  static Path root() {
    String basedir = System.getProperty("basedir");
    Path start = basedir != null ? Paths.get(basedir) : Paths.get("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("deploy/emr"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root above " + start);
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }
}
