package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.testing.Packaging;
import org.nbabox.testing.TestCorpus;

/**
 * The shaded jar end to end through Spark's own launcher, {@code org.apache.spark.deploy.SparkSubmit},
 * in a separate JVM whose class path is Spark's jars only (target/spark-classpath.txt): the sample
 * games become the six Delta tables, read back here from their Delta logs and Parquet footers.
 */
class SparkSubmitIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 10;

    @TempDir
    Path tmp;

    @Test
    void batchJobRunsFromTheJarOnSparksJarsAlone() throws Exception {
        Path input = TestCorpus.samples(tmp.resolve("in"));
        Path output = tmp.resolve("out");
        // a profile as on a cluster: no spark.master, spark-submit sets it
        Path profile = tmp.resolve("submit.properties");
        Files.writeString(profile, String.join("\n",
                "format = delta",
                "spark.sql.shuffle.partitions = 2",
                "spark.databricks.delta.snapshotPartitions = 2",
                "spark.ui.enabled = false",
                "spark.ui.showConsoleProgress = false",
                ""));

        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.addAll(Packaging.javaOpens());
        cmd.add("-Dlog4j2.configurationFile=" + Packaging.projectDir().resolve("conf/log4j2-local.properties"));
        cmd.add("-cp");
        cmd.add(Packaging.sparkClasspath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        // Delta from --jars, as EMR puts its own on the class path: the jar does not carry it
        cmd.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--jars", Packaging.deltaJars(),
                "--class", "org.nbabox.job.BatchProcessJob", Packaging.jar().toString(),
                "--input", input.toString(), "--output", output.toString(), "--conf", profile.toString()));

        Path log = Packaging.jar().resolveSibling("spark-submit-it.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(tmp.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        // nothing of this machine's Spark or Hadoop setup may reach the run
        for (String v : List.of("SPARK_HOME", "SPARK_CONF_DIR", "SPARK_DIST_CLASSPATH", "HADOOP_CONF_DIR", "YARN_CONF_DIR",
                "HADOOP_HOME", "CLASSPATH", "SPARK_SUBMIT_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(v);
        }
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("spark-submit did not finish in " + TIMEOUT_MINUTES + " minutes; its output: " + log + "\n" + tail(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "spark-submit exit status; its output (" + log + "):\n" + tail(log));
        assertTrue(out.contains("master local[2]"), "the run did not use spark-submit's master:\n" + tail(log));
        assertTrue(out.contains("Completed 6/6 games: 2,913 snapshots, 0 errors"), tail(log));

        Map<String, Long> expected = expectedRows(input);
        Map<String, Long> actual = new LinkedHashMap<>();
        for (Table t : Tables.ALL) {
            actual.put(t.name(), deltaRows(output.resolve(t.name())));
        }
        assertEquals(2913L, actual.get(Tables.GAME_STATE_SNAPSHOTS.name()), "one snapshot per event of the six games");
        assertEquals(6L, actual.get(Tables.BOX_SCORE_VERIFICATION.name()), "one verification row per game");
        assertEquals(0L, actual.get(Tables.GAME_ERRORS.name()));
        assertEquals(expected, actual, "rows per table: the game processor run here vs the tables the jar wrote");
        try (Stream<Path> reports = Files.list(output.resolve("reports"))) {
            Path report = reports.findFirst().orElseThrow(() -> new AssertionError("no report folder"));
            for (String f : List.of("report.json", "report.md", "report.html")) {
                assertTrue(Files.size(report.resolve(f)) > 0, f + " is empty or missing");
            }
        }
    }

    /** Rows per table that the job's own per-game code yields for the files of {@code input}, in this JVM. */
    private static Map<String, Long> expectedRows(Path input) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        Tables.ALL.forEach(t -> out.put(t.name(), 0L));
        GameExploder exploder = new GameExploder(Map.of(), null, "expected");
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.sorted().toList()) {
                GameRows rows = exploder.explode(f.toString(), null);
                for (var t : Tables.ALL) {
                    out.merge(t.name(), (long) rows.count(t), Long::sum);
                }
            }
        }
        return out;
    }

    /**
     * Rows of a Delta table without Spark: the live files from replaying {@code _delta_log} (adds
     * minus removes), each counted from its Parquet footer and checked against the log's own count.
     */
    private static long deltaRows(Path table) throws Exception {
        Path logDir = table.resolve("_delta_log");
        assertTrue(Files.isDirectory(logDir), table + " is not a Delta table");
        List<Path> commits;
        try (Stream<Path> files = Files.list(logDir)) {
            commits = files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json")).sorted().toList();
        }
        assertTrue(!commits.isEmpty(), "no commit in " + logDir);
        Map<String, Long> live = new TreeMap<>();
        for (int v = 0; v < commits.size(); v++) {
            assertEquals(String.format("%020d.json", v), commits.get(v).getFileName().toString(), "commits of " + table);
            for (String line : Files.readAllLines(commits.get(v))) {
                JsonNode action = JSON.readTree(line);
                if (action.has("add")) {
                    JsonNode add = action.get("add");
                    long records = JSON.readTree(add.get("stats").asText()).get("numRecords").asLong();
                    live.put(add.get("path").asText(), records);
                } else if (action.has("remove")) {
                    live.remove(action.get("remove").get("path").asText());
                }
            }
        }
        Configuration conf = new Configuration();
        long rows = 0;
        for (Map.Entry<String, Long> f : live.entrySet()) {
            Path file = Paths.get(table.toUri().resolve(f.getKey()));
            assertTrue(Files.isRegularFile(file), "the log names " + file + ", which is missing");
            long inFile;
            try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
                inFile = r.getRecordCount();
            }
            assertEquals((long) f.getValue(), inFile, "rows of " + file + ": Delta's stats vs the Parquet footer");
            rows += inFile;
        }
        return rows;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
