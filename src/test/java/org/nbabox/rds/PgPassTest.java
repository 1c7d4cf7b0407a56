package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    @TempDir Path home;

    private Path pgpass(String... lines) throws Exception {
        Path f = Files.write(home.resolve(".pgpass"), List.of(lines));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void firstMatchingLineWinsAndStarMatchesAnything() {
        List<String> lines = List.of(
                "# comment",
                "",
                "db.example.com:5432:nbabox:loader:first",
                "*:*:nbabox:loader:second",
                "*:*:*:*:fallback");
        assertEquals(Optional.of("first"), PgPass.find(lines, "db.example.com", 5432, "nbabox", "loader"));
        assertEquals(Optional.of("second"), PgPass.find(lines, "other.example.com", 6543, "nbabox", "loader"));
        assertEquals(Optional.of("fallback"), PgPass.find(lines, "db.example.com", 5432, "postgres", "admin"));
        assertEquals(Optional.empty(), PgPass.find(lines.subList(0, 4), "db.example.com", 5432, "postgres", "admin"));
    }

    @Test
    void backslashEscapesColonAndBackslash() {
        assertEquals(List.of("h", "5432", "d", "u", "pa:ss\\word"), PgPass.fields("h:5432:d:u:pa\\:ss\\\\word"));
        assertEquals(List.of("h", "5432", "d", "u", "a:b"), PgPass.fields("h:5432:d:u:a:b"), "the password takes the rest of the line");
        assertEquals(Optional.of("s3cret"), PgPass.find(List.of("my\\:host:5432:d:u:s3cret"), "my:host", 5432, "d", "u"));
        assertEquals(Optional.empty(), PgPass.find(List.of("too:few:fields"), "too", 5432, "few", "fields"));
    }

    @Test
    void pgpasswordComesFirst() throws Exception {
        pgpass("*:*:*:*:from-file");
        PgPass.Lookup l = PgPass.resolve(Map.of("PGPASSWORD", "from-env"), home, "h", 5432, "d", "u");
        assertEquals(Optional.of("from-env"), l.password());
        assertEquals("from PGPASSWORD", l.source());
    }

    @Test
    void pgpassFileInTheHomeDirectory() throws Exception {
        pgpass("h:5432:d:u:from-file");
        PgPass.Lookup l = PgPass.resolve(Map.of(), home, "h", 5432, "d", "u");
        assertEquals(Optional.of("from-file"), l.password());
        assertEquals("from ~/.pgpass", l.source());
        assertFalse(l.toString().contains("from-file"), "toString never shows the password: " + l);
        PgPass.Lookup none = PgPass.resolve(Map.of(), home, "h", 5432, "d", "someone-else");
        assertEquals(Optional.empty(), none.password());
        assertTrue(none.source().contains("no line of ~/.pgpass matches h:5432:d:someone-else"), none.source());
    }

    @Test
    void pgpassfileVariableNamesAnotherFile() throws Exception {
        Path other = Files.write(home.resolve("rds.pgpass"), List.of("*:*:*:*:other"));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("r--------"));
        PgPass.Lookup l = PgPass.resolve(Map.of("PGPASSFILE", other.toString()), home, "h", 5432, "d", "u");
        assertEquals(Optional.of("other"), l.password());
    }

    @Test
    void fileReadableByOthersIsIgnoredAsLibpqDoes() throws Exception {
        Path f = pgpass("*:*:*:*:exposed");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        PgPass.Lookup l = PgPass.resolve(Map.of(), home, "h", 5432, "d", "u");
        assertEquals(Optional.empty(), l.password());
        assertTrue(l.source().contains("chmod 600"), l.source());
    }

    @Test
    void noPasswordAnywhere() {
        PgPass.Lookup l = PgPass.resolve(Map.of(), home, "h", 5432, "d", "u");
        assertEquals(Optional.empty(), l.password());
        assertEquals("no PGPASSWORD and no ~/.pgpass", l.source());
    }
}
