package org.nbabox.rds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where the PostgreSQL password comes from: the {@code PGPASSWORD} environment variable, else
 * {@code ~/.pgpass} ({@code host:port:database:user:password}, {@code *} wildcards), never a flag.
 */
public final class PgPass {

    private PgPass() {
    }

    public static String password(String jdbcUrl, String user) {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String file = System.getenv("PGPASSFILE");
        Path path = file != null ? Paths.get(file) : Paths.get(System.getProperty("user.home"), ".pgpass");
        return fromFile(path, jdbcUrl, user);
    }

    static String fromFile(Path path, String jdbcUrl, String user) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        URI uri = URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "5432" : Integer.toString(uri.getPort());
        String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        try {
            List<String> lines = Files.readAllLines(path);
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("(?<!\\\\):", 5);
                if (f.length == 5 && match(f[0], host) && match(f[1], port) && match(f[2], db) && match(f[3], user)) {
                    return f[4].replace("\\:", ":").replace("\\\\", "\\");
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean match(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** A JDBC URL safe to log: query parameters (which may hold a password) removed. */
    public static String redact(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q) + "?...";
    }
}
