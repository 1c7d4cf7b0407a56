package org.nbabox.rds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Encodes Spark rows as PostgreSQL COPY text format lines (tab separated, {@code \N} for null,
 * backslash escapes) straight into a reusable UTF-8 byte buffer: one encoder per loading thread.
 * Rows come in Spark's internal form, as the query plan produces them: strings are copied from their
 * UTF-8 bytes (escaped on the way), never decoded to Java strings. String arrays become text[]
 * literals, arrays of structs JSON (jsonb).
 */
public final class CopyEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] DIGITS_MIN_INT = "-2147483648".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DIGITS_MIN_LONG = "-9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** How a column's values are written. */
    private enum Kind { TEXT, INT, LONG, DOUBLE, BOOLEAN, TIMESTAMP, TEXT_ARRAY, JSON_ARRAY }

    private final Kind[] kinds;
    private final StructType[] structs;
    private byte[] buf = new byte[1 << 16];
    private int size;

    /** An encoder for rows of {@code schema} (a table's schema, columns in its order). */
    public CopyEncoder(StructType schema) {
        StructField[] fields = schema.fields();
        kinds = new Kind[fields.length];
        structs = new StructType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            kinds[i] = kind(fields[i].dataType());
            if (fields[i].dataType() instanceof ArrayType a && a.elementType() instanceof StructType st) {
                structs[i] = st;
            }
        }
    }

    private static Kind kind(DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return Kind.TEXT;
        } else if (t.equals(DataTypes.IntegerType)) {
            return Kind.INT;
        } else if (t.equals(DataTypes.LongType)) {
            return Kind.LONG;
        } else if (t.equals(DataTypes.DoubleType)) {
            return Kind.DOUBLE;
        } else if (t.equals(DataTypes.BooleanType)) {
            return Kind.BOOLEAN;
        } else if (t.equals(DataTypes.TimestampType)) {
            return Kind.TIMESTAMP;
        } else if (t instanceof ArrayType a) {
            return a.elementType() instanceof StructType ? Kind.JSON_ARRAY : Kind.TEXT_ARRAY;
        }
        throw new IllegalArgumentException("no COPY encoding for " + t);
    }

    /** Appends one row as a line of COPY text. */
    public void write(InternalRow row) {
        for (int i = 0; i < kinds.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            if (row.isNullAt(i)) {
                put(NULL);
                continue;
            }
            switch (kinds[i]) {
                case TEXT -> text(row.getUTF8String(i));
                case INT -> integer(row.getInt(i));
                case LONG -> longValue(row.getLong(i));
                case DOUBLE -> doubleValue(row.getDouble(i));
                case BOOLEAN -> put((byte) (row.getBoolean(i) ? 't' : 'f'));
                case TIMESTAMP -> ascii(timestamp(row.getLong(i)));
                case TEXT_ARRAY -> textArray(row.getArray(i));
                case JSON_ARRAY -> text(UTF8String.fromString(json(row.getArray(i), structs[i])));
                default -> throw new IllegalStateException(kinds[i].name());
            }
        }
        put((byte) '\n');
    }

    /** Bytes written since the last {@link #reset()}. */
    public int size() {
        return size;
    }

    /** Forgets what was written (the buffer is kept for the next chunk). */
    public void reset() {
        size = 0;
    }

    /** What was written, as a stream for {@code COPY ... FROM STDIN}. */
    public InputStream stream() {
        return new ByteArrayInputStream(buf, 0, size);
    }

    /** A copy of what was written (tests). */
    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    private void integer(int v) {
        if (v == Integer.MIN_VALUE) {
            put(DIGITS_MIN_INT);
        } else {
            longValue(v);
        }
    }

    private void longValue(long v) {
        if (v == Long.MIN_VALUE) {
            put(DIGITS_MIN_LONG);
            return;
        }
        ensure(20);
        long n = v;
        if (n < 0) {
            buf[size++] = '-';
            n = -n;
        }
        int start = size;
        do {
            buf[size++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int a = start, b = size - 1; a < b; a++, b--) {
            byte t = buf[a];
            buf[a] = buf[b];
            buf[b] = t;
        }
    }

    /** Tenths (the clock's resolution) written as digits; anything else as Java prints it, which PostgreSQL reads back exactly. */
    private void doubleValue(double d) {
        if (Math.abs(d) < 1e14) {
            long tenths = Math.round(d * 10);
            if (tenths / 10.0 == d) {
                if (tenths < 0) {
                    put((byte) '-');
                    tenths = -tenths;
                }
                longValue(tenths / 10);
                put((byte) '.');
                put((byte) ('0' + tenths % 10));
                return;
            }
        }
        ascii(Double.toString(d));
    }

    /** Epoch microseconds (Spark's timestamp) as an ISO instant. */
    private static String timestamp(long micros) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return TS.format(at.atOffset(ZoneOffset.UTC));
    }

    /** A string in COPY text: backslash, tab, newline and carriage return escaped; its UTF-8 bytes as they are. */
    private void text(UTF8String s) {
        Object base = s.getBaseObject();
        long offset = s.getBaseOffset();
        int n = s.numBytes();
        ensure(n);
        for (int i = 0; i < n; i++) {
            // bytes of multi-byte UTF-8 characters are all >= 0x80: none can be taken for an escape
            textByte(Platform.getByte(base, offset + i));
        }
    }

    private void textByte(byte b) {
        switch (b) {
            case '\\' -> put2('\\', '\\');
            case '\t' -> put2('\\', 't');
            case '\n' -> put2('\\', 'n');
            case '\r' -> put2('\\', 'r');
            default -> put(b);
        }
    }

    private void put2(char a, char b) {
        ensure(2);
        buf[size++] = (byte) a;
        buf[size++] = (byte) b;
    }

    /** A text[] literal: every element double-quoted with {@code "} and {@code \} escaped, NULL for null. */
    private void textArray(ArrayData values) {
        put((byte) '{');
        for (int k = 0; k < values.numElements(); k++) {
            if (k > 0) {
                put((byte) ',');
            }
            if (values.isNullAt(k)) {
                ascii("NULL");
                continue;
            }
            put((byte) '"');
            UTF8String s = values.getUTF8String(k);
            Object base = s.getBaseObject();
            long offset = s.getBaseOffset();
            for (int i = 0; i < s.numBytes(); i++) {
                byte b = Platform.getByte(base, offset + i);
                if (b == '"') {
                    // \" in the array literal, its backslash doubled for COPY
                    put2('\\', '\\');
                    put((byte) '"');
                } else if (b == '\\') {
                    put2('\\', '\\');
                    put2('\\', '\\');
                } else {
                    textByte(b);
                }
            }
            put((byte) '"');
        }
        put((byte) '}');
    }

    private static String json(ArrayData values, StructType type) {
        try {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
                g.writeStartArray();
                StructField[] fields = type.fields();
                for (int k = 0; k < values.numElements(); k++) {
                    InternalRow r = values.getStruct(k, fields.length);
                    g.writeStartObject();
                    for (int i = 0; i < fields.length; i++) {
                        g.writeFieldName(fields[i].name());
                        jsonValue(g, r, i, fields[i].dataType());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jsonValue(JsonGenerator g, InternalRow r, int i, DataType t) throws IOException {
        if (r.isNullAt(i)) {
            g.writeNull();
        } else if (t.equals(DataTypes.StringType)) {
            g.writeString(r.getUTF8String(i).toString());
        } else if (t.equals(DataTypes.IntegerType)) {
            g.writeNumber(r.getInt(i));
        } else if (t.equals(DataTypes.LongType)) {
            g.writeNumber(r.getLong(i));
        } else if (t.equals(DataTypes.DoubleType)) {
            g.writeNumber(r.getDouble(i));
        } else if (t.equals(DataTypes.BooleanType)) {
            g.writeBoolean(r.getBoolean(i));
        } else {
            throw new IllegalArgumentException("no JSON encoding for " + t);
        }
    }
}
