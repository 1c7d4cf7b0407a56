package org.nbabox.job;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.nbabox.tables.Table;

/**
 * Fills one row of a table in schema order. The schema lives in {@link org.nbabox.tables.Tables};
 * a row built with the wrong number of values fails at once instead of writing shifted columns.
 */
final class RowCursor {

    private final Table table;
    private final Object[] values;
    private int i;

    RowCursor(Table table) {
        this.table = table;
        this.values = new Object[table.schema().size()];
    }

    RowCursor add(Object v) {
        values[i++] = v;
        return this;
    }

    Row row() {
        if (i != values.length) {
            throw new IllegalStateException(table.name() + ": " + i + " values for " + values.length + " columns");
        }
        return RowFactory.create(values);
    }
}
