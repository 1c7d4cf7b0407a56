package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's Spark settings for the session builder, with and without spark-submit. */
class JobConfigTest {

    @TempDir
    Path tmp;

    private JobConfig localProfile() throws IOException {
        Path file = tmp.resolve("local.properties");
        Files.writeString(file, "output = out\nspark.master = local[*]\nspark.sql.shuffle.partitions = 8\n");
        return JobConfig.load(file.toString());
    }

    @Test
    void theMasterSparkSubmitChoseIsKept() throws IOException {
        SparkConf started = new SparkConf(false).set("spark.master", "yarn").set("spark.submit.deployMode", "cluster");
        Properties settings = localProfile().sparkSettings(started);
        assertNull(settings.getProperty("spark.master"), "the profile's local[*] would replace yarn");
        assertEquals("8", settings.getProperty("spark.sql.shuffle.partitions"));
        assertEquals(1, settings.size(), "only spark.* keys: " + settings);
    }

    @Test
    void withoutSparkSubmitTheProfileSetsTheMaster() throws IOException {
        Properties settings = localProfile().sparkSettings(new SparkConf(false));
        assertEquals("local[*]", settings.getProperty("spark.master"));
        assertEquals("8", settings.getProperty("spark.sql.shuffle.partitions"));
        assertEquals(2, settings.size(), "only spark.* keys: " + settings);
    }

    @Test
    void whatSparkSubmitWasGivenWinsOverTheProfile() throws IOException {
        SparkConf started = new SparkConf(false).set("spark.sql.shuffle.partitions", "4");
        Properties settings = localProfile().sparkSettings(started);
        assertNull(settings.getProperty("spark.sql.shuffle.partitions"), "--conf spark.sql.shuffle.partitions=4 stays");
        assertEquals("local[*]", settings.getProperty("spark.master"));
    }

    @Test
    void relativePathsOfAProfileAreUnderTheProjectHome() throws IOException {
        Path file = tmp.resolve("paths.properties");
        Files.writeString(file, "input = src/test/resources/espn\noutput = s3a://bucket/out\nbox.scores = /data/box\n");
        String before = System.getProperty("nbabox.home");
        System.setProperty("nbabox.home", tmp.toString());
        try {
            JobConfig c = JobConfig.load(file.toString());
            assertEquals(tmp.resolve("src/test/resources/espn").toString(), c.get("input", null));
            assertEquals("s3a://bucket/out", c.get("output", null));
            assertEquals("/data/box", c.get("box.scores", null));
        } finally {
            if (before == null) {
                System.clearProperty("nbabox.home");
            } else {
                System.setProperty("nbabox.home", before);
            }
        }
    }
}
