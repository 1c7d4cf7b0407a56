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
        return new JobConfig(p, Files.isRegularFile(path) ? path.toString() : "built-in defaults");
    }

    public String source() {
        return source;
    }

    public String get(String key, String dflt) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    public int getInt(String key, int dflt) {
        String v = get(key, null);
        return v == null ? dflt : Integer.parseInt(v);
    }

    public double getDouble(String key, double dflt) {
        String v = get(key, null);
        return v == null ? dflt : Double.parseDouble(v);
    }

    /**
     * The profile's {@code spark.*} keys for the session builder of this driver: see
     * {@link #sparkSettings(SparkConf)}, with the configuration the driver was started with.
     */
    public Properties sparkSettings() {
        return sparkSettings(new SparkConf());
    }

    /**
     * Every {@code spark.*} key of the profile, for the session builder, except {@code spark.master}
     * when the driver was {@code started} with one. spark-submit hands its --master (and --conf,
     * spark-defaults) to the driver as system properties, which {@code new SparkConf()} reads; a
     * builder setting would win over them, so the profile's master (conf/local.properties has
     * local[*]) would silently move a YARN job into the driver. Without spark-submit
     * (jobs/batch-process) nothing sets a master and the profile's stays.
     */
    Properties sparkSettings(SparkConf started) {
        Properties out = new Properties();
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith("spark.")) {
                out.setProperty(k, props.getProperty(k).trim());
            }
        }
        if (started.contains("spark.master") && out.containsKey("spark.master")) {
            LOG.info("Spark master {} from spark-submit; the profile's spark.master {} is not used",
                    started.get("spark.master"), out.getProperty("spark.master"));
            out.remove("spark.master");
        }
        return out;
    }
}
