package org.nbabox.rds;

import java.io.IOException;
import java.io.Serializable;
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
 * {@link Lookup#toString()} or of any message.
 */
public final class PgPass {

    /** The outcome of a lookup: the password if any, and where it came from (safe to print). */
    public static final class Lookup implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String password;
        private final String source;

        Lookup(String password, String source) {
            this.password = password;
            this.source = source;
        }

        public Optional<String> password() {
            return Optional.ofNullable(password);
        }

        /** Where the password came from, or why there is none: "from PGPASSWORD", "no PGPASSWORD and no ~/.pgpass". */
        public String source() {
            return source;
        }

        @Override
        public String toString() {
            return "password " + (password == null ? "not set" : "set") + " (" + source + ")";
        }
    }

    private PgPass() {
    }

    /** The password for {@code user} on {@code host:port/database}, looked up in {@code env} and then the password file. */
    public static Lookup resolve(Map<String, String> env, Path home, String host, int port, String database, String user) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new Lookup(fromEnv, "from PGPASSWORD");
        }
        String custom = env.get("PGPASSFILE");
        boolean named = custom != null && !custom.isEmpty();
        Path file = named ? Paths.get(custom) : home.resolve(".pgpass");
        String shown = named ? file.toString() : "~/.pgpass";
        if (!Files.isRegularFile(file)) {
            return new Lookup(null, "no PGPASSWORD and no " + shown);
        }
        try {
            if (groupOrWorldAccessible(file)) {
                return new Lookup(null, shown + " ignored: it is readable by group or others (chmod 600 " + shown + ")");
            }
            Optional<String> found = find(Files.readAllLines(file, StandardCharsets.UTF_8), host, port, database, user);
            return found.map(p -> new Lookup(p, "from " + shown)).orElseGet(() -> new Lookup(null,
                    "no line of " + shown + " matches " + host + ":" + port + ":" + database + ":" + user));
        } catch (IOException e) {
            return new Lookup(null, "cannot read " + shown + ": " + e.getClass().getSimpleName());
        }
    }

    /** A password given some other way (the JDBC URL of a preflight check), with where it came from. */
    static Lookup given(String password, String source) {
        return new Lookup(password, source);
    }

    static boolean groupOrWorldAccessible(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.GROUP_EXECUTE) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: libpq does not check there either
            return false;
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
