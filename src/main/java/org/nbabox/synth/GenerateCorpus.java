package org.nbabox.synth;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jobs/generate-corpus}: writes a deterministic synthetic corpus of ESPN-shaped NBA game
 * files (1992-93 to 2024-25, 44,826 games at full size) for benchmarks and end-to-end tests.
 * Bad arguments print one line on stderr and exit with status 2.
 */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true, sortOptions = false,
    version = "nbabox generate-corpus 0.1.0",
    description = {
      "Writes synthetic ESPN NBA game files that look like the real ones: Format 1 (summary JSON,"
          + " DIR/<game_id>.json) or Format 2 (game-package pages, DIR/pbp/<game_id>.json and"
          + " DIR/boxscores/<game_id>.json), plus DIR/_manifest.tsv.",
      "Same seed and N give the same bytes. Seasons are sampled in proportion when N < 44826."
    })
public final class GenerateCorpus implements Callable<Integer> {
  private static final String NAME = "generate-corpus";

  @Spec
  private CommandSpec spec;

  @Option(names = "--games", required = true, paramLabel = "N",
      description = "Number of games, 1 to 44826 (the full history).")
  private int games;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  private Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--format", paramLabel = "1|2", defaultValue = "1",
      description = "1: ESPN summary JSON; 2: ESPN game-package pages (default: ${DEFAULT-VALUE}).")
  private int format;

  @Option(names = "--gzip", description = "Write .json.gz files.")
  private boolean gzip;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: number of cores).")
  private Integer threads;

  @Option(names = "--fault-rate", paramLabel = "R", defaultValue = "0.01",
      description = "Share of games with plays whose box score gets one player stat off by one, listed in the"
          + " manifest (default: ${DEFAULT-VALUE}).")
  private double faultRate;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: usage errors exit 2, failures exit 1, one line each. */
  static CommandLine commandLine() {
    CommandLine cl = org.nbabox.cli.Cli.versioned(new CommandLine(new GenerateCorpus()));
    cl.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println(NAME + ": " + e.getMessage() + " (see " + NAME + " --help)");
      return CommandLine.ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println(NAME + ": failed: " + e);
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    CorpusSettings settings = settings();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(NAME + ": " + settings.games() + " games, format " + settings.format() + ", seed " + settings.seed()
        + ", " + settings.threads() + " threads -> " + settings.out());
    stdout.flush();
    CorpusSummary summary = CorpusGenerator.generate(settings, System.err);
    stdout.println(summary.describe());
    stdout.println("manifest: " + settings.out().resolve(CorpusGenerator.MANIFEST));
    stdout.flush();
    return 0;
  }

  private CorpusSettings settings() {
    if (games < 1 || games > SeasonTable.FULL_CORPUS_GAMES) {
      throw usage("--games must be between 1 and " + SeasonTable.FULL_CORPUS_GAMES + ", got " + games);
    }
    if (format != 1 && format != 2) {
      throw usage("--format must be 1 or 2, got " + format);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw usage("--out must be a folder, but " + out + " is a file");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw usage("--threads must be at least 1, got " + workers);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw usage("--fault-rate must be between 0 and 1, got " + faultRate);
    }
    return new CorpusSettings(games, out, seed, format, gzip, workers, faultRate);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
