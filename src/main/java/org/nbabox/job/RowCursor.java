package org.nbabox.job;

import java.sql.Timestamp;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Fills one row of a table in schema order, in Spark's internal representation (UTF8String, epoch
 * microseconds, array data), so the job hands Spark rows it does not have to convert value by value.
 * The schema lives in {@link org.nbabox.tables.Tables}; every value is checked against its column's
 * type as it is added, and a row with the wrong number of values fails at once instead of writing
 * shifted columns.
 */
final class RowCursor {

    private final String name;
    private final StructType schema;
    private final Object[] values;
    private int i;

    RowCursor(String name, StructType schema) {
        this.name = name;
        this.schema = schema;
        this.values = new Object[schema.size()];
    }

    RowCursor(org.nbabox.tables.Table table) {
        this(table.name(), table.schema());
    }

    private RowCursor put(DataType type, Object v) {
        if (i >= values.length) {
            throw new IllegalStateException(name + ": more values than its " + values.length + " columns");
        }
        DataType column = schema.fields()[i].dataType();
        if (!(column == type || column.getClass() == type.getClass() && column.sameType(type))) {
            throw new IllegalArgumentException(name + "." + schema.fields()[i].name() + " is " + column.simpleString()
                    + ", not " + type.simpleString());
        }
        if (v == null && !schema.fields()[i].nullable()) {
            throw new IllegalArgumentException(name + "." + schema.fields()[i].name() + " cannot be null");
        }
        values[i++] = v;
        return this;
    }

    RowCursor add(String v) {
        return put(DataTypes.StringType, v == null ? null : UTF8String.fromString(v));
    }

    RowCursor add(int v) {
        return put(DataTypes.IntegerType, v);
    }

    RowCursor add(Integer v) {
        return put(DataTypes.IntegerType, v);
    }

    RowCursor add(long v) {
        return put(DataTypes.LongType, v);
    }

    RowCursor add(double v) {
        return put(DataTypes.DoubleType, v);
    }

    RowCursor add(boolean v) {
        return put(DataTypes.BooleanType, v);
    }

    RowCursor add(Timestamp v) {
        return put(DataTypes.TimestampType, v == null ? null : DateTimeUtils.fromJavaTimestamp(v));
    }

    RowCursor add(String[] v) {
        if (v == null) {
            return put(STRINGS, null);
        }
        UTF8String[] u = new UTF8String[v.length];
        for (int k = 0; k < v.length; k++) {
            u[k] = v[k] == null ? null : UTF8String.fromString(v[k]);
        }
        return put(STRINGS, new GenericArrayData(u));
    }

    /** An array of structs, each built with a cursor over the element schema. */
    RowCursor add(InternalRow[] v, StructType element) {
        return put(DataTypes.createArrayType(element), v == null ? null : new GenericArrayData(v));
    }

    /** A null of whatever type the column has. */
    RowCursor addNull() {
        return put(schema.fields()[Math.min(i, values.length - 1)].dataType(), null);
    }

    InternalRow row() {
        if (i != values.length) {
            throw new IllegalStateException(name + ": " + i + " values for " + values.length + " columns");
        }
        return new GenericInternalRow(values);
    }

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType);
}
