package org.nbabox.rds;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.nbabox.tables.Table;

/** PostgreSQL DDL from the one table definition in {@link org.nbabox.tables.Tables}. */
public final class PgTypes {

    private PgTypes() {
    }

    public static String sqlType(DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return "text";
        }
        if (t.equals(DataTypes.IntegerType)) {
            return "integer";
        }
        if (t.equals(DataTypes.LongType)) {
            return "bigint";
        }
        if (t.equals(DataTypes.DoubleType)) {
            return "double precision";
        }
        if (t.equals(DataTypes.BooleanType)) {
            return "boolean";
        }
        if (t.equals(DataTypes.TimestampType)) {
            return "timestamptz";
        }
        if (t instanceof ArrayType a) {
            return a.elementType().equals(DataTypes.StringType) ? "text[]" : "jsonb";
        }
        throw new IllegalArgumentException("no PostgreSQL type for " + t);
    }

    public static String createTable(String schema, Table t) {
        StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(schema).append('.').append(t.name()).append(" (\n");
        for (StructField f : t.schema().fields()) {
            b.append("  ").append(f.name()).append(' ').append(sqlType(f.dataType()));
            if (t.key().contains(f.name())) {
                b.append(" NOT NULL");
            }
            b.append(",\n");
        }
        return b.append("  PRIMARY KEY (").append(String.join(", ", t.key())).append(")\n)").toString();
    }
}
