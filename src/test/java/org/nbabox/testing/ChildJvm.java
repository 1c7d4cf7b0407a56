package org.nbabox.testing;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a separate JVM on the test class path, with Spark's module opens and an
 * environment of the test's choosing, as an operator's shell would run it; stdout and stderr are
 * captured together.
 */
public final class ChildJvm {

    /** How a child run ended: its exit status and everything it printed. */
    public record Result(int exitCode, String output, List<String> command) {
    }

    private ChildJvm() {
    }

    /**
     * Runs {@code mainClass} with {@code args}; {@code env} is added to this JVM's environment,
     * {@code log4jConfig} (may be null) replaces the test logging configuration.
     */
    public static Result run(Class<?> mainClass, Map<String, String> env, Path log4jConfig, Path outputFile, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore") || a.startsWith("-Dio.netty")
                        || a.startsWith("-Djdk.reflect")).toList());
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dnbabox.home=" + new File(".").getAbsoluteFile().getParent()));
        if (log4jConfig != null) {
            command.add("-Dlog4j2.configurationFile=" + log4jConfig);
        }
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM still running after 300 s: " + Files.readString(outputFile));
        }
        return new Result(p.exitValue(), Files.readString(outputFile, StandardCharsets.UTF_8), command);
    }
}
