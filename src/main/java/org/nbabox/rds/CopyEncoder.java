package org.nbabox.rds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Encodes Spark rows as PostgreSQL COPY text format lines (tab separated, \N for null). */
final class CopyEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final StructType schema;
    private final StringBuilder line = new StringBuilder(512);

    CopyEncoder(StructType schema) {
        this.schema = schema;
    }

    void write(Row row, ByteArrayOutputStream out) {
        line.setLength(0);
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            if (row.isNullAt(i)) {
                line.append("\\N");
                continue;
            }
            Object v = row.get(i);
            if (fields[i].dataType() instanceof ArrayType a) {
                if (a.elementType() instanceof StructType st) {
                    escape(json(row.getList(i), st));
                } else {
                    escape(textArray(row.getList(i)));
                }
            } else if (v instanceof Timestamp ts) {
                line.append(TS.format(ts.toInstant().atOffset(ZoneOffset.UTC)));
            } else if (v instanceof String s) {
                escape(s);
            } else {
                line.append(v);
            }
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static String textArray(java.util.List<Object> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values.get(i);
            if (v == null) {
                b.append("NULL");
            } else {
                b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return b.append('}').toString();
    }

    private static String json(java.util.List<Object> values, StructType type) {
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
                            g.writeString(r.get(i).toString());
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
