package org.nbabox.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * PostgreSQL (Amazon RDS) checks for runs with --save-rds: the server answers with the configured user
 * and password, and the phase9 schema is at the version of the Flyway migrations in this jar.
 */
public final class PostgresChecks {

  public static final String SCHEMA = "phase9";
  public static final String HISTORY = SCHEMA + ".flyway_schema_history";
  static final String CONNECTION = "postgres";
  static final String VERSION = "phase9-schema";

  private PostgresChecks() {}

  /** The connection settings, with the password resolved and the URL safe to print. */
  public record Target(String url, String shownUrl, String host, int port, String database, String user, PgPass.Lookup password) {

    public static Target resolve(String url, String user, Map<String, String> env, Path home) {
      Properties parsed = org.postgresql.Driver.parseURL(url, null);
      if (parsed == null) {
        throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + redact(url));
      }
      String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
      int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
      String database = parsed.getProperty("PGDBNAME", "");
      String who = firstNonBlank(user, parsed.getProperty("user"), env.get("PGUSER"), System.getProperty("user.name"));
      PgPass.Lookup password = parsed.getProperty("password") != null
          ? new PgPass.Lookup(parsed.getProperty("password"), "from the JDBC URL")
          : PgPass.resolve(env, home, host, port, database, who);
      return new Target(url, redact(url), host, port, database, who, password);
    }

    @Override
    public String toString() {
      return shownUrl + " as " + user + ", " + password;
    }
  }

  /** Both checks: "postgres" (connection) and "phase9-schema" (Flyway version). */
  public static List<Check> check(String url, String user, Map<String, String> env, Path home, ClassLoader migrations) {
    List<Check> out = new ArrayList<>(2);
    if (url == null || url.isBlank()) {
      out.add(Check.fail(CONNECTION, "--save-rds needs --jdbc-url or jdbc.url in the profile"));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
      return out;
    }
    if (Profile.hasPlaceholder(url)) {
      out.add(Check.fail(CONNECTION, "unresolved placeholder in jdbc.url " + redact(url) + ": fill in the profile or pass --jdbc-url"));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
      return out;
    }
    Target target;
    try {
      target = Target.resolve(url, user, env, home);
    } catch (RuntimeException e) {
      out.add(Check.fail(CONNECTION, e.getMessage()));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
      return out;
    }
    Optional<String> expected;
    String expectedProblem = null;
    try {
      expected = Migrations.expectedVersion(migrations);
    } catch (Exception e) {
      expected = Optional.empty();
      expectedProblem = "cannot list " + Migrations.LOCATION + " on the classpath: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    try (Connection c = connect(target)) {
      String server = c.getMetaData().getDatabaseProductVersion();
      out.add(Check.pass(CONNECTION, target.host() + ":" + target.port() + "/" + target.database() + " as " + target.user()
          + " (PostgreSQL " + server + ", password " + target.password().source() + ")"));
      if (expectedProblem != null) {
        out.add(Check.fail(VERSION, expectedProblem));
      } else {
        try {
          out.add(schemaVersion(c, expected));
        } catch (SQLException e) {
          out.add(Check.fail(VERSION, "cannot read " + HISTORY + " as " + target.user() + ": " + sqlMessage(e)
              + ("42501".equals(e.getSQLState()) ? " (the user needs USAGE on schema " + SCHEMA + " and SELECT on the history table)" : "")));
        }
      }
    } catch (SQLException e) {
      out.add(Check.fail(CONNECTION, target.host() + ":" + target.port() + "/" + target.database() + " as " + target.user()
          + ": " + sqlMessage(e) + " (password " + target.password().source() + ")"));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
    }
    return out;
  }

  static Connection connect(Target t) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", t.user());
    t.password().password().ifPresent(pw -> p.setProperty("password", pw));
    // defaults only: parameters in the URL take precedence in the driver
    p.setProperty("connectTimeout", "10");
    p.setProperty("loginTimeout", "10");
    p.setProperty("socketTimeout", "60");
    p.setProperty("ApplicationName", "nbabox-preflight");
    Connection c = new org.postgresql.Driver().connect(t.url(), p);
    if (c == null) {
      throw new SQLException("the PostgreSQL driver does not accept " + t.shownUrl());
    }
    return c;
  }

  /** Compares the highest successful version in phase9.flyway_schema_history with the jar's migrations. */
  static Check schemaVersion(Connection c, Optional<String> expected) throws SQLException {
    if (expected.isEmpty()) {
      return Check.fail(VERSION, "no " + Migrations.LOCATION + "/V*__*.sql on the classpath: cannot tell which schema version this jar needs");
    }
    String want = expected.get();
    try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
      s.setString(1, HISTORY);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        if (!r.getBoolean(1)) {
          return Check.fail(VERSION, HISTORY + " does not exist: the migrations never ran on this database (this jar needs V" + want + ")");
        }
      }
    }
    String applied = null;
    List<String> failed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select version, success from " + HISTORY + " where version is not null");
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String v = r.getString(1).strip();
        if (!r.getBoolean(2)) {
          failed.add(v);
        } else if (applied == null || Migrations.compareVersions(v, applied) > 0) {
          applied = v;
        }
      }
    } catch (NumberFormatException e) {
      return Check.fail(VERSION, HISTORY + " holds a version that is not numeric: " + e.getMessage());
    }
    if (!failed.isEmpty()) {
      return Check.fail(VERSION, "failed migration(s) V" + String.join(", V", failed) + " recorded in " + HISTORY
          + ": fix them and run flyway repair before the job writes");
    }
    if (applied == null) {
      return Check.fail(VERSION, "no successful migration in " + HISTORY + " (this jar needs V" + want + ")");
    }
    int cmp = Migrations.compareVersions(applied, want);
    if (cmp == 0) {
      return Check.pass(VERSION, SCHEMA + " at V" + applied + " (expected V" + want + ")");
    }
    if (cmp < 0) {
      return Check.fail(VERSION, SCHEMA + " at V" + applied + ", this jar needs V" + want + ": run the migrations first");
    }
    return Check.fail(VERSION, SCHEMA + " at V" + applied + " is newer than this jar's V" + want + ": launch the matching jar");
  }

  /** The first line of a driver message, plus the SQL state. */
  static String sqlMessage(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    return e.getSQLState() == null ? m : m + " [SQLState " + e.getSQLState() + "]";
  }

  /** The URL with any password parameter blanked out, for messages. */
  public static String redact(String url) {
    return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
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
