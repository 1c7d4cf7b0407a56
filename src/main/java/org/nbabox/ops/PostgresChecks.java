package org.nbabox.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nbabox.rds.Phase9Schema;
import org.nbabox.rds.PgTarget;

/**
 * PostgreSQL (Amazon RDS) checks for runs with --save-rds: the server answers with the configured user
 * and password, and the phase9 schema is at the version the Flyway migrations of this jar bring it to
 * ({@link Phase9Schema#VERSION}).
 */
public final class PostgresChecks {

  public static final String SCHEMA = Phase9Schema.NAME;
  public static final String HISTORY = Phase9Schema.HISTORY_TABLE;
  static final String CONNECTION = "postgres";
  static final String VERSION = "phase9-schema";

  private PostgresChecks() {}

  /** Both checks against the schema version of this jar. */
  public static List<Check> check(String url, String user, Map<String, String> env, Path home) {
    return check(url, user, env, home, Phase9Schema.VERSION);
  }

  /** Both checks: "postgres" (connection) and "phase9-schema" (Flyway version {@code expectedVersion}). */
  public static List<Check> check(String url, String user, Map<String, String> env, Path home, String expectedVersion) {
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
    PgTarget target;
    try {
      target = PgTarget.resolve(url, user, env, home);
    } catch (RuntimeException e) {
      out.add(Check.fail(CONNECTION, e.getMessage()));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
      return out;
    }
    try (Connection c = connect(target)) {
      String server = c.getMetaData().getDatabaseProductVersion();
      out.add(Check.pass(CONNECTION, target.host() + ":" + target.port() + "/" + target.database() + " as " + target.user()
          + " (PostgreSQL " + server + ", password " + target.password().source() + ")"));
      try {
        out.add(schemaVersion(c, expectedVersion));
      } catch (SQLException e) {
        out.add(Check.fail(VERSION, "cannot read " + HISTORY + " as " + target.user() + ": " + sqlMessage(e)
            + ("42501".equals(e.getSQLState()) ? " (the user needs USAGE on schema " + SCHEMA + " and SELECT on the history table)" : "")));
      }
    } catch (SQLException e) {
      out.add(Check.fail(CONNECTION, target.host() + ":" + target.port() + "/" + target.database() + " as " + target.user()
          + ": " + sqlMessage(e) + " (password " + target.password().source() + ")"));
      out.add(Check.fail(VERSION, "not checked: no PostgreSQL connection"));
    }
    return out;
  }

  static Connection connect(PgTarget t) throws SQLException {
    // a preflight should not hang on a server that accepts and then stalls
    Connection c = t.connect("nbabox-preflight");
    c.setNetworkTimeout(Runnable::run, 60_000);
    return c;
  }

  /** Compares the highest successful version in phase9.flyway_schema_history with the jar's migrations. */
  static Check schemaVersion(Connection c, String want) throws SQLException {
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
        } else if (applied == null || Phase9Schema.compareVersions(v, applied) > 0) {
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
    int cmp = Phase9Schema.compareVersions(applied, want);
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
    return PgTarget.redact(url);
  }
}
