package org.nbabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain (ESPN parsing, event classification, replay, verification, the processor) imports
 * nothing of Spark, Hadoop or Scala: it stays fast to test and usable outside the job.
 */
class DomainIsFreeOfSparkTest {

    private static final List<String> DOMAIN = List.of("espn", "events", "replay", "verify", "process");

    @Test
    void domainPackagesImportNoSparkHadoopOrScala() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String pkg : DOMAIN) {
            Path dir = Paths.get("src/main/java/org/nbabox", pkg);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    for (String line : Files.readAllLines(f)) {
                        String l = line.strip();
                        if (l.startsWith("import ") && (l.contains(" org.apache.spark.") || l.contains(" org.apache.hadoop.")
                                || l.contains(" scala."))) {
                            found.add(f + ": " + l);
                        }
                    }
                }
            }
        }
        assertTrue(files > 30, "domain sources found: " + files);
        assertEquals(List.of(), found);
    }
}
