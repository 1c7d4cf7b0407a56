package org.nbabox.tables;

import org.apache.spark.sql.types.StructField;

/**
 * Renders the table reference of docs/TABLES.md from {@link Tables} and {@link ColumnDocs}: the
 * block between the GENERATED markers. Run {@code main} to print it; a test fails when the doc is stale.
 */
public final class TablesDoc {

    public static final String BEGIN = "<!-- BEGIN GENERATED: table reference (org.nbabox.tables.TablesDoc) -->";
    public static final String END = "<!-- END GENERATED -->";

    private TablesDoc() {
    }

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append("\n\n");
        for (Table t : Tables.ALL) {
            b.append("### `").append(t.name()).append("`\n\n").append(t.description()).append("\n\n");
            b.append("Partitioned by `").append(t.partitionColumn()).append("`; key: `")
                    .append(String.join(", ", t.key())).append("`.\n\n");
            b.append("| column | type | meaning |\n|---|---|---|\n");
            for (StructField f : t.schema().fields()) {
                String doc = ColumnDocs.of(f.name());
                b.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString().replace("|", "\\|"))
                        .append(" | ").append(doc == null ? "" : doc).append(" |\n");
            }
            b.append('\n');
        }
        return b.append(END).toString();
    }

    public static void main(String[] args) {
        System.out.println(render());
    }
}
