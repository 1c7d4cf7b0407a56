package org.nbabox.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** How every nbabox command line is set up: bad arguments give one line on stderr and a chosen exit code. */
public final class Cli {

    private Cli() {
    }

    /** A command line for {@code command} whose argument errors print "name: message (see --help)". */
    public static CommandLine of(Object command, String name, int badArgsExit, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(command);
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        versioned(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(name + ": " + ex.getMessage() + " (see --help)");
            return badArgsExit;
        });
        return cl;
    }

    /** Makes -V / --version print the nbabox version; returns {@code cl}. */
    public static CommandLine versioned(CommandLine cl) {
        cl.getCommandSpec().versionProvider(() -> new String[] {"nbabox " + version()});
        return cl;
    }

    /** The version in the jar's manifest (Implementation-Version), or a note when run from the build's classes. */
    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v != null ? v : "(development build, run from target/classes)";
    }

    public static CommandLine of(Object command, String name, int badArgsExit) {
        return of(command, name, badArgsExit, null, null);
    }
}
