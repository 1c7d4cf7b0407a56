package org.nbabox.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.hadoop.conf.Configuration;

/**
 * A real S3-compatible server on loopback for the s3a tests: S3Proxy with its filesystem backend,
 * run as its own process from target/test-tools/s3proxy.jar (never on Spark's classpath).
 */
public final class S3Proxy implements AutoCloseable {

    public static final String ACCESS_KEY = "local-identity";
    public static final String SECRET_KEY = "local-credential";

    private final Process process;
    private final int port;
    private final Path baseDir;

    private S3Proxy(Process process, int port, Path baseDir) {
        this.process = process;
        this.port = port;
        this.baseDir = baseDir;
    }

    public static S3Proxy start(Path workDir) throws IOException, InterruptedException {
        Path jar = Paths.get("target/test-tools/s3proxy.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (generate-test-resources copies it)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path base = Files.createDirectories(workDir.resolve("s3"));
        Path props = workDir.resolve("s3proxy.conf");
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + base) + "\n");
        Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("s3proxy.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new S3Proxy(p, port, base);
            } catch (IOException notYet) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("S3Proxy exited: " + Files.readString(workDir.resolve("s3proxy.log")));
                }
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not start within 30 s");
    }

    /** Creates a bucket (a folder of the filesystem backend; s3a never creates buckets). */
    public Path bucket(String name) throws IOException {
        return Files.createDirectories(baseDir.resolve(name));
    }

    /** s3a settings pointing at this server. */
    public void configure(Configuration conf) {
        conf.set("fs.s3a.endpoint", "http://127.0.0.1:" + port);
        conf.set("fs.s3a.endpoint.region", "us-east-1");
        conf.set("fs.s3a.path.style.access", "true");
        conf.set("fs.s3a.connection.ssl.enabled", "false");
        conf.set("fs.s3a.access.key", ACCESS_KEY);
        conf.set("fs.s3a.secret.key", SECRET_KEY);
        conf.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public File baseDir() {
        return baseDir.toFile();
    }
}
