package org.nbabox.rds;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.testing.ChildJvm;
import org.nbabox.testing.TestPostgres;

/**
 * jobs/export-rds before any Spark work: bad options exit 2, a server that refuses the login or
 * cannot be reached exits 1 with one line, in a real process with the operator's logging.
 */
class ExportRdsJobTest {

    @TempDir static Path tmp;
    private static TestPostgres pg;

    @BeforeAll
    static void start() {
        pg = TestPostgres.start(tmp.resolve("pg"));
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    /** Exit status and stderr of an in-process run. */
    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ExportRdsJob(env, tmp, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLine(Run r, String expectedStart) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(expectedStart), lines.get(0));
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        String tables = tmp.resolve("tables").toString();
        Run format = run(Map.of(), "--tables", tables, "--format", "csv");
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, format.exit());
        assertOneLine(format, "export-rds: Invalid value for option '--format'");

        Run unknown = run(Map.of(), "--tables", tables, "--password", "x");
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, unknown.exit());
        assertOneLine(unknown, "export-rds: Unknown options: '--password'");

        Run connections = run(Map.of(), "--tables", tables, "--jdbc-url", pg.url(), "--user", "u", "--max-connections", "0");
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, connections.exit());
        assertOneLine(connections, "export-rds: --max-connections must be at least 1");

        Run notPostgres = run(Map.of(), "--tables", tables, "--jdbc-url", "jdbc:mysql://h/db", "--user", "u");
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, notPostgres.exit());
        assertOneLine(notPostgres, "export-rds: not a PostgreSQL JDBC URL");

        Run conf = run(Map.of(), "--tables", tables, "--conf", tmp.resolve("none.properties").toString());
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, conf.exit());
        assertOneLine(conf, "export-rds: configuration file");
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        Run r = run(Map.of(), "--tables", tmp.toString(), "--jdbc-url", pg.url() + "?password=" + TestPostgres.PASSWORD,
                "--user", TestPostgres.USER);
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, r.exit());
        assertOneLine(r, "export-rds: the JDBC URL must not hold the password");
        assertTrue(r.err().contains("PGPASSWORD"), r.err());
        assertFalse(r.err().contains(TestPostgres.PASSWORD), r.err());
    }

    @Test
    void theProfileGivesUrlUserAndConnections() throws Exception {
        Path profile = Files.writeString(tmp.resolve("rds.properties"), String.join("\n",
                "output = " + tmp.resolve("tables"),
                "jdbc.url = " + pg.url(),
                "jdbc.user = someone_else",
                "rds.max.connections = 0", ""));
        Run r = run(Map.of(), "--conf", profile.toString());
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, r.exit(), "rds.max.connections of the profile is used: " + r.err());
        assertOneLine(r, "export-rds: --max-connections must be at least 1");
        Run secret = run(Map.of(), "--conf", Files.writeString(tmp.resolve("secret.properties"), "jdbc.password = x\n").toString());
        assertEquals(ExportRdsJob.EXIT_BAD_ARGS, secret.exit());
        assertOneLine(secret, "export-rds: configuration ");
        assertTrue(secret.err().contains("holds a secret"), secret.err());
    }

    @Test
    void wrongPasswordExitsOneWithOneClearLineAndNeverShowsIt() throws Exception {
        String wrong = "Wr0ng-pw-" + System.nanoTime();
        ChildJvm.Result r = ChildJvm.run(ExportRdsJob.class, Map.of("PGPASSWORD", wrong), Paths.get("conf/log4j2-local.properties"),
                tmp.resolve("wrong.log"), "--tables", tmp.resolve("tables").toString(), "--jdbc-url", pg.url(),
                "--user", TestPostgres.USER);
        assertEquals(ExportRdsJob.EXIT_FAILED, r.exitCode(), r.output());
        List<String> errors = r.output().lines().filter(l -> l.startsWith("export-rds:")).toList();
        assertEquals(List.of("export-rds: cannot connect to PostgreSQL at localhost:" + pg.port() + "/postgres as nbabox_loader:"
                + " FATAL: password authentication failed for user \"nbabox_loader\" [SQLState 28P01] (password from PGPASSWORD)"),
                errors, r.output());
        assertNoStackTrace(r.output());
        assertFalse(r.output().contains(wrong), r.output());
        assertFalse(String.join(" ", r.command()).contains(wrong), "the password is not on the command line");
    }

    @Test
    void unreachableServerExitsOneWithOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ChildJvm.Result r = ChildJvm.run(ExportRdsJob.class, Map.of("PGPASSWORD", TestPostgres.PASSWORD),
                Paths.get("conf/log4j2-local.properties"), tmp.resolve("unreachable.log"), "--tables", tmp.resolve("tables").toString(),
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/nbabox", "--user", TestPostgres.USER);
        assertEquals(ExportRdsJob.EXIT_FAILED, r.exitCode(), r.output());
        List<String> errors = r.output().lines().filter(l -> l.startsWith("export-rds:")).toList();
        assertEquals(1, errors.size(), r.output());
        assertTrue(errors.get(0).startsWith("export-rds: cannot connect to PostgreSQL at 127.0.0.1:" + closedPort
                + "/nbabox as nbabox_loader: Connection to 127.0.0.1:" + closedPort + " refused"), errors.get(0));
        assertNoStackTrace(r.output());
        assertFalse(r.output().contains(TestPostgres.PASSWORD), r.output());
    }

    @Test
    void noPasswordAnywhereSaysWhereItLooked() {
        Path missing = tmp.resolve("no.pgpass");
        Run r = run(Map.of("PGPASSFILE", missing.toString()), "--tables", tmp.toString(), "--jdbc-url", pg.url(),
                "--user", TestPostgres.USER);
        assertEquals(ExportRdsJob.EXIT_FAILED, r.exit());
        assertOneLine(r, "export-rds: cannot connect to PostgreSQL at localhost:" + pg.port() + "/postgres as nbabox_loader: ");
        assertTrue(r.err().contains("(password no PGPASSWORD and no " + missing + ")"), r.err());
    }

    private static void assertNoStackTrace(String output) {
        assertFalse(output.lines().anyMatch(l -> l.startsWith("\tat ") || l.contains("Exception")), output);
    }
}
