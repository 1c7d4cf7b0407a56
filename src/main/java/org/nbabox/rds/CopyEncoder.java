package org.nbabox.rds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Encodes Spark rows as PostgreSQL COPY text format lines (tab separated, {@code \N} for null,
 * backslash escapes) straight into a reusable UTF-8 byte buffer: one encoder per loading thread.
 * String arrays become text[] literals, arrays of structs JSON (jsonb).
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
    public void write(Row row) {
        for (int i = 0; i < kinds.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            if (row.isNullAt(i)) {
                put(NULL);
                continue;
            }
            switch (kinds[i]) {
                case TEXT -> text(row.getString(i));
                case INT -> integer(row.getInt(i));
                case LONG -> longValue(row.getLong(i));
                case DOUBLE -> doubleValue(row.getDouble(i));
                case BOOLEAN -> put((byte) (row.getBoolean(i) ? 't' : 'f'));
                case TIMESTAMP -> ascii(timestamp(row.get(i)));
                case TEXT_ARRAY -> textArray(row.getList(i));
                case JSON_ARRAY -> text(json(row.getList(i), structs[i]));
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

    private static String timestamp(Object v) {
        Instant at = v instanceof Timestamp ts ? ts.toInstant() : (Instant) v;
        return TS.format(at.atOffset(ZoneOffset.UTC));
    }

    /** A string in COPY text: backslash, tab, newline and carriage return escaped, UTF-8 encoded. */
    private void text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            i = textChar(s, i);
        }
    }

    /** Writes the character at {@code i} escaped for COPY; returns the index of its last char (a surrogate pair takes two). */
    private int textChar(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x80) {
            return utf8(s, i);
        }
        switch (c) {
            case '\\' -> put2('\\', '\\');
            case '\t' -> put2('\\', 't');
            case '\n' -> put2('\\', 'n');
            case '\r' -> put2('\\', 'r');
            default -> put((byte) c);
        }
        return i;
    }

    private void put2(char a, char b) {
        ensure(2);
        buf[size++] = (byte) a;
        buf[size++] = (byte) b;
    }

    /** Writes the non-ASCII character at {@code i} (a surrogate pair takes two); returns the index of its last char. */
    private int utf8(String s, int i) {
        int cp = s.codePointAt(i);
        ensure(4);
        if (cp < 0x800) {
            buf[size++] = (byte) (0xC0 | (cp >> 6));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[size++] = (byte) (0xE0 | (cp >> 12));
            buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buf[size++] = (byte) (0xF0 | (cp >> 18));
            buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        }
        return i + Character.charCount(cp) - 1;
    }

    /** A text[] literal: every element double-quoted with {@code "} and {@code \} escaped, NULL for null. */
    private void textArray(List<Object> values) {
        put((byte) '{');
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                put((byte) ',');
            }
            Object v = values.get(k);
            if (v == null) {
                ascii("NULL");
                continue;
            }
            put((byte) '"');
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    // \" in the array literal, its backslash doubled for COPY
                    put2('\\', '\\');
                    put((byte) '"');
                } else if (c == '\\') {
                    put2('\\', '\\');
                    put2('\\', '\\');
                } else {
                    i = textChar(s, i);
                }
            }
            put((byte) '"');
        }
        put((byte) '}');
    }

    private static String json(List<Object> values, StructType type) {
        try {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
                g.writeStartArray();
                for (Object o : values) {
                    Row r = (Row) o;
                    g.writeStartObject();
                    for (int i = 0; i < type.fields().length; i++) {
                        g.writeFieldName(type.fields()[i].name());
                        if (r.isNullAt(i)) {
                            g.writeNull();
                        } else {
                            g.writeObject(r.get(i));
                        }
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
}
