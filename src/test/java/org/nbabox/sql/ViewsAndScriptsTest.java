package org.nbabox.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view statements shipped in the jar and shown in docs/TABLES.md; SQL scripts split into statements. */
class ViewsAndScriptsTest {

    @Test
    void everyViewIsOneCreateStatementAndDocsTablesShowsItWordForWord() throws Exception {
        String doc = Files.readString(Paths.get("docs/TABLES.md"));
        for (String view : Views.NAMES) {
            String sql = Views.sql(view);
            assertTrue(sql.contains("CREATE OR REPLACE TEMP VIEW " + view + " AS"), view);
            assertEquals(List.of(sql), SqlScript.statements(sql), view + " holds exactly one statement");
            assertTrue(doc.contains("```sql\n" + sql + "\n```"), "docs/TABLES.md shows " + view + " as in the resource");
        }
    }

    @Test
    void scriptsSplitAtSemicolonsOutsideQuotesAndComments() {
        String script = "-- a comment; not a statement end\n"
                + "SELECT 'a;b', \"c;d\", `e;f` FROM t;\n"
                + "/* block; comment */ SELECT 'it''s;' ;\n"
                + "SELECT 'back\\';slash';\n"
                + "-- only a comment at the end; nothing to run\n";
        assertEquals(List.of(
                "-- a comment; not a statement end\nSELECT 'a;b', \"c;d\", `e;f` FROM t",
                "/* block; comment */ SELECT 'it''s;'",
                "SELECT 'back\\';slash'"), SqlScript.statements(script));
        assertEquals(List.of(), SqlScript.statements(" ;; -- nothing\n"));
        assertEquals(List.of("SELECT 1"), SqlScript.statements("SELECT 1"));
    }
}
