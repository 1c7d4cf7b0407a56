package org.nbabox.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nbabox.report.Charts;
import org.nbabox.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate verification report of a run under {@code <output>/reports/<run-id>/}:
 * {@code report.json}, {@code report.md} and a self-contained {@code report.html} with charts.
 * Only small aggregates reach the driver.
 */
final class RunReport {

    private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunReport() {
    }

    static void write(SparkSession spark, TableSink sink, JobOptions o, String runId, RunTotals t) {
        spark.sparkContext().setJobDescription("Aggregate the verification report");
        ObjectNode r = JSON.createObjectNode();
        r.put("run_id", runId);
        r.put("input", o.input);
        r.put("output", o.output);
        r.put("format", o.format.name());
        ObjectNode totals = r.putObject("totals");
        totals.put("games_in", t.gamesIn);
        totals.put("already_done", t.alreadyDone);
        totals.put("snapshotted", t.processed);
        totals.put("no_play_by_play", t.noPlayByPlay);
        totals.put("errors", t.errors);
        totals.put("snapshots", t.snapshots);
        totals.put("player_snapshot_rows", t.playerRows);
        totals.put("passed", t.passed);
        totals.put("error_rate", round(t.errorRate()));
        if (t.processed == 0) {
            totals.putNull("validation_rate");
        } else {
            totals.put("validation_rate", round(t.validationRate()));
        }
        totals.put("max_error_rate", o.maxErrorRate);
        totals.put("error_rate_exceeded", t.errorRate() > o.maxErrorRate);

        Map<String, Long> grades = new LinkedHashMap<>();
        Map<Integer, double[]> bySeason = new java.util.TreeMap<>();
        Map<String, Long> byStat = new LinkedHashMap<>();
        Map<String, Long> anomalies = new LinkedHashMap<>();
        Map<String, Long> reasons = new LinkedHashMap<>();
        ArrayNode slowest = JSON.createArrayNode();
        if (sink.exists(Tables.BOX_SCORE_VERIFICATION)) {
            // one row per game of the run, read once for the five aggregates below
            Dataset<Row> v = sink.read(Tables.BOX_SCORE_VERIFICATION)
                    .filter(col("run_id").equalTo(lit(runId))).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            for (Row row : v.filter(col("grade").isNotNull()).groupBy("grade").count().orderBy("grade").collectAsList()) {
                grades.put(row.getString(0), row.getLong(1));
            }
            for (Row row : v.filter(col("status").equalTo("processed")).groupBy("season")
                    .agg(count(lit(1)), sum(when(col("passed"), 1).otherwise(0))).orderBy("season").collectAsList()) {
                bySeason.put(row.getInt(0), new double[] {row.getLong(1), row.getLong(2)});
            }
            for (Row row : v.select(explode(col("discrepancies")).as("d")).groupBy("d.stat").count()
                    .orderBy(desc("count")).collectAsList()) {
                byStat.put(row.getString(0), row.getLong(1));
            }
            for (Row row : v.select(explode(col("anomalies")).as("a")).groupBy("a.kind").count()
                    .orderBy(desc("count")).collectAsList()) {
                anomalies.put(row.getString(0), row.getLong(1));
            }
            for (Row row : v.orderBy(desc("processing_ms")).limit(10)
                    .select("game_id", "season", "snapshots", "processing_ms", "grade").collectAsList()) {
                ObjectNode g = slowest.addObject();
                g.put("game_id", row.getString(0));
                g.put("season", row.getInt(1));
                g.put("snapshots", row.isNullAt(2) ? 0 : row.getInt(2));
                g.put("processing_ms", row.getLong(3));
                g.put("grade", row.isNullAt(4) ? null : row.getString(4));
            }
            v.unpersist();
        }
        if (sink.exists(Tables.GAME_ERRORS)) {
            for (Row row : sink.read(Tables.GAME_ERRORS)
                    .filter(col("run_id").equalTo(lit(runId))).groupBy("reason").count().orderBy(desc("count")).collectAsList()) {
                reasons.put(row.getString(0), row.getLong(1));
            }
        }
        grades.forEach(r.putObject("grades")::put);
        ArrayNode seasons = r.putArray("validation_by_season");
        bySeason.forEach((season, c) -> seasons.addObject().put("season", season).put("games", (long) c[0])
                .put("passed", (long) c[1]).put("validation_rate", round(c[1] / c[0])));
        byStat.forEach(r.putObject("discrepancies_by_stat")::put);
        anomalies.forEach(r.putObject("anomalies_by_kind")::put);
        reasons.forEach(r.putObject("error_reasons")::put);
        r.set("slowest_games", slowest);
        spark.sparkContext().setJobDescription(null);

        String dir = o.output.replaceAll("/+$", "") + "/reports/" + runId;
        try {
            Path base = new Path(dir);
            FileSystem fs = base.getFileSystem(spark.sparkContext().hadoopConfiguration());
            write(fs, new Path(base, "report.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
            write(fs, new Path(base, "report.md"), markdown(r));
            write(fs, new Path(base, "report.html"), html(r, bySeason, byStat, reasons));
            LOG.info("Report written to {}/ (report.json, report.md, report.html)", dir);
        } catch (IOException e) {
            LOG.error("Could not write the report to {}: {}", dir, e.getMessage());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static void write(FileSystem fs, Path p, String content) throws IOException {
        try (OutputStream out = fs.create(p, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String markdown(ObjectNode r) {
        StringBuilder b = new StringBuilder();
        ObjectNode t = (ObjectNode) r.get("totals");
        b.append("# Verification report, run ").append(r.get("run_id").asText()).append("\n\n");
        b.append("Input `").append(r.get("input").asText()).append("`, output `").append(r.get("output").asText())
                .append("` (").append(r.get("format").asText()).append(").\n\n");
        b.append("| games in | done in earlier runs | snapshotted | no play-by-play | errors | snapshots | passed | validation rate | error rate |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        b.append(String.format(Locale.US, "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s | %.2f%% |%n%n", t.get("games_in").asLong(),
                t.get("already_done").asLong(), t.get("snapshotted").asLong(), t.get("no_play_by_play").asLong(), t.get("errors").asLong(),
                t.get("snapshots").asLong(), t.get("passed").asLong(),
                t.get("validation_rate").isNull() ? "n/a" : String.format(Locale.US, "%.1f%%", 100 * t.get("validation_rate").asDouble()),
                100 * t.get("error_rate").asDouble()));
        table(b, "Grades", "grade", "games", r.get("grades"));
        b.append("## Validation rate by season\n\n| season | games | passed | rate |\n|---:|---:|---:|---:|\n");
        r.get("validation_by_season").forEach(s -> b.append(String.format(Locale.US, "| %d | %d | %d | %.1f%% |%n",
                s.get("season").asInt(), s.get("games").asLong(), s.get("passed").asLong(), 100 * s.get("validation_rate").asDouble())));
        b.append('\n');
        table(b, "Discrepancies by stat", "stat", "cells", r.get("discrepancies_by_stat"));
        table(b, "Anomalies by kind", "kind", "count", r.get("anomalies_by_kind"));
        table(b, "Error reasons", "reason", "files", r.get("error_reasons"));
        b.append("## Slowest games\n\n| game | season | snapshots | ms | grade |\n|---|---:|---:|---:|---|\n");
        r.get("slowest_games").forEach(g -> b.append(String.format(Locale.US, "| %s | %d | %d | %d | %s |%n",
                g.get("game_id").asText(), g.get("season").asInt(), g.get("snapshots").asInt(), g.get("processing_ms").asLong(),
                g.get("grade").isNull() ? "-" : g.get("grade").asText())));
        return b.toString();
    }

    private static void table(StringBuilder b, String title, String key, String value, com.fasterxml.jackson.databind.JsonNode node) {
        b.append("## ").append(title).append("\n\n");
        if (node.isEmpty()) {
            b.append("None.\n\n");
            return;
        }
        b.append("| ").append(key).append(" | ").append(value).append(" |\n|---|---:|\n");
        node.fields().forEachRemaining(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().asLong()).append(" |\n"));
        b.append('\n');
    }

    static String html(ObjectNode r, Map<Integer, double[]> bySeason, Map<String, Long> byStat, Map<String, Long> reasons) {
        Map<String, Number> rate = new LinkedHashMap<>();
        bySeason.forEach((s, c) -> rate.put(String.valueOf(s), 100 * c[1] / c[0]));
        Map<String, Number> stats = new LinkedHashMap<>(byStat);
        Map<String, Number> errs = new LinkedHashMap<>(reasons);
        Map<String, Number> slow = new LinkedHashMap<>();
        r.get("slowest_games").forEach(g -> slow.put(g.get("game_id").asText(), g.get("processing_ms").asLong()));
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>nbabox verification report ")
                .append(escape(r.get("run_id").asText())).append("</title><style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
                        + "img{max-width:100%}</style></head><body>");
        b.append("<pre>").append(escape(markdown(r))).append("</pre>");
        b.append(chart("Validation rate by season (%)", "season", rate));
        b.append(chart("Discrepancies by stat", "stat", stats));
        b.append(chart("Error reasons", "reason", errs));
        b.append(chart("Slowest games (ms)", "game", slow));
        return b.append("</body></html>").toString();
    }

    private static String chart(String title, String axis, Map<String, Number> values) {
        if (values.isEmpty()) {
            return "<h2>" + escape(title) + "</h2><p>None.</p>";
        }
        return "<h2>" + escape(title) + "</h2><img alt=\"" + escape(title) + "\" src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(Charts.bars(title, axis, values, 900, 360)) + "\">";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
