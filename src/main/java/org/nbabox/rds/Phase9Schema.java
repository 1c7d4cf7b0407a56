package org.nbabox.rds;

import java.math.BigInteger;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Schema {@code phase9}: its name, the Flyway migrations that create and upgrade it (the Java
 * migration {@link V1__Phase9Tables} and the SQL files under {@code db/migration}), and the version
 * they bring it to. {@link #VERSION} is the one place the expected version is written; a test checks
 * it against the version Flyway actually reaches on a fresh database.
 */
public final class Phase9Schema {

    /** The schema name. */
    public static final String NAME = "phase9";
    /** The schema version the migrations of this jar bring phase9 to. */
    public static final String VERSION = "5";
    /** Flyway's history table, in the schema itself. */
    public static final String HISTORY_TABLE = NAME + ".flyway_schema_history";
    /** Where the SQL migrations are on the class path. */
    public static final String LOCATION = "db/migration";

    /** Flyway's order: numeric, part by part, trailing zero parts ignored (1.0 == 1, 2 < 10). */
    public static final Comparator<String> VERSION_ORDER = Phase9Schema::compareVersions;

    private Phase9Schema() {
    }

    /** Flyway configured for phase9 on {@code target}. */
    public static Flyway flyway(PgTarget target) {
        return Flyway.configure().dataSource(target.url(), target.user(), target.password().password().orElse(null))
                .schemas(NAME).createSchemas(true).locations("classpath:" + LOCATION)
                .javaMigrations(new V1__Phase9Tables()).loggers("slf4j").load();
    }

    /** Creates or upgrades phase9 to {@link #VERSION}; a schema already there is left as it is. */
    public static MigrateResult migrate(PgTarget target) {
        return flyway(target).migrate();
    }

    /** Compares two Flyway versions ("1", "1.2", "2.0.1") numerically, part by part. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
