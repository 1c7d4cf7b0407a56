package org.nbabox.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The floor of the batch job: one pass of Jackson tokenising every game file under a folder, on all
 * cores, building no objects. {@code jobs/bench} compares the job's time with it.
 * Prints: files, bytes, tokens, seconds.
 */
public final class TokenizeFloor {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TokenizeFloor() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".json.gz")).toList();
        }
        AtomicLong bytes = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        files.parallelStream().forEach(f -> {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
                 InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                 JsonParser p = FACTORY.createParser(in)) {
                long n = 0;
                while (p.nextToken() != null) {
                    n++;
                }
                tokens.addAndGet(n);
                bytes.addAndGet(Files.size(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("files=%d bytes=%d tokens=%d seconds=%.2f%n", files.size(), bytes.get(), tokens.get(), secs);
    }
}
