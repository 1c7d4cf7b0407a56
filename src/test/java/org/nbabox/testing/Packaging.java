package org.nbabox.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the packaging tests (*IT, run by failsafe after {@code package}) look at: the shaded jar, the
 * class path of Spark's own jars (target/spark-classpath.txt) and the JVM flags Spark needs on Java
 * 17. Failsafe passes their locations as system properties (pom.xml).
 */
public final class Packaging {

    private Packaging() {
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the *IT tests with mvn verify");
        }
        return v;
    }

    /** The shaded jar, as {@code mvn package} left it in target/. */
    public static Path jar() {
        Path jar = Paths.get(property("nbabox.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: the *IT tests run after package (mvn verify)");
        }
        return jar;
    }

    /** target/classes: what the jar must carry of our own. */
    public static Path classes() {
        return Paths.get(property("nbabox.classes"));
    }

    /** The project's root folder. */
    public static Path projectDir() {
        return Paths.get(property("basedir"));
    }

    /** The jars of target/spark-classpath.txt, in order. */
    /**
     * Delta Lake's jars, comma-separated for spark-submit's --jars (target/delta-jars.txt): the cluster
     * provides them on EMR, so the jar leaves them out.
     */
    public static String deltaJars() {
        try {
            return Files.readString(Paths.get(property("nbabox.delta.jars"))).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> sparkClasspath() {
        Path file = Paths.get(property("nbabox.spark.classpath"));
        try {
            String text = Files.readString(file).trim();
            List<Path> out = new ArrayList<>();
            for (String entry : text.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    out.add(Paths.get(entry));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The --add-opens flags (and friends) of pom.xml's java.opens, one per element. */
    public static List<String> javaOpens() {
        return Arrays.stream(property("nbabox.java.opens").trim().split("\\s+")).toList();
    }

    /** Names of the file entries of a jar (folders left out), each with its size. */
    public static Map<String, Long> entries(Path jar) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry z = e.nextElement();
                if (!z.isDirectory()) {
                    out.put(z.getName(), z.getSize());
                }
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + jar, ex);
        }
    }

    /** The text of one entry of a jar, or null when it has none. */
    public static String entryText(Path jar, String name) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry z = zip.getEntry(name);
            if (z == null) {
                return null;
            }
            return new String(zip.getInputStream(z).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + jar, ex);
        }
    }

    /** The jar a class of the test class path comes from (the class is not initialised). */
    public static Path jarOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, Packaging.class.getClassLoader());
            return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + className, e);
        }
    }
}
