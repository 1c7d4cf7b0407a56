package org.nbabox.ops;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Checks on the job's storage, through the Hadoop FileSystem API so the same code answers for a
 * local directory and for an s3a:// prefix (with the cluster's or the profile's S3A settings).
 */
public final class StorageChecks {

  private static final double GB = 1024d * 1024 * 1024;

  private StorageChecks() {}

  /** A raw game file as the job reads it: *.json or *.json.gz. */
  public static boolean isGameFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".json.gz");
  }

  /** Input reachable and holding game files: the count of .json/.json.gz files under it. */
  public static Check input(String location, Configuration conf) {
    return countFiles("input", location, conf, StorageChecks::isGameFile, "game files (.json/.json.gz)");
  }

  /** The box score prefix (Format 2) reachable and not empty. */
  public static Check boxScores(String location, Configuration conf) {
    return countFiles("box-scores", location, conf, StorageChecks::isGameFile, "box score files (.json/.json.gz)");
  }

  static Check countFiles(String name, String location, Configuration conf, Predicate<String> accept, String what) {
    if (location == null || location.isBlank()) {
      return Check.fail(name, "no location: pass --" + name + " or set it in the profile");
    }
    if (Profile.hasPlaceholder(location)) {
      return Check.fail(name, "unresolved placeholder in " + location + ": fill in the profile or pass --" + name);
    }
    try {
      Path root = new Path(location);
      FileSystem fs = root.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(root);
      } catch (FileNotFoundException e) {
        return Check.fail(name, location + " not found");
      }
      long count = 0;
      if (status.isFile()) {
        count = accept.test(root.getName()) ? 1 : 0;
      } else {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        int rootDepth = fs.makeQualified(root).depth();
        while (files.hasNext()) {
          Path p = files.next().getPath();
          if (!isHiddenBelow(p, rootDepth) && accept.test(p.getName())) {
            count++;
          }
        }
      }
      if (count == 0) {
        return Check.fail(name, "no " + what + " under " + location);
      }
      return Check.pass(name, String.format(Locale.ROOT, "%,d %s under %s", count, what, location));
    } catch (Exception | LinkageError e) {
      return Check.fail(name, location + ": " + describe(e));
    }
  }

  /**
   * True when the path, below the listed root, has a component starting with '_' or '.': the files
   * Spark and Delta skip (_delta_log, _SUCCESS, .crc, .DS_Store).
   */
  static boolean isHiddenBelow(Path p, int rootDepth) {
    for (Path q = p; q != null && q.depth() > rootDepth; q = q.getParent()) {
      String n = q.getName();
      if (n.startsWith("_") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Output writable: creates the directory if needed, writes and deletes a probe file, and removes the
   * directory again if the probe created it. Also refuses an output inside the input (the job would
   * list its own reports as games).
   */
  public static Check output(String location, String inputLocation, Configuration conf) {
    String name = "output";
    if (location == null || location.isBlank()) {
      return Check.fail(name, "no location: pass --output or set output= in the profile");
    }
    if (Profile.hasPlaceholder(location)) {
      return Check.fail(name, "unresolved placeholder in " + location + ": fill in the profile or pass --output");
    }
    try {
      Path out = new Path(location);
      FileSystem fs = out.getFileSystem(conf);
      Path qualifiedOut = fs.makeQualified(out);
      if (inputLocation != null && !inputLocation.isBlank() && !Profile.hasPlaceholder(inputLocation)) {
        Path in = new Path(inputLocation);
        Path qualifiedIn = in.getFileSystem(conf).makeQualified(in);
        if (isSameOrBelow(qualifiedOut, qualifiedIn)) {
          return Check.fail(name, location + " is inside the input " + inputLocation
              + ": the job would read its own output as games");
        }
      }
      boolean existed = fs.exists(out);
      if (existed && !fs.getFileStatus(out).isDirectory()) {
        return Check.fail(name, location + " is a file, not a directory");
      }
      // the highest directory this check creates, so it can leave the file system as it found it
      Path topCreated = qualifiedOut;
      if (!existed) {
        while (topCreated.getParent() != null && !fs.exists(topCreated.getParent())) {
          topCreated = topCreated.getParent();
        }
        if (!fs.mkdirs(out)) {
          return Check.fail(name, "cannot create " + location);
        }
      }
      Path probe = new Path(out, "_nbabox-preflight-" + UUID.randomUUID());
      try (FSDataOutputStream o = fs.create(probe, false)) {
        o.write("nbabox preflight probe\n".getBytes(StandardCharsets.UTF_8));
      }
      boolean deleted = fs.delete(probe, false);
      if (!existed) {
        for (Path d = qualifiedOut; d != null; d = d.getParent()) {
          fs.delete(d, false);
          if (d.equals(topCreated)) {
            break;
          }
        }
      }
      if (!deleted) {
        return Check.fail(name, "wrote " + probe + " but could not delete it (the job needs delete rights)");
      }
      return Check.pass(name, location + " writable (probe file created and deleted"
          + (existed ? ")" : "; directory does not exist yet, the job will create it)"));
    } catch (Exception | LinkageError e) {
      return Check.fail(name, location + ": " + describe(e));
    }
  }

  /** True when child is parent or lies below it (both qualified). */
  static boolean isSameOrBelow(Path child, Path parent) {
    String c = stripSlash(child.toUri().toString());
    String p = stripSlash(parent.toUri().toString());
    return c.equals(p) || c.startsWith(p + "/");
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Free disk where the job writes locally: the output directory when the output is local, otherwise
   * the S3A upload buffer (fs.s3a.buffer.dir), where S3A stages blocks before upload.
   */
  public static Check disk(String outputLocation, Configuration conf, double minFreeGb) {
    String name = "disk";
    try {
      String localDir;
      String what;
      if (outputLocation != null && !Profile.hasPlaceholder(outputLocation) && isLocalOutput(outputLocation, conf)) {
        Path out = new Path(outputLocation);
        localDir = out.getFileSystem(conf).makeQualified(out).toUri().getPath();
        what = "output " + outputLocation;
      } else {
        String[] buffers = conf.getTrimmedStrings("fs.s3a.buffer.dir");
        localDir = buffers.length > 0 ? buffers[0] : System.getProperty("java.io.tmpdir");
        what = "local buffer " + localDir + " (output is remote)";
      }
      java.nio.file.Path existing = nearestExisting(Paths.get(localDir).toAbsolutePath());
      long usable = Files.getFileStore(existing).getUsableSpace();
      return disk(usable, what, minFreeGb);
    } catch (Exception | LinkageError e) {
      return Check.fail(name, describe(e));
    }
  }

  static Check disk(long usableBytes, String what, double minFreeGb) {
    String detail = String.format(Locale.ROOT, "%.1f GB free for %s (minimum %.1f GB)", usableBytes / GB, what, minFreeGb);
    return usableBytes >= minFreeGb * GB ? Check.pass("disk", detail) : Check.fail("disk", detail);
  }

  static boolean isLocalOutput(String location, Configuration conf) throws IOException {
    Path out = new Path(location);
    return "file".equals(out.getFileSystem(conf).getUri().getScheme());
  }

  static java.nio.file.Path nearestExisting(java.nio.file.Path p) {
    java.nio.file.Path q = p;
    while (q != null && !Files.exists(q)) {
      q = q.getParent();
    }
    return q == null ? p.getRoot() : q;
  }

  /** A short, operator-facing description of a storage error, with the likely cause for the common ones. */
  static String describe(Throwable e) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    int nl = msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    String type = e.getClass().getSimpleName();
    if (e instanceof AccessDeniedException || msg.contains("403")) {
      return "access denied (" + type + ": " + msg + "): check the credentials or the instance profile policy (deploy/emr/iam-policy.json)";
    }
    if (e instanceof LinkageError) {
      return "Hadoop client missing from the classpath (" + type + ": " + msg + "): run through jobs/preflight or spark-submit";
    }
    return type + ": " + msg;
  }
}
