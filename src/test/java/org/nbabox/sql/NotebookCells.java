package org.nbabox.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code %%sql} cells of the Jupyter notebooks under notebooks/, in notebook order. */
final class NotebookCells {

    /** A cell tag saying that the cell's query may rightly return no rows (e.g. errors of a clean run). */
    static final String MAY_BE_EMPTY = "may-be-empty";

    /**
     * One {@code %%sql} cell: the statement without its magic line, its tags, and the name of the pandas
     * frame its result goes to ({@code -o name}), or null.
     */
    record Cell(Path notebook, int index, String sql, List<String> tags, String output) {

        boolean isQuery() {
            String s = sql.replaceAll("(?m)^\\s*--.*$", "").strip().toUpperCase();
            return s.startsWith("SELECT") || s.startsWith("WITH");
        }

        @Override
        public String toString() {
            return notebook.getFileName() + " cell " + index;
        }
    }

    private NotebookCells() {
    }

    static Path dir() {
        return Paths.get("notebooks").toAbsolutePath();
    }

    static List<Path> notebooks() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Cell> sqlCells(Path notebook) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(notebook.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Cell> out = new ArrayList<>();
        JsonNode cells = root.path("cells");
        for (int i = 0; i < cells.size(); i++) {
            JsonNode c = cells.get(i);
            if (!"code".equals(c.path("cell_type").asText())) {
                continue;
            }
            String source = source(c.path("source"));
            if (!source.startsWith("%%sql")) {
                continue;
            }
            int nl = source.indexOf('\n');
            String sql = nl < 0 ? "" : source.substring(nl + 1).strip();
            List<String> tags = new ArrayList<>();
            c.path("metadata").path("tags").forEach(t -> tags.add(t.asText()));
            java.util.regex.Matcher o = java.util.regex.Pattern.compile("\\s-o\\s+(\\w+)")
                    .matcher(nl < 0 ? source : source.substring(0, nl));
            out.add(new Cell(notebook, i, sql, tags, o.find() ? o.group(1) : null));
        }
        return out;
    }

    /** The sources of the {@code %%local} (Python) cells, by cell index. */
    static java.util.Map<Integer, String> localCells(Path notebook) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(notebook.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<Integer, String> out = new java.util.TreeMap<>();
        JsonNode cells = root.path("cells");
        for (int i = 0; i < cells.size(); i++) {
            String source = source(cells.get(i).path("source"));
            if ("code".equals(cells.get(i).path("cell_type").asText()) && source.startsWith("%%local")) {
                out.put(i, source);
            }
        }
        return out;
    }

    /** A cell's source: nbformat stores it as one string or as a list of lines. */
    private static String source(JsonNode source) {
        if (source.isArray()) {
            StringBuilder b = new StringBuilder();
            source.forEach(line -> b.append(line.asText()));
            return b.toString();
        }
        return source.asText();
    }
}
