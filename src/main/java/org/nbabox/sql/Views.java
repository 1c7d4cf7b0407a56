package org.nbabox.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Spark SQL views shipped with the tables, in the order they must be created. Each view's
 * statement lives in {@code src/main/resources/sql/views/<name>.sql}: the same text runs here, in the
 * notebooks and in docs/TABLES.md.
 */
public final class Views {

    /** The name the quarter_outcomes table is registered under, so the view can take its name. */
    public static final String QUARTER_OUTCOMES_RAW = "quarter_outcomes_raw";

    public static final List<String> NAMES = List.of("latest_snapshots", "player_lines_at", "quarter_outcomes",
            "verification_summary");

    private Views() {
    }

    /** The {@code CREATE OR REPLACE TEMP VIEW} statement of a view, comments included. */
    public static String sql(String view) {
        if (!NAMES.contains(view)) {
            throw new IllegalArgumentException("no view " + view);
        }
        String resource = "/sql/views/" + view + ".sql";
        try (InputStream in = Views.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
