package org.nbabox.rds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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
 * Encodes Spark rows for PostgreSQL's {@code COPY ... FROM STDIN} straight into a reusable byte
 * buffer: one encoder per loading thread. Two formats:
 * <ul>
 *   <li>{@link Format#BINARY} (the export's): each value as PostgreSQL's own binary representation,
 *       which the server stores without parsing text (integers, doubles and arrays are most of a
 *       snapshot row);</li>
 *   <li>{@link Format#TEXT}: tab-separated lines, {@code \N} for null, backslash escapes, UTF-8.</li>
 * </ul>
 * String arrays become text[], arrays of structs JSON (jsonb).
 */
public final class CopyEncoder {

    /** COPY's input formats. */
    public enum Format {
        TEXT(""), BINARY(" (FORMAT binary)");

        private final String option;

        Format(String option) {
            this.option = option;
        }

        /** What follows {@code COPY table (columns) FROM STDIN} for this format. */
        public String copyOption() {
            return option;
        }
    }

    /** The binary format's header: signature, flags, header extension length. */
    private static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** The binary format's trailer: a field count of -1. */
    private static final byte[] BINARY_TRAILER = {(byte) 0xFF, (byte) 0xFF};
    /** PostgreSQL's epoch for timestamps (2000-01-01T00:00:00Z) in Unix microseconds. */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final int TEXT_OID = 25;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] DIGITS_MIN_INT = "-2147483648".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DIGITS_MIN_LONG = "-9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** How a column's values are written. */
    private enum Kind { TEXT, INT, LONG, DOUBLE, BOOLEAN, TIMESTAMP, TEXT_ARRAY, JSON_ARRAY }

    private final Kind[] kinds;
    private final StructType[] structs;
    private final Format format;
    private byte[] buf = new byte[1 << 16];
    private int size;

    /** A text-format encoder for rows of {@code schema} (a table's schema, columns in its order). */
    public CopyEncoder(StructType schema) {
        this(schema, Format.TEXT);
    }

    /** An encoder for rows of {@code schema} (a table's schema, columns in its order) in {@code format}. */
    public CopyEncoder(StructType schema, Format format) {
        this.format = format;
        StructField[] fields = schema.fields();
        kinds = new Kind[fields.length];
        structs = new StructType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            kinds[i] = kind(fields[i].dataType());
            if (fields[i].dataType() instanceof ArrayType a && a.elementType() instanceof StructType st) {
                structs[i] = st;
            }
        }
        reset();
    }

    public Format format() {
        return format;
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

    /** Appends one row. */
    public void write(Row row) {
        if (format == Format.BINARY) {
            writeBinary(row);
            return;
        }
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
        if (format == Format.BINARY) {
            put(BINARY_HEADER);
        }
    }

    /** What was written, as a complete stream for {@code COPY ... FROM STDIN} in this encoder's format. */
    public InputStream stream() {
        InputStream rows = new ByteArrayInputStream(buf, 0, size);
        return format == Format.BINARY ? new SequenceInputStream(rows, new ByteArrayInputStream(BINARY_TRAILER)) : rows;
    }

    /** A copy of what was written, as {@link #stream()} yields it (tests). */
    byte[] bytes() {
        try {
            return stream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One tuple of the binary format: field count, then each field's length (-1 for null) and bytes. */
    private void writeBinary(Row row) {
        ensure(2);
        buf[size++] = (byte) (kinds.length >>> 8);
        buf[size++] = (byte) kinds.length;
        for (int i = 0; i < kinds.length; i++) {
            if (row.isNullAt(i)) {
                putInt(-1);
                continue;
            }
            switch (kinds[i]) {
                case TEXT -> sized(row.getString(i));
                case INT -> {
                    putInt(4);
                    putInt(row.getInt(i));
                }
                case LONG -> {
                    putInt(8);
                    putLong(row.getLong(i));
                }
                case DOUBLE -> {
                    putInt(8);
                    putLong(Double.doubleToLongBits(row.getDouble(i)));
                }
                case BOOLEAN -> {
                    putInt(1);
                    put((byte) (row.getBoolean(i) ? 1 : 0));
                }
                case TIMESTAMP -> {
                    putInt(8);
                    putLong(micros(row.get(i)) - PG_EPOCH_MICROS);
                }
                case TEXT_ARRAY -> binaryTextArray(row.getList(i));
                case JSON_ARRAY -> {
                    // jsonb: a version byte (1), then the JSON text
                    int at = startSized();
                    put((byte) 1);
                    utf8Raw(json(row.getList(i), structs[i]));
                    endSized(at);
                }
                default -> throw new IllegalStateException(kinds[i].name());
            }
        }
    }

    /** A one-dimensional text[] in array_recv's layout (an empty array has no dimension). */
    private void binaryTextArray(List<Object> values) {
        int at = startSized();
        boolean nulls = values.contains(null);
        putInt(values.isEmpty() ? 0 : 1);
        putInt(nulls ? 1 : 0);
        putInt(TEXT_OID);
        if (!values.isEmpty()) {
            putInt(values.size());
            putInt(1);
        }
        for (Object v : values) {
            if (v == null) {
                putInt(-1);
            } else {
                sized(v.toString());
            }
        }
        endSized(at);
    }

    private static long micros(Object v) {
        Instant at = v instanceof Timestamp ts ? ts.toInstant() : (Instant) v;
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }

    /** A length-prefixed UTF-8 string. */
    private void sized(String s) {
        int at = startSized();
        utf8Raw(s);
        endSized(at);
    }

    /** Reserves a length word; {@link #endSized} fills it with the bytes written after it. */
    private int startSized() {
        int at = size;
        putInt(0);
        return at;
    }

    private void endSized(int at) {
        int n = size - at - 4;
        buf[at] = (byte) (n >>> 24);
        buf[at + 1] = (byte) (n >>> 16);
        buf[at + 2] = (byte) (n >>> 8);
        buf[at + 3] = (byte) n;
    }

    private void putInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    /** UTF-8 with nothing escaped (the binary format). */
    private void utf8Raw(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                put((byte) c);
            } else {
                i = utf8(s, i);
            }
        }
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
