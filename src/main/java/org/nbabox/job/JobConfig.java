package org.nbabox.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configuration profile from {@code conf/} (Java properties): defaults that command-line flags
 * override. Secrets are never read from profiles.
 */
public final class JobConfig {

    private static final Logger LOG = LoggerFactory.getLogger(JobConfig.class);

    private final Properties props;
    private final String source;

    private JobConfig(Properties props, String source) {
        this.props = props;
        this.source = source;
    }

    /** Loads {@code file}, or {@code conf/local.properties} under the project home when null. */
    public static JobConfig load(String file) {
        Path path = file != null ? Paths.get(file)
                : Paths.get(System.getProperty("nbabox.home", "."), "conf", "local.properties");
        Properties p = new Properties();
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read configuration " + path + ": " + e.getMessage());
            }
        } else if (file != null) {
            throw new IllegalArgumentException("configuration file " + path + " does not exist");
        }
        for (String k : p.stringPropertyNames()) {
            String lower = k.toLowerCase();
            if (lower.contains("password") || lower.contains("secret")) {
                throw new IllegalArgumentException("configuration " + path + " holds a secret (" + k
                        + "); secrets come from the environment, never from conf files");
            }
        }
        String home = System.getProperty("nbabox.home");
        if (home != null) {
            for (String key : PATH_KEYS) {
                String v = p.getProperty(key);
                if (v != null && !v.isBlank() && !v.contains("://") && !Paths.get(v.trim()).isAbsolute()) {
                    p.setProperty(key, Paths.get(home).resolve(v.trim()).normalize().toString());
                }
            }
        }
        return new JobConfig(p, Files.isRegularFile(path) ? path.toString() : "built-in defaults");
    }

    /**
     * Keys holding a path. A relative path in a profile is relative to the project home (the launch
     * scripts pass -Dnbabox.home), so the defaults work from any folder; a path given as a flag is
     * relative to the folder the command runs in, as usual.
     */
    static final java.util.List<String> PATH_KEYS = java.util.List.of("input", "output", "box.scores");

    public String source() {
        return source;
    }

    public String get(String key, String dflt) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    /** A whole number of the profile; IllegalArgumentException naming the key and the profile when it is not one. */
    public int getInt(String key, int dflt) {
        String v = get(key, null);
        try {
            return v == null ? dflt : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration " + source + ": " + key + " must be a whole number, not \"" + v + "\"");
        }
    }

    /** A number of the profile; IllegalArgumentException naming the key and the profile when it is not one. */
    public double getDouble(String key, double dflt) {
        String v = get(key, null);
        try {
            return v == null ? dflt : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration " + source + ": " + key + " must be a number, not \"" + v + "\"");
        }
    }

    /**
     * The profile's {@code spark.*} keys for the session builder of this driver: see
     * {@link #sparkSettings(SparkConf)}, with the configuration the driver was started with.
     */
    public Properties sparkSettings() {
        return sparkSettings(new SparkConf());
    }

    /**
     * Every {@code spark.*} key of the profile, for the session builder, except those the driver was
     * {@code started} with. spark-submit hands its --master, --conf and spark-defaults.conf (EMR's
     * cluster settings) to the driver as system properties, which {@code new SparkConf()} reads; a
     * builder setting would silently win over them, so the profile's master (conf/local.properties
     * has local[*]) would move a YARN job into the driver, and {@code --conf
     * spark.sql.shuffle.partitions=4} would be ignored. The order is: what the launcher was given,
     * then the profile, then the built-in defaults of {@link DeltaSession}. Without spark-submit
     * (jobs/batch-process) nothing is started with and the profile's settings stay.
     */
    Properties sparkSettings(SparkConf started) {
        Properties out = new Properties();
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith("spark.")) {
                out.setProperty(k, props.getProperty(k).trim());
            }
        }
        for (String k : out.stringPropertyNames()) {
            if (started.contains(k)) {
                LOG.info("{} = {} from the launcher (spark-submit, spark-defaults); the profile's {} is not used",
                        k, started.get(k), out.getProperty(k));
                out.remove(k);
            }
        }
        return out;
    }
}
