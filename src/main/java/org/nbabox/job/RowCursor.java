package org.nbabox.job;

import java.sql.Timestamp;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Fills one row of a table in schema order, in Spark's internal representation (UTF8String, epoch
 * microseconds, array data), so the job hands Spark rows it does not have to convert value by value.
 * The schema lives in {@link org.nbabox.tables.Tables}; every value is checked against its column's
 * type as it is added, and a row with the wrong number of values fails at once instead of writing
 * shifted columns. The check is a comparison of small codes worked out once per schema
 * ({@link Shape}), cheap enough for the per-event path.
 */
final class RowCursor {

    private static final byte STRING = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte TIMESTAMP = 5;
    private static final byte STRINGS = 6;
    private static final byte STRUCTS = 7;
    private static final byte OTHER = 8;

    /** A schema's column kinds and nullability, worked out once. */
    static final class Shape {
        private final String name;
        private final StructField[] fields;
        private final byte[] kinds;
        private final boolean[] nullable;

        Shape(String name, StructType schema) {
            this.name = name;
            this.fields = schema.fields();
            this.kinds = new byte[fields.length];
            this.nullable = new boolean[fields.length];
            for (int k = 0; k < fields.length; k++) {
                kinds[k] = kindOf(fields[k].dataType());
                nullable[k] = fields[k].nullable();
            }
        }
    }

    /** The shapes of the job's tables, in {@link Tables#ALL} order. */
    private static final Shape[] TABLES = Tables.ALL.stream().map(t -> new Shape(t.name(), t.schema())).toArray(Shape[]::new);

    private final Shape shape;
    private final Object[] values;
    private int i;

    RowCursor(String name, StructType schema) {
        this(new Shape(name, schema));
    }

    RowCursor(Table table) {
        this(TABLES[GameExploder.indexOf(table)]);
    }

    private RowCursor(Shape shape) {
        this.shape = shape;
        this.values = new Object[shape.kinds.length];
    }

    private static byte kindOf(DataType t) {
        if (t instanceof ArrayType a) {
            return a.elementType() instanceof StructType ? STRUCTS
                    : a.elementType().sameType(DataTypes.StringType) ? STRINGS : OTHER;
        }
        return t.sameType(DataTypes.StringType) ? STRING : t.sameType(DataTypes.IntegerType) ? INT
                : t.sameType(DataTypes.LongType) ? LONG : t.sameType(DataTypes.DoubleType) ? DOUBLE
                : t.sameType(DataTypes.BooleanType) ? BOOLEAN : t.sameType(DataTypes.TimestampType) ? TIMESTAMP : OTHER;
    }

    private RowCursor put(byte kind, Object v) {
        if (i < values.length && (shape.kinds[i] != kind || kind == OTHER)) {
            throw wrongType(TYPES[kind]);
        }
        return set(v);
    }

    private RowCursor set(Object v) {
        if (i >= values.length) {
            throw new IllegalStateException(shape.name + ": more values than its " + values.length + " columns");
        }
        if (v == null && !shape.nullable[i]) {
            throw new IllegalArgumentException(shape.name + "." + shape.fields[i].name() + " cannot be null");
        }
        values[i++] = v;
        return this;
    }

    private IllegalArgumentException wrongType(DataType given) {
        StructField f = shape.fields[i];
        return new IllegalArgumentException(shape.name + "." + f.name() + " is " + f.dataType().simpleString()
                + ", not " + given.simpleString());
    }

    RowCursor add(String v) {
        return put(STRING, v == null ? null : UTF8String.fromString(v));
    }

    /** A string already encoded, for values that repeat on every row of a game (ids). */
    RowCursor add(UTF8String v) {
        return put(STRING, v);
    }

    RowCursor add(int v) {
        return put(INT, v);
    }

    RowCursor add(Integer v) {
        return put(INT, v);
    }

    RowCursor add(long v) {
        return put(LONG, v);
    }

    RowCursor add(double v) {
        return put(DOUBLE, v);
    }

    RowCursor add(boolean v) {
        return put(BOOLEAN, v);
    }

    RowCursor add(Timestamp v) {
        return put(TIMESTAMP, v == null ? null : DateTimeUtils.fromJavaTimestamp(v));
    }

    /** An array of strings, encoded by the caller (ids repeat on every row of a game: encoded once). */
    RowCursor add(UTF8String[] v) {
        return put(STRINGS, v == null ? null : new GenericArrayData(v));
    }

    /** An array of structs, each built with a cursor over the element schema. */
    RowCursor add(InternalRow[] v, StructType element) {
        if (i < values.length && shape.kinds[i] == STRUCTS
                && !((ArrayType) shape.fields[i].dataType()).elementType().sameType(element)) {
            throw wrongType(DataTypes.createArrayType(element));
        }
        return put(STRUCTS, v == null ? null : new GenericArrayData(v));
    }

    /** A null of whatever type the column has. */
    RowCursor addNull() {
        return set(null);
    }

    InternalRow row() {
        if (i != values.length) {
            throw new IllegalStateException(shape.name + ": " + i + " values for " + values.length + " columns");
        }
        return new GenericInternalRow(values);
    }

    private static final DataType[] TYPES = {DataTypes.StringType, DataTypes.IntegerType, DataTypes.LongType,
        DataTypes.DoubleType, DataTypes.BooleanType, DataTypes.TimestampType, DataTypes.createArrayType(DataTypes.StringType),
        DataTypes.createArrayType(new StructType()), DataTypes.NullType};
}
