package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jobs/submit-emr, run as a process from the project root. */
class SubmitEmrTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLUSTER = "j-ABCDEFGH1234";
  private static final String[] LOCATIONS = {"--jar-bucket", "my-artifacts", "--input", "s3a://nba-raw/espn/games",
      "--output", "s3a://nba-out/nbabox", "--release", "r1"};

  @TempDir Path work;

  record Run(int exit, String stdout, String stderr) {
    List<String> commands() {
      return stdout.lines().filter(l -> l.startsWith("+ ")).collect(Collectors.toList());
    }
  }

  private Run submit(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", "jobs/submit-emr"));
    cmd.addAll(Arrays.asList(args));
    Path out = work.resolve("stdout.txt");
    Path err = work.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(ProjectFiles.root().toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("NBABOX_EMR_WORK", work.resolve("emr").toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "submit-emr finished in time");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run dryRun(String... args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of("--dry-run"));
    all.addAll(Arrays.asList(LOCATIONS));
    all.addAll(Arrays.asList(args));
    return submit(Map.of(), all.toArray(String[]::new));
  }

  /** Splits a printed "+ cmd ..." line back into its words (bare words and '...' with '\'' escapes). */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inWord = false;
    String s = line.startsWith("+ ") ? line.substring(2) : line;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        int j = s.indexOf('\'', i + 1);
        cur.append(s, i + 1, j);
        i = j;
        inWord = true;
      } else if (c == '\\') {
        cur.append(s.charAt(++i));
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          out.add(cur.toString());
          cur.setLength(0);
          inWord = false;
        }
      } else {
        cur.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(cur.toString());
    }
    return out;
  }

  private static String after(List<String> words, String option) {
    int i = words.indexOf(option);
    assertTrue(i >= 0 && i + 1 < words.size(), option + " in " + words);
    return words.get(i + 1);
  }

  /** A template of deploy/emr/ with its placeholders filled in, as submit-emr should render it. */
  private static JsonNode template(String relative, Map<String, String> values) throws IOException {
    String text = Files.readString(ProjectFiles.file(relative));
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("${" + e.getKey() + "}", e.getValue());
    }
    assertFalse(text.contains("${"), relative + " fully rendered");
    return JSON.readTree(text);
  }

  private static Map<String, String> values(String jobOnFailure, String preflightOnFailure) {
    return Map.of("JAR_BUCKET", "my-artifacts", "RELEASE", "r1", "INPUT_BUCKET", "nba-raw", "INPUT_PREFIX", "espn/games",
        "OUTPUT_BUCKET", "nba-out", "OUTPUT_PREFIX", "nbabox", "SEASON", "2024",
        "JOB_ON_FAILURE", jobOnFailure, "PREFLIGHT_ON_FAILURE", preflightOnFailure);
  }

  private static JsonNode concat(JsonNode a, JsonNode b) {
    com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
    out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) a);
    out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) b);
    return out;
  }

  @Test
  void dryRunForASeasonPrintsTheUploadsAndTheAddStepsCommand() throws Exception {
    Run r = dryRun("--mode", "season", "--season", "2024", "--cluster-id", CLUSTER);
    assertEquals(0, r.exit(), r.stderr());
    List<String> commands = r.commands();
    assertEquals(3, commands.size(), r.stdout());
    String root = ProjectFiles.root().toString();
    assertEquals("+ aws s3 cp " + root + "/target/nbabox-0.1.0-SNAPSHOT.jar s3://my-artifacts/nbabox/releases/r1/nbabox.jar --only-show-errors",
        commands.get(0));
    assertEquals("+ aws s3 cp " + work.resolve("emr/emr.properties") + " s3://my-artifacts/nbabox/releases/r1/emr.properties --only-show-errors",
        commands.get(1));
    List<String> addSteps = words(commands.get(2));
    assertEquals(List.of("aws", "emr", "add-steps", "--cluster-id", CLUSTER), addSteps.subList(0, 5));
    assertEquals(List.of("--query", "StepIds", "--output", "text"), addSteps.subList(addSteps.size() - 4, addSteps.size()));

    JsonNode steps = JSON.readTree(after(addSteps, "--steps"));
    JsonNode expected = concat(template("deploy/emr/steps/preflight.json", values("CONTINUE", "CANCEL_AND_WAIT")),
        template("deploy/emr/steps/season.json", values("CONTINUE", "CANCEL_AND_WAIT")));
    assertEquals(expected, steps, "the steps are the templates of deploy/emr/steps/, filled in");
    List<String> job = new ArrayList<>();
    steps.get(1).path("Args").forEach(a -> job.add(a.asText()));
    assertEquals("2024", after(job, "--season"));
    assertEquals("s3a://nba-raw/espn/games", after(job, "--input"));
    assertEquals("s3a://nba-out/nbabox", after(job, "--output"));
    assertTrue(r.stderr().contains("dry run, nothing was run"), r.stderr());
  }

  @Test
  void dryRunRendersTheProfileWithoutPlaceholders() throws Exception {
    Run r = dryRun("--mode", "test", "--cluster-id", CLUSTER);
    assertEquals(0, r.exit(), r.stderr());
    List<String> lines = Files.readAllLines(work.resolve("emr/emr.properties"));
    assertTrue(lines.contains("input=s3a://nba-raw/espn/games"), lines.toString());
    assertTrue(lines.contains("output=s3a://nba-out/nbabox"), lines.toString());
    for (String l : lines) {
      assertFalse(!l.startsWith("#") && l.contains("${"), "active line with a placeholder: " + l);
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("# left out") && l.contains("jdbc.url=")), "jdbc.url has no value: left out");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("# left out") && l.contains("box.scores=")), "no --box-scores: left out");
    Profile p = Profile.of("rendered", Files.readString(work.resolve("emr/emr.properties")));
    assertEquals("delta", p.get("format").orElseThrow());
  }

  @Test
  void boxScoresInTheInputBucketReachTheProfile() throws Exception {
    Run r = dryRun("--mode", "test", "--cluster-id", CLUSTER, "--box-scores", "s3a://nba-raw/box-scores/");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(Files.readAllLines(work.resolve("emr/emr.properties")).contains("box.scores=s3a://nba-raw/box-scores"));
  }

  @Test
  void testAndFullModesCarryTheirArguments() throws Exception {
    Run test = dryRun("--mode", "test", "--cluster-id", CLUSTER, "--no-preflight");
    assertEquals(0, test.exit(), test.stderr());
    JsonNode testSteps = JSON.readTree(after(words(test.commands().get(2)), "--steps"));
    assertEquals(template("deploy/emr/steps/test.json", values("CONTINUE", "CANCEL_AND_WAIT")), testSteps, "--no-preflight: the job step only");
    assertTrue(testSteps.toString().contains("\"--limit\",\"10\""), testSteps.toString());

    Run full = dryRun("--mode", "full", "--cluster-id", CLUSTER);
    assertEquals(0, full.exit(), full.stderr());
    JsonNode fullSteps = JSON.readTree(after(words(full.commands().get(2)), "--steps"));
    assertEquals(2, fullSteps.size());
    assertTrue(fullSteps.get(1).toString().contains("\"--start-season\",\"1993\",\"--end-season\",\"2025\""), fullSteps.toString());
  }

  @Test
  void argumentsAfterTheDoubleDashGoToTheJobStep() throws Exception {
    Run r = dryRun("--mode", "full", "--cluster-id", CLUSTER, "--", "--game-ids", "401070702,401070730", "--reprocess");
    assertEquals(0, r.exit(), r.stderr());
    JsonNode steps = JSON.readTree(after(words(r.commands().get(2)), "--steps"));
    List<String> preflight = new ArrayList<>();
    steps.get(0).path("Args").forEach(a -> preflight.add(a.asText()));
    assertFalse(preflight.contains("--game-ids"), "the preflight step is unchanged");
    List<String> job = new ArrayList<>();
    steps.get(1).path("Args").forEach(a -> job.add(a.asText()));
    assertEquals(List.of("--start-season", "1993", "--end-season", "2025", "--game-ids", "401070702,401070730", "--reprocess"),
        job.subList(job.size() - 7, job.size()));
  }

  @Test
  void sparkConfsGoToSparkSubmitBeforeTheJar() throws Exception {
    Run r = dryRun("--mode", "test", "--cluster-id", CLUSTER, "--no-preflight",
        "--spark-conf", "spark.executor.memoryOverhead=3g", "--spark-conf", "spark.executor.cores=2");
    assertEquals(0, r.exit(), r.stderr());
    List<String> job = new ArrayList<>();
    JSON.readTree(after(words(r.commands().get(2)), "--steps")).get(0).path("Args").forEach(a -> job.add(a.asText()));
    assertEquals(List.of("spark-submit", "--deploy-mode", "cluster", "--conf", "spark.executor.memoryOverhead=3g",
        "--conf", "spark.executor.cores=2", "--class", "org.nbabox.job.BatchProcessJob"), job.subList(0, 9));
    assertEquals(2, submit(Map.of(), "--dry-run", "--mode", "test", "--cluster-id", CLUSTER, "--jar-bucket", "b1b",
        "--input", "s3a://nba-in/x", "--output", "s3a://nba-out/y", "--spark-conf", "executor.memory=9g").exit(), "spark.* keys only");
  }

  @Test
  void dryRunCreateClusterUsesClusterJsonAndConfigurations() throws Exception {
    Run r = dryRun("--mode", "full", "--create-cluster", "--subnet-id", "subnet-0123456789abcdef0", "--region", "us-east-1");
    assertEquals(0, r.exit(), r.stderr());
    List<String> commands = r.commands();
    assertEquals(3, commands.size(), r.stdout());
    assertTrue(commands.get(0).startsWith("+ aws --region us-east-1 s3 cp "), commands.get(0));
    List<String> create = words(commands.get(2));
    assertEquals(List.of("aws", "--region", "us-east-1", "emr", "create-cluster"), create.subList(0, 5));
    JsonNode cluster = template("deploy/emr/cluster.json", Map.of("JAR_BUCKET", "my-artifacts", "SUBNET_ID", "subnet-0123456789abcdef0",
        "EMR_SERVICE_ROLE", "EMR_DefaultRole", "EMR_INSTANCE_PROFILE", "EMR_EC2_DefaultRole"));
    assertEquals(cluster.path("ReleaseLabel").asText(), after(create, "--release-label"));
    assertEquals(cluster.path("LogUri").asText(), after(create, "--log-uri"));
    assertEquals("EMR_DefaultRole", after(create, "--service-role"));
    assertEquals(cluster.path("Applications"), JSON.readTree(after(create, "--applications")));
    assertEquals(cluster.path("InstanceGroups"), JSON.readTree(after(create, "--instance-groups")));
    assertEquals(cluster.path("Ec2Attributes"), JSON.readTree(after(create, "--ec2-attributes")));
    assertEquals(cluster.path("ManagedScalingPolicy"), JSON.readTree(after(create, "--managed-scaling-policy")));
    assertEquals(cluster.path("EbsRootVolumeSize").asText(), after(create, "--ebs-root-volume-size"));
    // create-cluster takes tags as Key=Value words (it refuses the JSON form)
    List<String> tags = new java.util.ArrayList<>();
    cluster.path("Tags").forEach(t -> tags.add(t.path("Key").asText() + "=" + t.path("Value").asText()));
    int at = create.indexOf("--tags");
    assertTrue(at > 0 && !tags.isEmpty(), "--tags in " + create);
    assertEquals(tags, create.subList(at + 1, at + 1 + tags.size()));
    assertEquals("file://" + ProjectFiles.file("deploy/emr/configurations.json"), after(create, "--configurations"));
    assertTrue(create.contains("--auto-terminate"), "runs the steps, then terminates");
    JsonNode steps = JSON.readTree(after(create, "--steps"));
    assertEquals(concat(template("deploy/emr/steps/preflight.json", values("TERMINATE_CLUSTER", "TERMINATE_CLUSTER")),
        template("deploy/emr/steps/full.json", values("TERMINATE_CLUSTER", "TERMINATE_CLUSTER"))), steps);
  }

  @Test
  void keepAliveClusterGetsTheIdleTimeoutInsteadOfAutoTerminate() throws Exception {
    Run r = dryRun("--mode", "test", "--create-cluster", "--keep-alive", "--subnet-id", "subnet-0123456789abcdef0");
    assertEquals(0, r.exit(), r.stderr());
    List<String> create = words(r.commands().get(2));
    assertFalse(create.contains("--auto-terminate"));
    assertTrue(create.contains("--no-auto-terminate"));
    assertEquals(3600, JSON.readTree(after(create, "--auto-termination-policy")).path("IdleTimeout").asInt());
    JsonNode steps = JSON.readTree(after(create, "--steps"));
    assertEquals("CANCEL_AND_WAIT", steps.get(0).path("ActionOnFailure").asText(), "a failed preflight cancels the job step");
    assertEquals("CONTINUE", steps.get(1).path("ActionOnFailure").asText());
  }

  @Test
  void realRunRunsExactlyTheCommandsTheDryRunPrints() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path log = work.resolve("aws.log");
    Path fakeAws = bin.resolve("aws");
    Files.writeString(fakeAws, String.join("\n",
        "#!/usr/bin/env bash",
        "{ echo '---'; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } >> \"$FAKE_AWS_LOG\"",
        "case \" $* \" in *' add-steps '*) printf 's-AAAA\\ts-BBBB\\n' ;; esac",
        ""));
    Files.setPosixFilePermissions(fakeAws, PosixFilePermissions.fromString("rwx------"));
    Path jar = Files.writeString(work.resolve("nbabox.jar"), "not really a jar");
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_AWS_LOG", log.toString());
    String[] args = {"--mode", "season", "--season", "2023", "--cluster-id", CLUSTER, "--jar", jar.toString(),
        "--jar-bucket", "my-artifacts", "--input", "s3a://nba-raw/espn/games", "--output", "s3a://nba-out/nbabox", "--release", "r2"};

    Run real = submit(env, args);
    assertEquals(0, real.exit(), real.stderr());
    assertEquals("s-AAAA\ts-BBBB", real.stdout().strip(), "prints the step ids");
    assertTrue(real.stderr().contains("aws emr wait step-complete --cluster-id " + CLUSTER + " --step-id s-BBBB"), real.stderr());

    List<List<String>> invoked = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.equals("---")) {
        invoked.add(new ArrayList<>(List.of("aws")));
      } else {
        invoked.get(invoked.size() - 1).add(line);
      }
    }
    List<String> dryArgs = new ArrayList<>(List.of("--dry-run"));
    dryArgs.addAll(Arrays.asList(args));
    Run dry = submit(env, dryArgs.toArray(String[]::new));
    assertEquals(0, dry.exit(), dry.stderr());
    List<List<String>> printed = dry.commands().stream().map(SubmitEmrTest::words).collect(Collectors.toList());
    assertEquals(printed, invoked);
    assertEquals(3, Files.readAllLines(log).stream().filter("---"::equals).count(), "the dry run itself ran no aws command");
  }

  @Test
  void aFailingAwsCommandStopsTheLaunch() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path log = work.resolve("aws.log");
    Path fakeAws = bin.resolve("aws");
    // the upload is refused, as S3 does with a 403
    Files.writeString(fakeAws, "#!/usr/bin/env bash\necho \"$1 $2\" >> \"$FAKE_AWS_LOG\"\necho 'upload failed: Access Denied' >&2\nexit 1\n");
    Files.setPosixFilePermissions(fakeAws, PosixFilePermissions.fromString("rwx------"));
    Path jar = Files.writeString(work.resolve("nbabox.jar"), "x");
    Run r = submit(Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_AWS_LOG", log.toString()),
        "--mode", "test", "--cluster-id", CLUSTER, "--jar", jar.toString(),
        "--jar-bucket", "my-artifacts", "--input", "s3a://nba-raw/g", "--output", "s3a://nba-out/o");
    assertEquals(1, r.exit(), r.stderr());
    assertTrue(r.stderr().contains("Access Denied") && r.stderr().contains("failed with exit status 1"), r.stderr());
    assertEquals(List.of("s3 cp"), Files.readAllLines(log), "no step is added after a failed upload");
  }

  @Test
  void realRunWithoutTheJarFailsBeforeAnyAwsCommand() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path log = work.resolve("aws.log");
    Path fakeAws = bin.resolve("aws");
    Files.writeString(fakeAws, "#!/usr/bin/env bash\necho called >> \"$FAKE_AWS_LOG\"\n");
    Files.setPosixFilePermissions(fakeAws, PosixFilePermissions.fromString("rwx------"));
    Run r = submit(Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_AWS_LOG", log.toString()),
        "--mode", "test", "--cluster-id", CLUSTER, "--jar", work.resolve("missing.jar").toString(),
        "--jar-bucket", "my-artifacts", "--input", "s3a://nba-raw/g", "--output", "s3a://nba-out/o");
    assertEquals(1, r.exit(), r.stderr());
    assertTrue(r.stderr().contains("missing.jar not found"), r.stderr());
    assertFalse(Files.exists(log), "no aws command ran");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "no arguments||Usage: jobs/submit-emr",
      "missing mode|--cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--mode is required",
      "unknown mode|--mode nightly --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|unknown --mode 'nightly'",
      "season without year|--mode season --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--mode season needs --season",
      "season not a year|--mode season --season 24 --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--season must be a year",
      "season in test mode|--mode test --season 2024 --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--season is only for --mode season",
      "no cluster|--mode test --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|give --cluster-id",
      "both targets|--mode test --cluster-id j-ABCDEFGH1234 --create-cluster --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|not both",
      "bad cluster id|--mode test --cluster-id cluster1 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--cluster-id must look like",
      "create without subnet|--mode test --create-cluster --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|needs --subnet-id",
      "missing jar bucket|--mode test --cluster-id j-ABCDEFGH1234 --input s3a://nba-in/x --output s3a://nba-out/y|--jar-bucket is required",
      "jar bucket as URI|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket s3://b1b --input s3a://nba-in/x --output s3a://nba-out/y|takes a bucket name",
      "missing input|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --output s3a://nba-out/y|--input is required",
      "input not s3a|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input /data/games --output s3a://nba-out/y|must be an s3a:// URI",
      "output inside input|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-in/x/out|is inside --input",
      "box scores elsewhere|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y --box-scores s3a://other/b|must be in the input bucket",
      "quote in prefix|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x'y --output s3a://nba-out/y|may only hold",
      "option without value|--mode test --cluster-id --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|--cluster-id needs a value",
      "unknown option|--mode test --cluster j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y|unknown argument: --cluster",
      "job argument set by submit-emr|--mode test --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y -- --output s3a://nba-out/z|is set by submit-emr itself",
      "job argument with a shell character|--mode full --cluster-id j-ABCDEFGH1234 --jar-bucket b1b --input s3a://nba-in/x --output s3a://nba-out/y -- --game-ids 1$2|may only hold",
  })
  void badArgumentsExitWith2AndRunNothing(String name, String args, String message) throws Exception {
    List<String> all = new ArrayList<>(List.of("--dry-run"));
    if (args != null) {
      all.addAll(Arrays.asList(args.split(" ")));
    } else {
      all.clear();
    }
    Run r = submit(Map.of(), all.toArray(String[]::new));
    assertEquals(2, r.exit(), name + ": " + r.stderr());
    assertTrue(r.stderr().contains(message), name + ": " + r.stderr());
    assertTrue(r.commands().isEmpty(), name + ": printed " + r.stdout());
  }

  @Test
  void helpExitsZero() throws Exception {
    Run r = submit(Map.of(), "--help");
    assertEquals(0, r.exit());
    assertTrue(r.stdout().contains("--mode test|season|full"));
  }
}
