package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.nbabox.tables.Tables;
import org.nbabox.testing.CatalystRows;
import scala.collection.JavaConverters;

/** The COPY text the encoder writes, byte for byte (CopyLoaderTest reads it back through a real server). */
class CopyEncoderTest {

    private static final StructType SCHEMA = new StructType().add("s", DataTypes.StringType).add("i", DataTypes.IntegerType)
            .add("l", DataTypes.LongType).add("d", DataTypes.DoubleType).add("b", DataTypes.BooleanType)
            .add("t", DataTypes.TimestampType).add("a", DataTypes.createArrayType(DataTypes.StringType))
            .add("j", DataTypes.createArrayType(Tables.ANOMALY));

    private static String line(Object... values) {
        CopyEncoder e = new CopyEncoder(SCHEMA);
        e.write(CatalystRows.of(new GenericRowWithSchema(values, SCHEMA), SCHEMA));
        return new String(e.bytes(), StandardCharsets.UTF_8);
    }

    private static scala.collection.Seq<Object> seq(Object... values) {
        return JavaConverters.asScalaBuffer(new ArrayList<>(Arrays.asList(values)));
    }

    @Test
    void nullsAndPlainValues() {
        assertEquals("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n", line(null, null, null, null, null, null, null, null));
        assertEquals("abc\t-42\t12345678901\t452.0\tt\t2025-03-01T12:34:56.789Z\t{}\t[]\n", line("abc", -42, 12_345_678_901L, 452.0,
                true, Timestamp.from(Instant.parse("2025-03-01T12:34:56.789Z")), seq(), seq()));
    }

    @Test
    void timestampsBeforeTheEpochAndToTheMicrosecond() {
        assertEquals("\\N\t\\N\t\\N\t\\N\t\\N\t1969-12-31T23:59:59.999999Z\t\\N\t\\N\n",
                line(null, null, null, null, null, Timestamp.from(Instant.parse("1969-12-31T23:59:59.999999Z")), null, null));
        assertEquals("\\N\t\\N\t\\N\t\\N\t\\N\t2025-03-01T12:34:56.123456Z\t\\N\t\\N\n",
                line(null, null, null, null, null, Timestamp.from(Instant.parse("2025-03-01T12:34:56.123456Z")), null, null));
    }

    @Test
    void numbersAtTheirLimits() {
        assertEquals("\\N\t-2147483648\t-9223372036854775808\t-0.5\tf\t\\N\t\\N\t\\N\n",
                line(null, Integer.MIN_VALUE, Long.MIN_VALUE, -0.5, false, null, null, null));
        assertEquals("\\N\t2147483647\t0\t0.30000000000000004\t\\N\t\\N\t\\N\t\\N\n", line(null, Integer.MAX_VALUE, 0L, 0.1 + 0.2,
                null, null, null, null));
        assertEquals("\\N\t\\N\t\\N\t1.0E20\t\\N\t\\N\t\\N\t\\N\n", line(null, null, null, 1e20, null, null, null, null));
        assertEquals("\\N\t\\N\t\\N\tNaN\t\\N\t\\N\t\\N\t\\N\n", line(null, null, null, Double.NaN, null, null, null, null));
        assertEquals("\\N\t\\N\t\\N\t45.1\t\\N\t\\N\t\\N\t\\N\n", line(null, null, null, 451 / 10.0, null, null, null, null));
    }

    @Test
    void textIsEscapedAndUtf8Encoded() {
        assertEquals("a\\\\b\\tc\\nd\\re caf\u00e9 \u2014 \ud83c\udfc0\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n",
                line("a\\b\tc\nd\re caf\u00e9 \u2014 \ud83c\udfc0", null, null, null, null, null, null, null));
    }

    @Test
    void arraysAsTextArrayLiteralsAndJson() {
        assertEquals("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t{\"a\\\\\"b\",\"c,d\",\"e\\\\\\\\f\",NULL,\"\ud83c\udfc0\"}\t"
                + "[{\"kind\":\"k\",\"detail\":null}]\n",
                line(null, null, null, null, null, null, seq("a\"b", "c,d", "e\\f", null, "\ud83c\udfc0"), seq(RowFactory.create("k", null))));
    }
}
