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
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(name + ": " + ex.getMessage() + " (see --help)");
            return badArgsExit;
        });
        return cl;
    }

    public static CommandLine of(Object command, String name, int badArgsExit) {
        return of(command, name, badArgsExit, null, null);
    }
}
