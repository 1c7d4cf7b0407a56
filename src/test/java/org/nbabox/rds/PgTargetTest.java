package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgTargetTest {

    @TempDir Path home;

    @Test
    void partsOfTheUrlAndThePasswordFromTheEnvironment() {
        PgTarget t = PgTarget.resolve("jdbc:postgresql://db.example.com:6543/nbabox?sslmode=require", "loader",
                Map.of("PGPASSWORD", "Env-s3cret"), home);
        assertEquals("db.example.com", t.host());
        assertEquals(6543, t.port());
        assertEquals("nbabox", t.database());
        assertEquals("loader", t.user());
        assertEquals(Optional.of("Env-s3cret"), t.password().password());
        assertEquals("db.example.com:6543/nbabox as loader", t.describe());
        assertFalse(t.toString().contains("Env-s3cret"), t.toString());
        assertTrue(t.toString().contains("password set (from PGPASSWORD)"), t.toString());
    }

    @Test
    void defaultPortAndUserFromTheEnvironment() {
        PgTarget t = PgTarget.resolve("jdbc:postgresql://h/d", null, Map.of("PGUSER", "pguser"), home);
        assertEquals(5432, t.port());
        assertEquals("pguser", t.user());
        assertEquals(Optional.empty(), t.password().password());
    }

    @Test
    void aPasswordInTheUrlIsSeenAndNeverShown() {
        String url = "jdbc:postgresql://h/db?user=x&password=Url:s3cret&ssl=true";
        assertTrue(PgTarget.hasPassword(url));
        assertTrue(PgTarget.hasPassword("jdbc:postgresql://h/db?PASSWORD=x"));
        assertFalse(PgTarget.hasPassword("jdbc:postgresql://h/db?sslmode=require&passwordfile=x"));
        assertEquals("jdbc:postgresql://h/db?user=x&password=***&ssl=true", PgTarget.redact(url));
        PgTarget t = PgTarget.resolve(url, "x", Map.of("PGPASSWORD", "other"), home);
        assertEquals(Optional.of("Url:s3cret"), t.password().password());
        assertEquals("from the JDBC URL", t.password().source());
        assertFalse(t.toString().contains("Url:s3cret"), t.toString());
    }

    @Test
    void notAPostgresqlUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PgTarget.resolve("jdbc:mysql://h/db?password=Hidden1", "u", Map.of(), home));
        assertTrue(e.getMessage().startsWith("not a PostgreSQL JDBC URL"), e.getMessage());
        assertFalse(e.getMessage().contains("Hidden1"), e.getMessage());
    }

    @Test
    void travelsToSparkTasksWithItsPassword() throws Exception {
        PgTarget t = PgTarget.resolve("jdbc:postgresql://h:5433/d", "u", Map.of("PGPASSWORD", "Task-s3cret"), home);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(buf)) {
            o.writeObject(t);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buf.toByteArray()))) {
            PgTarget back = (PgTarget) in.readObject();
            assertEquals(t.describe(), back.describe());
            assertEquals(Optional.of("Task-s3cret"), back.password().password());
        }
    }
}
