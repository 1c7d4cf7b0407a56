package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.testing.TestPostgres;

/** Schema phase9 as the migrations of this jar make it, on a real PostgreSQL server. */
class Phase9SchemaTest {

    @TempDir static Path tmp;
    private static TestPostgres pg;
    private static MigrateResult first;

    @BeforeAll
    static void migrate() {
        pg = TestPostgres.start(tmp.resolve("pg"));
        first = Phase9Schema.migrate(pg.target());
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @Test
    void theExpectedVersionIsTheOneFlywayReaches() {
        assertEquals(Phase9Schema.VERSION, first.targetSchemaVersion);
        Flyway flyway = Phase9Schema.flyway(pg.target());
        assertEquals(Phase9Schema.VERSION, flyway.info().current().getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length);
        // every versioned migration Flyway resolves from this jar (the schema creation marker has no version)
        List<MigrationInfo> versioned = Arrays.stream(flyway.info().all()).filter(m -> m.getVersion() != null).toList();
        String highest = versioned.stream().map(m -> m.getVersion().getVersion()).max(Phase9Schema.VERSION_ORDER).orElseThrow();
        assertEquals(Phase9Schema.VERSION, highest, "a new migration needs Phase9Schema.VERSION raised to it");
        assertTrue(versioned.stream().allMatch(m -> m.getState().isApplied()), "all applied");
        assertEquals(List.of("1", "2", "3", "4", "5"), versioned.stream().map(m -> m.getVersion().getVersion()).toList());
    }

    @Test
    void migratingAgainChangesNothing() {
        MigrateResult again = Phase9Schema.migrate(pg.target());
        assertEquals(0, again.migrationsExecuted);
        assertEquals(Phase9Schema.VERSION, Phase9Schema.flyway(pg.target()).info().current().getVersion().getVersion());
    }

    @Test
    void everyTableHasTheColumnsAndPrimaryKeyOfItsDefinition() throws Exception {
        try (Connection c = pg.admin()) {
            for (Table t : Tables.ALL) {
                assertEquals(Arrays.asList(t.schema().fieldNames()), strings(c, "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'phase9' AND table_name = '" + t.name() + "' ORDER BY ordinal_position"), t.name());
                assertEquals(t.key(), strings(c, "SELECT a.attname FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid"
                        + " AND a.attnum = ANY (x.indkey) WHERE x.indisprimary AND x.indrelid = 'phase9." + t.name() + "'::regclass"
                        + " ORDER BY array_position(x.indkey::int2[], a.attnum)"), t.name());
            }
        }
    }

    @Test
    void aDuplicateRowIsImpossible() throws Exception {
        try (Connection c = pg.admin(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String row = "INSERT INTO phase9.quarter_outcomes (game_id, season, period) VALUES ('g1', 2025, 1)";
            s.execute(row);
            SQLException e = assertThrows(SQLException.class, () -> s.execute(row));
            assertEquals("23505", e.getSQLState(), e.getMessage());
            c.rollback();
        }
    }

    @Test
    void indexesViewsAndFunctionsForTemporalQueries() throws Exception {
        try (Connection c = pg.admin()) {
            List<String> indexes = strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'phase9' ORDER BY 1");
            for (String i : List.of("game_state_snapshots_moment", "player_snapshot_stats_player", "game_state_snapshots_season")) {
                assertTrue(indexes.contains(i), i + " in " + indexes);
            }
            assertEquals(List.of("latest_snapshots", "verification_summary"),
                    strings(c, "SELECT viewname FROM pg_views WHERE schemaname = 'phase9' ORDER BY 1"));
            List<String> functions = strings(c, "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                    + " WHERE n.nspname = 'phase9' ORDER BY 1");
            assertEquals(List.of("clock_seconds", "player_lines_at", "snapshot_at"), functions);
            assertEquals(452.0, number(c, "SELECT phase9.clock_seconds('7:32')"));
            assertEquals(45.1, number(c, "SELECT phase9.clock_seconds('45.1')"));
        }
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(Phase9Schema.compareVersions("10", "9") > 0, "not lexical");
        assertTrue(Phase9Schema.compareVersions("1.10", "1.9") > 0);
        assertEquals(0, Phase9Schema.compareVersions("1.0", "1"));
        assertTrue(Phase9Schema.compareVersions("2", "1.9.9") > 0);
    }

    /**
     * V1 is generated from {@link Tables}: once applied to a database its DDL must not change. A
     * change to a table definition needs a new migration (ALTER TABLE) and V1 frozen as it was.
     */
    @Test
    void versionOneIsFrozen() {
        assertEquals(V1_CHECKSUM, new V1__Phase9Tables().getChecksum(),
                "the DDL of V1 changed: freeze V1's statements as they were and add a migration for the change");
    }

    private static final int V1_CHECKSUM = -40715216;

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static double number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }
}
