package org.nbabox.rds;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Version 1 of schema phase9: the six tables, created from their one definition in {@link Tables},
 * with primary keys that make a duplicate row impossible.
 */
public class V1__Phase9Tables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement st = context.getConnection().createStatement()) {
            for (Table t : Tables.ALL) {
                st.execute(PgTypes.createTable("phase9", t));
            }
        }
    }
}
