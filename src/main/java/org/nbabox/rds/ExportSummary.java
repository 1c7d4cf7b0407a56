package org.nbabox.rds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an export loaded: rows per table (in load order) and how long it took.
 *
 * @param rows    rows loaded per table
 * @param seconds wall time of the load, migrations and index rebuilds included
 */
public record ExportSummary(Map<String, Long> rows, double seconds) {

    public ExportSummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "PostgreSQL export done: game_state_snapshots 2,811 rows, ... (12,345 rows in 4.2 s)". */
    public String line() {
        List<String> parts = new ArrayList<>();
        rows.forEach((t, n) -> parts.add(String.format(Locale.US, "%s %,d", t, n)));
        return String.format(Locale.US, "PostgreSQL export done: %s rows (%,d rows in %.1f s)", String.join(", ", parts),
                totalRows(), seconds);
    }
}
