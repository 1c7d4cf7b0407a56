package org.nbabox.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * A configuration profile from {@code conf/} (Java properties): defaults that command-line flags
 * override. Secrets are never read from profiles.
 */
public final class JobConfig {

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

    /** Every {@code spark.*} key of the profile, for the session builder. */
    public Properties sparkSettings() {
        Properties out = new Properties();
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith("spark.")) {
                out.setProperty(k, props.getProperty(k).trim());
            }
        }
        return out;
    }
}
