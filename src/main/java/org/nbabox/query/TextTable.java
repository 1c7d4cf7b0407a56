package org.nbabox.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A result set as an aligned text table for a terminal, psql style: numbers right-aligned, NULL for
 * missing values, line breaks inside values shown as spaces, and a row count underneath.
 */
public final class TextTable {

    private final List<String> columns;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    /** @param numeric which columns hold numbers (right-aligned) */
    public TextTable(List<String> columns, boolean[] numeric) {
        if (numeric.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + numeric.length + " alignment flags");
        }
        this.columns = List.copyOf(columns);
        this.numeric = numeric.clone();
    }

    /** Adds a row of values (null for NULL), one per column. */
    public TextTable add(List<String> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        String[] r = new String[values.size()];
        for (int i = 0; i < r.length; i++) {
            String v = values.get(i);
            r[i] = v == null ? "NULL" : v.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        }
        rows.add(r);
        return this;
    }

    /**
     * The table text. {@code more} says that rows were left out after the ones added (the count line
     * then says so).
     */
    public String render(boolean more) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, columns.toArray(new String[0]), width, false);
        for (int i = 0; i < width.length; i++) {
            b.append(i == 0 ? "-" : "+-").append("-".repeat(width[i])).append('-');
        }
        b.append('\n');
        for (String[] r : rows) {
            line(b, r, width, true);
        }
        b.append('(').append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
                .append(more ? ", more not shown" : "").append(")\n");
        return b.toString();
    }

    private void line(StringBuilder b, String[] values, int[] width, boolean align) {
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? " " : "| ");
            String v = values[i];
            String pad = " ".repeat(width[i] - v.length());
            b.append(align && numeric[i] ? pad + v : v + pad).append(' ');
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        b.append('\n');
    }
}
