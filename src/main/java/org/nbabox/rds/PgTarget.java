package org.nbabox.rds;

import java.io.Serializable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect to PostgreSQL: the JDBC URL, the parts of it people read (host, port,
 * database), the user and the password lookup. Serializable so Spark tasks can open their own
 * connections; {@link #toString()} and every message show the URL with any password blanked out
 * and never the password itself.
 *
 * @param url      the JDBC URL as given
 * @param shownUrl the URL with any password parameter blanked out, for messages
 * @param host     first host of the URL
 * @param port     first port of the URL (5432 by default)
 * @param database database name
 * @param user     user name
 * @param password the password and where it came from
 */
public record PgTarget(String url, String shownUrl, String host, int port, String database, String user,
                       PgPass.Lookup password) implements Serializable {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    /**
     * Parses {@code url} and looks the password up for {@code user}: a password parameter of the URL
     * if there is one, else PGPASSWORD, else the password file (see {@link PgPass}).
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL
     */
    public static PgTarget resolve(String url, String user, Map<String, String> env, Path home) {
        Properties parsed = url == null ? null : org.postgresql.Driver.parseURL(url, null);
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + redact(url));
        }
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        String database = parsed.getProperty("PGDBNAME", "");
        String who = firstNonBlank(user, parsed.getProperty("user"), env.get("PGUSER"), System.getProperty("user.name"));
        PgPass.Lookup password = parsed.getProperty("password") != null
                ? PgPass.given(parsed.getProperty("password"), "from the JDBC URL")
                : PgPass.resolve(env, home, host, port, database, who);
        return new PgTarget(url, redact(url), host, port, database, who, password);
    }

    /** True when the URL carries a password parameter (which would show in the process list and in logs). */
    public static boolean hasPassword(String url) {
        return url != null && URL_PASSWORD.matcher(url).find();
    }

    /** The URL with any password parameter blanked out, for messages. */
    public static String redact(String url) {
        return url == null ? null : URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    /** host:port/database as user, for messages. */
    public String describe() {
        return host + ":" + port + "/" + database + " as " + user;
    }

    /**
     * Opens a connection; {@code applicationName} shows in pg_stat_activity. Parameters written in the
     * URL win over the defaults set here.
     */
    public Connection connect(String applicationName) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        password.password().ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("connectTimeout", "10");
        p.setProperty("loginTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", applicationName);
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + shownUrl, "08001");
        }
        return c;
    }

    @Override
    public String toString() {
        return shownUrl + " as " + user + ", " + password;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
