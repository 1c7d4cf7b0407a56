package org.nbabox.rds;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Version 1 of schema phase9: the six tables, created from their one definition in {@link Tables},
 * with primary keys that make a duplicate row impossible. Its checksum is the CRC32 of the DDL, so a
 * change to {@link Tables} after V1 was applied somewhere fails Flyway's validation loudly (a column
 * change needs a new migration, not a different V1).
 */
public class V1__Phase9Tables extends BaseJavaMigration {

    /** The CREATE TABLE statements, in {@link Tables#ALL} order. */
    public static List<String> statements() {
        List<String> out = new ArrayList<>();
        for (Table t : Tables.ALL) {
            out.add(PgTypes.createTable(Phase9Schema.NAME, t));
        }
        return out;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String s : statements()) {
            crc.update(s.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement st = context.getConnection().createStatement()) {
            for (String s : statements()) {
                st.execute(s);
            }
        }
    }
}
