package org.nbabox.tables;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class TablesDocTest {

    @Test
    void everyColumnIsDocumented() {
        for (Table t : Tables.ALL) {
            for (StructField f : t.schema().fields()) {
                assertNotNull(ColumnDocs.of(f.name()), t.name() + "." + f.name() + " has no description in ColumnDocs");
            }
        }
    }

    @Test
    void docsTablesMdHoldsTheCurrentReference() throws Exception {
        String doc = Files.readString(Path.of("docs/TABLES.md"));
        assertTrue(doc.contains(TablesDoc.render()),
                "docs/TABLES.md is stale: regenerate its reference block with org.nbabox.tables.TablesDoc");
    }

    @Test
    void keysArePartOfTheSchemaAndTablesHaveUniqueNames() {
        Set<String> names = new HashSet<>();
        for (Table t : Tables.ALL) {
            assertTrue(names.add(t.name()));
            for (String k : t.key()) {
                t.fieldIndex(k);
            }
            t.fieldIndex(t.partitionColumn());
        }
    }
}
