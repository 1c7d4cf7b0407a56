package org.nbabox.rds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/** The export reads values by the declared column types, so it checks the table has them first. */
class ExportTypeCheckTest {

    private static StructType withType(Table t, String column, org.apache.spark.sql.types.DataType type, boolean nullable) {
        StructType out = new StructType();
        for (StructField f : t.schema().fields()) {
            out = out.add(f.name(), f.name().equals(column) ? type : f.dataType(), nullable);
        }
        return out;
    }

    @Test
    void aColumnOfAnotherTypeStopsTheExportWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RdsExport.checkTypes(Tables.QUARTER_OUTCOMES,
                withType(Tables.QUARTER_OUTCOMES, "home_points", DataTypes.LongType, true)));
        assertEquals("quarter_outcomes.home_points is bigint in the table, int in this version's schema: reprocess the table"
                + " or use a matching version", e.getMessage());
    }

    @Test
    void nullabilityAloneIsNoDifference() {
        for (Table t : Tables.ALL) {
            RdsExport.checkTypes(t, withType(t, "", null, true));
        }
    }
}
