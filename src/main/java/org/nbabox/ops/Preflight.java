package org.nbabox.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pre-launch checklist as one command (jobs/preflight locally, a client-mode spark-submit step on
 * EMR). Prints one line per check, {@code PASS  <check>  <detail>} or {@code FAIL  <check>  <detail>},
 * and exits 1 when any check fails (2 on bad options). Options win over the profile given with --conf.
 */
@Command(name = "preflight", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Pre-launch checklist for BatchProcessJob: Java, Spark, input, output, disk, memory and,"
        + " with --save-rds, PostgreSQL and the phase9 schema version.",
        "Prints PASS/FAIL per check; exit status 1 if any check fails."})
public final class Preflight implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "DIR", description = "Raw game files: local dir or s3a:// prefix (default: input= of the profile).")
  String input;

  @Option(names = "--output", paramLabel = "DIR", description = "Output root: local dir or s3a:// prefix (default: output= of the profile).")
  String output;

  @Option(names = "--box-scores", paramLabel = "DIR", description = "Format 2 box score prefix (default: box.scores= of the profile; checked only when set).")
  String boxScores;

  @Option(names = "--save-rds", description = "Also check PostgreSQL and the phase9 schema version, as the job will export there.")
  boolean saveRds;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "jdbc:postgresql://host:port/db (default: jdbc.url= of the profile). Password: PGPASSWORD or ~/.pgpass.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "PostgreSQL user (default: jdbc.user= of the profile).")
  String jdbcUser;

  @Option(names = "--conf", paramLabel = "FILE", description = "Profile (properties file, local or s3a://); default conf/local.properties of the project when it exists.")
  String conf;

  @Option(names = "--min-free-disk-gb", paramLabel = "GB", defaultValue = "10", description = "Minimum free disk on the output (or the local S3A buffer) (default: ${DEFAULT-VALUE}).")
  double minFreeDiskGb;

  @Option(names = "--min-free-memory-gb", paramLabel = "GB", defaultValue = "4", description = "Minimum available memory on this machine (default: ${DEFAULT-VALUE}).")
  double minFreeMemoryGb;

  private final PrintStream out;
  private final Map<String, String> env;
  private final Path home;
  private final String nbaboxHome;
  private final ClassLoader loader;

  public Preflight() {
    this(System.out, System.getenv(), Paths.get(System.getProperty("user.home")), System.getProperty("nbabox.home"),
        Preflight.class.getClassLoader());
  }

  /** For tests: where to print, the environment and home directory for the password lookup, the class loader for migrations. */
  Preflight(PrintStream out, Map<String, String> env, Path home, String nbaboxHome, ClassLoader loader) {
    this.out = out;
    this.env = env;
    this.home = home;
    this.nbaboxHome = nbaboxHome;
    this.loader = loader;
  }

  @Override
  public Integer call() {
    List<Check> checks = runChecks();
    long failed = checks.stream().filter(c -> !c.passed()).count();
    for (Check c : checks) {
      out.println(c.line());
    }
    out.println(failed == 0
        ? "READY: all " + checks.size() + " checks passed"
        : "NOT READY: " + failed + " of " + checks.size() + " checks failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** Runs every check that applies, in a fixed order; never throws. */
  List<Check> runChecks() {
    List<Check> checks = new ArrayList<>();
    checks.add(RuntimeChecks.java());
    checks.add(RuntimeChecks.spark(loader));

    Profile profile = Profile.none();
    Configuration hadoop = null;
    try {
      hadoop = new Configuration();
      String location = conf != null ? conf : Profile.defaultLocation(nbaboxHome).map(Path::toString).orElse(null);
      if (location == null) {
        checks.add(Check.pass("conf", "no profile: options only"));
      } else {
        profile = Profile.load(location, hadoop);
        checks.add(Check.pass("conf", location + " (" + profile.size() + " keys)"));
      }
      hadoop = profile.hadoopConfiguration();
    } catch (Exception | LinkageError e) {
      checks.add(Check.fail("conf", (conf == null ? "default profile" : conf) + ": " + StorageChecks.describe(e)));
    }

    String in = pick(input, profile, "input");
    String boxes = pick(boxScores, profile, "box.scores");
    String outDir = pick(output, profile, "output");
    if (hadoop == null) {
      checks.add(Check.fail("input", "not checked: no Hadoop configuration"));
      checks.add(Check.fail("output", "not checked: no Hadoop configuration"));
    } else {
      checks.add(StorageChecks.input(in, hadoop));
      if (boxes != null) {
        checks.add(StorageChecks.boxScores(boxes, hadoop));
      }
      checks.add(StorageChecks.output(outDir, in, hadoop));
      checks.add(StorageChecks.disk(outDir, hadoop, minFreeDiskGb));
    }
    checks.add(RuntimeChecks.memory(minFreeMemoryGb));

    if (saveRds) {
      checks.addAll(PostgresChecks.check(pick(jdbcUrl, profile, "jdbc.url"), pick(jdbcUser, profile, "jdbc.user"), env, home));
    }
    return checks;
  }

  private static String pick(String option, Profile profile, String key) {
    return Optional.ofNullable(option).filter(s -> !s.isBlank()).orElseGet(() -> profile.get(key).orElse(null));
  }

  public static void main(String[] args) {
    System.exit(org.nbabox.cli.Cli.versioned(new CommandLine(new Preflight())).execute(args));
  }
}
