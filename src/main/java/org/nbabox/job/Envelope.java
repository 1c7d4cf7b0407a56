package org.nbabox.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * One processed game yields rows of six tables; the job carries them in one Dataset whose rows hold
 * the table's position in {@link Tables#ALL} and one struct column per table (only its own is set),
 * so a batch is processed once and each table selected from it.
 */
final class Envelope {

    static final StructType SCHEMA;

    static {
        StructType s = new StructType().add("t", IntegerType, false);
        for (Table t : Tables.ALL) {
            s = s.add(t.name(), t.schema(), true);
        }
        SCHEMA = s;
    }

    private Envelope() {
    }

    /** Position of a table in {@link Tables#ALL} (by identity: cheap on the per-row path). */
    static int indexOf(Table table) {
        for (int k = 0; k < Tables.ALL.size(); k++) {
            if (Tables.ALL.get(k) == table) {
                return k;
            }
        }
        throw new IllegalArgumentException(table.name());
    }

    static Row of(Table table, Row row) {
        Object[] v = new Object[Tables.ALL.size() + 1];
        int i = indexOf(table);
        v[0] = i;
        v[i + 1] = row;
        return RowFactory.create(v);
    }
}
