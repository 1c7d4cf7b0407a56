package org.nbabox.testing;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures what this JVM logs through Log4j 2 (Spark, Flyway, our own classes) while it is open,
 * with the root logger at INFO and the given loggers at the given levels, instead of the console;
 * closing restores the levels and the console.
 */
public final class LogCapture implements AutoCloseable {

    private final StringWriter text = new StringWriter();
    private final WriterAppender appender;
    private final Map<String, Level> previous = new HashMap<>();
    /** The root logger's own appenders (the console), detached while capturing so the raised levels stay out of the test output. */
    private final Map<String, Appender> detached = new HashMap<>();

    private LogCapture(Map<String, String> levels) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.newBuilder().setName("capture-" + System.nanoTime()).setTarget(text)
                .setLayout(PatternLayout.newBuilder().withPattern("%d{HH:mm:ss} %-5p %c{1}: %m%n").build()).build();
        appender.start();
        detached.putAll(config.getRootLogger().getAppenders());
        detached.keySet().forEach(config.getRootLogger()::removeAppender);
        config.getRootLogger().addAppender(appender, null, null);
        previous.put(LogManager.ROOT_LOGGER_NAME, config.getRootLogger().getLevel());
        Configurator.setRootLevel(Level.INFO);
        levels.forEach((logger, level) -> {
            previous.put(logger, config.getLoggerConfig(logger).getLevel());
            Configurator.setLevel(logger, Level.valueOf(level));
        });
        ctx.updateLoggers();
    }

    /** Starts capturing. */
    public static LogCapture start(Map<String, String> levels) {
        return new LogCapture(levels);
    }

    /** What was logged so far. */
    public synchronized String text() {
        return text.toString();
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender(appender.getName());
        detached.values().forEach(a -> ctx.getConfiguration().getRootLogger().addAppender(a, null, null));
        previous.forEach((logger, level) -> {
            if (logger.equals(LogManager.ROOT_LOGGER_NAME)) {
                Configurator.setRootLevel(level);
            } else {
                Configurator.setLevel(logger, level);
            }
        });
        appender.stop();
        ctx.updateLoggers();
    }
}
