package org.nbabox.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the PostgreSQL password comes from, as libpq does it: the PGPASSWORD environment variable,
 * else the first matching line of the password file (PGPASSFILE, default ~/.pgpass). A password file
 * readable by group or others is ignored, as libpq ignores it. The password is never part of
 * {@link #toString()} or of any message.
 */
public final class PgPass {

  /** The outcome of a lookup: the password if any, and where it came from (safe to print). */
  public static final class Lookup {
    private final String password;
    private final String source;

    Lookup(String password, String source) {
      this.password = password;
      this.source = source;
    }

    public Optional<String> password() {
      return Optional.ofNullable(password);
    }

    public String source() {
      return source;
    }

    @Override
    public String toString() {
      return "password " + (password == null ? "not set" : "set") + " (" + source + ")";
    }
  }

  private PgPass() {}

  public static Lookup resolve(Map<String, String> env, Path home, String host, int port, String database, String user) {
    String fromEnv = env.get("PGPASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return new Lookup(fromEnv, "from PGPASSWORD");
    }
    String custom = env.get("PGPASSFILE");
    Path file = custom != null && !custom.isEmpty() ? Paths.get(custom) : home.resolve(".pgpass");
    String shown = custom != null && !custom.isEmpty() ? file.toString() : "~/.pgpass";
    if (!Files.isRegularFile(file)) {
      return new Lookup(null, "no PGPASSWORD and no " + shown);
    }
    try {
      if (groupOrWorldAccessible(file)) {
        return new Lookup(null, shown + " ignored: it is readable by group or others (chmod 600 " + shown + ")");
      }
      Optional<String> found = find(Files.readAllLines(file, StandardCharsets.UTF_8), host, port, database, user);
      return found.map(p -> new Lookup(p, "from " + shown))
          .orElseGet(() -> new Lookup(null, "no line of " + shown + " matches " + host + ":" + port + ":" + database + ":" + user));
    } catch (IOException e) {
      return new Lookup(null, "cannot read " + shown + ": " + e.getClass().getSimpleName());
    }
  }

  static boolean groupOrWorldAccessible(Path file) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.GROUP_WRITE)
          || perms.contains(PosixFilePermission.GROUP_EXECUTE) || perms.contains(PosixFilePermission.OTHERS_READ)
          || perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (UnsupportedOperationException e) {
      return false; // not a POSIX file system: libpq does not check there either
    }
  }

  /** The password of the first line matching host:port:database:user ('*' matches anything). */
  static Optional<String> find(List<String> lines, String host, int port, String database, String user) {
    String[] wanted = {host, Integer.toString(port), database, user};
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(line);
      if (fields.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        String f = fields.get(i);
        match = f.equals("*") || f.equals(wanted[i]);
      }
      if (match) {
        return Optional.of(fields.get(4));
      }
    }
    return Optional.empty();
  }

  /**
   * Splits a .pgpass line on ':' into the four key fields and the password; '\' escapes ':' and '\'.
   * The fifth field takes the rest of the line, so a password may contain ':' after the fourth.
   */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(5);
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cur.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
