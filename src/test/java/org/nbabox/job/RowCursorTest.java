package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.nbabox.tables.Tables;

class RowCursorTest {

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false).add("n", DataTypes.IntegerType).add("x", DataTypes.DoubleType)
            .add("on", DataTypes.BooleanType).add("at", DataTypes.TimestampType)
            .add("ids", DataTypes.createArrayType(DataTypes.StringType))
            .add("anomalies", DataTypes.createArrayType(Tables.ANOMALY));

    @Test
    void buildsRowsSparkReadsBackAsWritten() {
        InternalRow anomaly = new RowCursor("anomaly", Tables.ANOMALY).add("clock_backwards").add("Q2 5:01").row();
        InternalRow row = new RowCursor("t", SCHEMA).add("401070702").add(7).add(4.5).add(true)
                .add(new Timestamp(1_000L)).add(new UTF8String[] {UTF8String.fromString("9"), null}).add(new InternalRow[] {anomaly}, Tables.ANOMALY).row();
        UnsafeRow u = UnsafeProjection.create(SCHEMA).apply(row);
        assertEquals("401070702", u.getUTF8String(0).toString());
        assertEquals(7, u.getInt(1));
        assertEquals(4.5, u.getDouble(2));
        assertTrue(u.getBoolean(3));
        assertEquals(1_000_000L, u.getLong(4), "timestamps are epoch microseconds");
        assertEquals("9", u.getArray(5).getUTF8String(0).toString());
        assertTrue(u.getArray(5).isNullAt(1));
        assertEquals("Q2 5:01", u.getArray(6).getStruct(0, 2).getUTF8String(1).toString());
    }

    @Test
    void aValueOfTheWrongTypeFailsWhereItIsAdded() {
        RowCursor c = new RowCursor("t", SCHEMA).add("401070702");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.add("seven"));
        assertEquals("t.n is int, not string", e.getMessage());
    }

    @Test
    void anEncodedStringInANumberColumnFails() {
        RowCursor c = new RowCursor("t", SCHEMA).add("401070702");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.add(UTF8String.fromString("7")));
        assertEquals("t.n is int, not string", e.getMessage());
    }

    @Test
    void aNullOfTheWrongTypeFailsToo() {
        RowCursor c = new RowCursor("t", SCHEMA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.add((Integer) null));
        assertEquals("t.id is string, not int", e.getMessage());
    }

    @Test
    void aNullInANonNullableColumnFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RowCursor("t", SCHEMA).add((String) null));
        assertEquals("t.id cannot be null", e.getMessage());
    }

    @Test
    void tooFewOrTooManyValuesFail() {
        assertThrows(IllegalStateException.class, () -> new RowCursor("t", SCHEMA).add("1").add(2).row());
        RowCursor full = new RowCursor("t", SCHEMA).add("1").addNull().addNull().addNull().addNull().addNull().addNull();
        assertEquals(7, full.row().numFields());
        assertThrows(IllegalStateException.class, () -> full.add(1));
    }

    @Test
    void anArrayOfOtherStructsFails() {
        RowCursor c = new RowCursor("t", SCHEMA).add("1").add(2).add(4.5).add(true).add(new Timestamp(0L)).add(new UTF8String[0]);
        InternalRow discrepancy = new RowCursor("d", Tables.DISCREPANCY).add("9").add("A B").add("pts").add("1").add("2").row();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.add(new InternalRow[] {discrepancy}, Tables.DISCREPANCY));
        assertTrue(e.getMessage().startsWith("t.anomalies is array<struct<kind:string,detail:string>>, not array<struct<player_id"),
                e.getMessage());
    }

    @Test
    void encodedStringsAndNullsOfEveryKindFit() {
        InternalRow row = new RowCursor("t", SCHEMA).add(UTF8String.fromString("401070702"))
                .addNull().addNull().addNull().addNull().add((UTF8String[]) null).addNull().row();
        UnsafeRow u = UnsafeProjection.create(SCHEMA).apply(row);
        assertEquals("401070702", u.getUTF8String(0).toString());
        for (int k = 1; k < 7; k++) {
            assertTrue(u.isNullAt(k));
        }
    }
}
