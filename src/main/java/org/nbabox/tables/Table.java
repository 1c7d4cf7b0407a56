package org.nbabox.tables;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * One output table: its name (the folder under the output and the PostgreSQL table name), its
 * schema, the partition column, and the columns that identify a row (no two rows share them).
 */
public record Table(String name, StructType schema, String partitionColumn, List<String> key, String description) {

    public int fieldIndex(String column) {
        return schema.fieldIndex(column);
    }
}
