package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.rds.PgTarget;
import org.nbabox.rds.Phase9Schema;
import org.nbabox.testing.TestPostgres;
import picocli.CommandLine;

/** The PostgreSQL checks against a real server (embedded PostgreSQL). */
class PostgresChecksTest {

  private static final String LOADER_PASSWORD = TestPostgres.PASSWORD;
  private static TestPostgres pg;
  private static String url;

  /** The version the generic checks compare with; the preflight command itself uses {@link Phase9Schema#VERSION}. */
  private static final String EXPECTED = "3";

  @TempDir Path tmp;
  private Path home;

  @BeforeAll
  static void start() throws Exception {
    // the loader role with password authentication over TCP, as on RDS (the superuser stays on trust)
    pg = TestPostgres.start(Files.createTempDirectory("preflight-pg"));
    url = pg.url();
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    home = Files.createDirectories(tmp.resolve("home"));
    sql("drop schema if exists phase9 cascade");
  }

  private static void sql(String... statements) {
    pg.sql(statements);
  }

  /** phase9 with a Flyway history table, made by hand as Flyway would. */
  private static void history(String... rows) throws Exception {
    sql("create schema phase9",
        "create table phase9.flyway_schema_history (installed_rank int primary key, version varchar(50), description varchar(200) not null,"
            + " type varchar(20) not null, script varchar(1000) not null, checksum int, installed_by varchar(100) not null,"
            + " installed_on timestamp not null default now(), execution_time int not null, success boolean not null)");
    sql("grant usage on schema phase9 to nbabox_loader", "grant select on phase9.flyway_schema_history to nbabox_loader");
    int rank = 1;
    for (String row : rows) {
      String[] v = row.split(":");
      sql(String.format("insert into phase9.flyway_schema_history values (%d, %s, 'm', 'SQL', 'V%s__m.sql', 0, 'flyway', now(), 5, %s)",
          rank++, v[0].equals("null") ? "null" : "'" + v[0] + "'", v[0], v[1]));
    }
  }

  private List<Check> check(String user, Map<String, String> env) {
    return PostgresChecks.check(url, user, env, home, EXPECTED);
  }

  @Test
  void schemaAtTheExpectedVersionPasses() throws Exception {
    history("1:true", "2:true", "3:true", "null:true");
    List<Check> checks = check("postgres", Map.of());
    assertEquals(2, checks.size());
    Check conn = checks.get(0);
    assertTrue(conn.passed(), conn.line());
    assertTrue(conn.line().startsWith("PASS  postgres  localhost:" + pg.port() + "/postgres as postgres (PostgreSQL "), conn.line());
    assertEquals("PASS  phase9-schema  phase9 at V3 (expected V3)", checks.get(1).line());
  }

  @Test
  void olderSchemaFails() throws Exception {
    history("1:true", "2:true");
    Check c = check("postgres", Map.of()).get(1);
    assertEquals("FAIL  phase9-schema  phase9 at V2, this jar needs V3: run the migrations first", c.line());
  }

  @Test
  void newerSchemaFails() throws Exception {
    history("1:true", "2:true", "3:true", "10:true");
    Check c = check("postgres", Map.of()).get(1);
    assertFalse(c.passed());
    assertTrue(c.detail().contains("phase9 at V10 is newer than this jar's V3"), c.line());
  }

  @Test
  void failedMigrationFails() throws Exception {
    history("1:true", "2:true", "3:false");
    Check c = check("postgres", Map.of()).get(1);
    assertFalse(c.passed());
    assertTrue(c.detail().contains("failed migration(s) V3"), c.line());
  }

  @Test
  void missingHistoryTableFails() {
    List<Check> checks = check("postgres", Map.of());
    assertTrue(checks.get(0).passed(), checks.get(0).line());
    assertFalse(checks.get(1).passed());
    assertTrue(checks.get(1).detail().contains("phase9.flyway_schema_history does not exist"), checks.get(1).line());
  }

  @Test
  void schemaMadeByTheRealMigrationsPassesThePreflight() throws Exception {
    Phase9Schema.migrate(PgTarget.resolve(url, "postgres", Map.of(), home));
    List<Check> checks = PostgresChecks.check(url, "postgres", Map.of(), home);
    assertEquals("PASS  phase9-schema  phase9 at V" + Phase9Schema.VERSION + " (expected V" + Phase9Schema.VERSION + ")",
        checks.get(1).line());
  }

  @Test
  void passwordFromPgpassNeverPrinted() throws Exception {
    history("1:true", "2:true", "3:true");
    Path pgpass = Files.writeString(home.resolve(".pgpass"), "localhost:" + pg.port() + ":postgres:nbabox_loader:" + LOADER_PASSWORD + "\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    List<Check> checks = check("nbabox_loader", Map.of());
    assertTrue(checks.get(0).passed(), checks.get(0).line());
    assertTrue(checks.get(0).detail().contains("password from ~/.pgpass"), checks.get(0).line());
    assertTrue(checks.get(1).passed(), checks.get(1).line());
    for (Check c : checks) {
      assertFalse(c.line().contains(LOADER_PASSWORD), c.line());
    }
  }

  @Test
  void userWithoutRightsOnTheSchemaFailsTheSchemaCheck() throws Exception {
    history("1:true", "2:true", "3:true");
    sql("revoke usage on schema phase9 from nbabox_loader");
    List<Check> checks = check("nbabox_loader", Map.of("PGPASSWORD", LOADER_PASSWORD));
    assertTrue(checks.get(0).passed(), checks.get(0).line());
    assertEquals(List.of("postgres", "phase9-schema"), checks.stream().map(Check::name).toList());
    assertTrue(checks.get(1).line().startsWith("FAIL  phase9-schema  cannot read phase9.flyway_schema_history as nbabox_loader: "), checks.get(1).line());
    assertTrue(checks.get(1).detail().contains("needs USAGE on schema phase9"), checks.get(1).line());
  }

  @Test
  void wrongPasswordFailsWithoutShowingIt() {
    List<Check> checks = check("nbabox_loader", Map.of("PGPASSWORD", "not-the-password"));
    Check conn = checks.get(0);
    assertFalse(conn.passed());
    assertTrue(conn.detail().contains("password authentication failed"), conn.line());
    assertTrue(conn.detail().contains("password from PGPASSWORD"), conn.line());
    assertFalse(conn.line().contains("not-the-password"), conn.line());
    assertEquals("FAIL  phase9-schema  not checked: no PostgreSQL connection", checks.get(1).line());
  }

  @Test
  void unreachableServerFails() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    List<Check> checks = PostgresChecks.check("jdbc:postgresql://127.0.0.1:" + closedPort + "/nbabox", "loader", Map.of(), home, EXPECTED);
    assertFalse(checks.get(0).passed());
    assertTrue(checks.get(0).line().startsWith("FAIL  postgres  127.0.0.1:" + closedPort + "/nbabox as loader: "), checks.get(0).line());
    assertFalse(checks.get(1).passed());
  }

  @Test
  void missingOrUnfilledUrlFails() {
    assertEquals("FAIL  postgres  --save-rds needs --jdbc-url or jdbc.url in the profile",
        PostgresChecks.check(null, "u", Map.of(), home, EXPECTED).get(0).line());
    Check placeholder = PostgresChecks.check("jdbc:postgresql://${RDS_ENDPOINT}:5432/nbabox", "u", Map.of(), home, EXPECTED).get(0);
    assertTrue(placeholder.detail().startsWith("unresolved placeholder"), placeholder.line());
    Check notPg = PostgresChecks.check("jdbc:mysql://h/db", "u", Map.of(), home, EXPECTED).get(0);
    assertTrue(notPg.detail().startsWith("not a PostgreSQL JDBC URL"), notPg.line());
  }

  @Test
  void passwordInTheUrlIsRedacted() {
    String withPassword = url + "?password=" + LOADER_PASSWORD + "&sslmode=disable";
    List<Check> checks = PostgresChecks.check(withPassword, "nbabox_loader", Map.of(), home, EXPECTED);
    assertTrue(checks.get(0).passed(), checks.get(0).line());
    assertTrue(checks.get(0).detail().contains("password from the JDBC URL"), checks.get(0).line());
    assertFalse(checks.get(0).line().contains(LOADER_PASSWORD));
    assertEquals("jdbc:postgresql://h/db?password=***&ssl=true", PostgresChecks.redact("jdbc:postgresql://h/db?password=x:y&ssl=true"));
  }

  @Test
  void preflightCommandWithSaveRds() throws Exception {
    int version = Integer.parseInt(Phase9Schema.VERSION);
    String[] rows = new String[version];
    for (int v = 1; v <= version; v++) {
      rows[v - 1] = v + ":true";
    }
    history(rows);
    Path in = Files.createDirectories(tmp.resolve("games"));
    Files.writeString(in.resolve("401070702.json"), "{}");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Preflight preflight = new Preflight(new PrintStream(buf, true, StandardCharsets.UTF_8), Map.of("PGPASSWORD", LOADER_PASSWORD),
        home, null, getClass().getClassLoader());
    int exit = new CommandLine(preflight).execute("--input", in.toString(), "--output", tmp.resolve("out").toString(),
        "--save-rds", "--jdbc-url", url, "--jdbc-user", "nbabox_loader", "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, out);
    assertTrue(out.contains("\nPASS  postgres  localhost:" + pg.port() + "/postgres as nbabox_loader"), out);
    assertTrue(out.contains("\nPASS  phase9-schema  phase9 at V" + version + " (expected V" + version + ")\n"), out);
    assertFalse(out.contains(LOADER_PASSWORD), out);

    sql("delete from phase9.flyway_schema_history where version = '" + version + "'");
    buf.reset();
    exit = new CommandLine(new Preflight(new PrintStream(buf, true, StandardCharsets.UTF_8), Map.of("PGPASSWORD", LOADER_PASSWORD),
        home, null, getClass().getClassLoader())).execute("--input", in.toString(), "--output", tmp.resolve("out").toString(),
        "--save-rds", "--jdbc-url", url, "--jdbc-user", "nbabox_loader", "--min-free-disk-gb", "0", "--min-free-memory-gb", "0");
    out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(1, exit, out);
    assertTrue(out.contains("\nFAIL  phase9-schema  phase9 at V" + (version - 1) + ", this jar needs V" + version), out);
  }
}
