package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nbabox.testing.Packaging;

/**
 * The shaded jar for spark-submit: everything of ours and of the libraries Spark does not ship, and
 * nothing that Spark, Hadoop or the cluster already provides (no second copy of a class that Spark's
 * own jars hold, no Jackson, no logging binding).
 */
class ShadedJarIT {

    /** The libraries the jar must carry whole: a class of each, to find its jar on the test class path. */
    private static final Map<String, String> BUNDLED = Map.of(
            "picocli", "picocli.CommandLine",
            "postgresql", "org.postgresql.Driver",
            "flyway-core", "org.flywaydb.core.Flyway",
            "flyway-database-postgresql", "org.flywaydb.database.postgresql.PostgreSQLDatabaseType",
            "jfreechart", "org.jfree.chart.JFreeChart");

    /** What Spark, Hadoop and EMR provide (Delta Lake included): never in the jar. */
    private static final List<String> FORBIDDEN_PREFIXES = List.of(
            "io/delta/", "org/apache/hadoop/", "scala/", "org/antlr/", "com/fasterxml/jackson/", "org/slf4j/",
            "org/apache/logging/", "org/apache/log4j/", "ch/qos/logback/", "org/json4s/", "io/netty/",
            "org/apache/parquet/", "software/amazon/awssdk/", "com/amazonaws/",
            "META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "META-INF/services/com.fasterxml.jackson.",
            "log4j2.properties", "log4j2.xml", "log4j2-test.", "log4j.properties", "logback.xml");

    private static Map<String, Long> jar;
    /** Every entry of Spark's jars, with the jar that holds it. */
    private static Map<String, String> spark;

    @BeforeAll
    static void read() {
        jar = Packaging.entries(Packaging.jar());
        spark = new HashMap<>();
        for (Path p : Packaging.sparkClasspath()) {
            for (String e : Packaging.entries(p).keySet()) {
                spark.putIfAbsent(e, p.getFileName().toString());
            }
        }
    }

    private static boolean isLibraryPayload(String entry) {
        return !entry.startsWith("META-INF/") && !entry.equals("module-info.class");
    }

    @Test
    void holdsOurClassesAndTheMainClasses() throws IOException {
        List<String> missing = ownFiles().stream().filter(e -> !jar.containsKey(e)).toList();
        assertEquals(List.of(), missing, "files of target/classes missing from the jar");
        for (String main : List.of("org.nbabox.job.BatchProcessJob", "org.nbabox.ops.Preflight",
                "org.nbabox.cli.ProcessGameCommand", "org.nbabox.sql.QueryCommand", "org.nbabox.sql.SqlCommand",
                "org.nbabox.synth.GenerateCorpus")) {
            assertTrue(jar.containsKey(main.replace('.', '/') + ".class"), main + " is not in the jar");
        }
        assertTrue(jar.containsKey("db/migration/V2__indexes_views_functions.sql"), "the SQL migrations travel in the jar");
    }

    @Test
    void theReadmeStatesTheJarsSize() throws IOException {
        String readme = Files.readString(Packaging.projectDir().resolve("README.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("The jar is \\*\\*[0-9.]+ MB\\*\\* \\(([0-9,]+) bytes").matcher(readme);
        assertTrue(m.find(), "README.md states the jar's size");
        long stated = Long.parseLong(m.group(1).replace(",", ""));
        long actual = Files.size(Packaging.jar());
        assertTrue(Math.abs(stated - actual) <= actual * 0.02, "README.md says " + stated + " bytes, the jar has " + actual);
    }

    @Test
    void keepsTheThinJarBeside() throws IOException {
        Path thin = Packaging.jar().resolveSibling("original-" + Packaging.jar().getFileName());
        Set<String> ours = ownFiles();
        List<String> foreign = Packaging.entries(thin).keySet().stream()
                .filter(e -> !e.startsWith("META-INF/") && !ours.contains(e)).limit(20).toList();
        assertEquals(List.of(), foreign, thin.getFileName() + " should hold target/classes only");
        assertTrue(Packaging.entries(thin).containsKey("org/nbabox/job/BatchProcessJob.class"));
    }

    /** The files of target/classes, as jar entry names. */
    private static Set<String> ownFiles() throws IOException {
        Path classes = Packaging.classes();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void holdsEveryClassOfTheBundledLibraries() {
        for (Map.Entry<String, String> lib : BUNDLED.entrySet()) {
            Path libJar = Packaging.jarOf(lib.getValue());
            List<String> missing = Packaging.entries(libJar).keySet().stream().filter(ShadedJarIT::isLibraryPayload)
                    .filter(e -> !jar.containsKey(e)).limit(20).toList();
            assertEquals(List.of(), missing, lib.getKey() + " (" + libJar.getFileName() + ") is not wholly in the jar");
        }
    }

    @Test
    void mergesTheServiceFilesOfItsLibraries() {
        Path shaded = Packaging.jar();
        String drivers = Packaging.entryText(shaded, "META-INF/services/java.sql.Driver");
        assertNotNull(drivers, "no java.sql.Driver service file");
        assertTrue(drivers.contains("org.postgresql.Driver"), drivers);
        assertNull(Packaging.entryText(shaded, "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister"),
                "Delta's data source comes with the cluster's Delta jars, not ours");
        // flyway-core and flyway-database-postgresql both declare plugins: both halves must survive the merge
        String plugins = Packaging.entryText(shaded, "META-INF/services/org.flywaydb.core.extensibility.Plugin");
        assertNotNull(plugins, "no Flyway plugin service file");
        assertTrue(plugins.contains("org.flywaydb.database.postgresql.PostgreSQLDatabaseType"), plugins);
        String corePlugins = Packaging.entryText(Packaging.jarOf("org.flywaydb.core.Flyway"),
                "META-INF/services/org.flywaydb.core.extensibility.Plugin");
        for (String line : corePlugins.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertTrue(plugins.contains(line.trim()), "flyway-core's plugin " + line.trim() + " was lost in the merge");
            }
        }
    }

    @Test
    void leavesOutSparkHadoopScalaJacksonAndLogging() {
        Set<String> forbidden = new TreeSet<>();
        for (String e : jar.keySet()) {
            for (String prefix : FORBIDDEN_PREFIXES) {
                if (e.startsWith(prefix)) {
                    forbidden.add(e);
                }
            }
        }
        for (String e : jar.keySet()) {
            if (e.startsWith("org/apache/spark/")) { // Spark's packages, Delta's org.apache.spark.sql.delta among them
                forbidden.add(e);
            }
        }
        assertEquals(Set.of(), limit(forbidden), "entries that Spark, Hadoop or the cluster (Delta) provide");
    }

    @Test
    void shadowsNothingOfSparksOwnJars() {
        Set<String> twice = new TreeSet<>();
        for (String e : jar.keySet()) {
            boolean licenceText = !e.contains("/") && e.matches("(?i)(notice|license|licence|readme).*");
            if (!e.startsWith("META-INF/") && !licenceText && spark.containsKey(e)) {
                twice.add(e + " (also in " + spark.get(e) + ")");
            }
        }
        assertEquals(Set.of(), limit(twice), "entries of the jar that Spark's own jars hold too");
    }

    @Test
    void sparkClasspathIsSparksJarsWithNoneOfOurs() {
        List<String> names = Packaging.sparkClasspath().stream().map(p -> p.getFileName().toString()).toList();
        for (String expected : List.of("spark-core_2.12-3.5.9.jar", "spark-sql_2.12-3.5.9.jar", "scala-library-2.12.18.jar",
                "jackson-databind-2.15.2.jar", "jackson-datatype-jsr310-2.15.2.jar", "log4j-slf4j2-impl-2.20.0.jar")) {
            assertTrue(names.contains(expected), expected + " is not on the Spark class path " + names);
        }
        for (String name : names) {
            if (name.startsWith("jackson-")) {
                assertTrue(name.endsWith("-2.15.2.jar"), "Spark 3.5 runs on Jackson 2.15.2, not " + name);
            }
            assertTrue(!name.startsWith("hadoop-aws") && !name.startsWith("s3-") && !name.startsWith("sdk-core"),
                    name + " is the S3A stack, which a Spark distribution does not ship");
        }
        // the test proves the jar self-sufficient only if nothing it bundles is on the class path already
        for (String className : BUNDLED.values()) {
            String entry = className.replace('.', '/') + ".class";
            assertTrue(!spark.containsKey(entry), className + " is on the Spark class path (" + spark.get(entry) + ")");
        }
        assertTrue(spark.keySet().stream().noneMatch(e -> e.startsWith("org/nbabox/")), "our classes are on the Spark class path");
    }

    /** The first entries of a set, for readable failures. */
    private static Set<String> limit(Set<String> s) {
        return s.stream().limit(20).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
}
