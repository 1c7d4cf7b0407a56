package org.nbabox.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files of deploy/emr/ parse and say what the EMR runbook relies on. */
class DeployConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAVA_17 = "/usr/lib/jvm/java-17-amazon-corretto.x86_64";
  private static final String JOB_CLASS = "org.nbabox.job.BatchProcessJob";
  /** Memory of the EC2 types this deployment may use, GiB (m6i/r6i: 4 and 8 GiB per vCPU). */
  private static final Map<String, int[]> VCPU_AND_GIB = Map.of(
      "m6i.xlarge", new int[] {4, 16}, "m6i.2xlarge", new int[] {8, 32}, "m6i.4xlarge", new int[] {16, 64},
      "r6i.xlarge", new int[] {4, 32}, "r6i.2xlarge", new int[] {8, 64}, "r6i.4xlarge", new int[] {16, 128});

  private static JsonNode read(String relative) throws IOException {
    return JSON.readTree(ProjectFiles.file(relative).toFile());
  }

  @Test
  void everyJsonFileParses() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(ProjectFiles.file("deploy/emr"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    Set<String> names = files.stream().map(p -> ProjectFiles.root().relativize(p).toString()).collect(Collectors.toSet());
    assertEquals(Set.of("deploy/emr/cluster.json", "deploy/emr/configurations.json", "deploy/emr/iam-policy.json",
        "deploy/emr/steps/test.json", "deploy/emr/steps/season.json", "deploy/emr/steps/full.json",
        "deploy/emr/steps/preflight.json"), names);
    for (Path f : files) {
      assertNotNull(JSON.readTree(f.toFile()), f.toString());
    }
  }

  @Test
  void clusterIsEmr7WithSparkAndDeltaMatchingTheBuild() throws IOException {
    JsonNode cluster = read("deploy/emr/cluster.json");
    String label = cluster.path("ReleaseLabel").asText();
    Matcher m = Pattern.compile("emr-7\\.(\\d+)\\.(\\d+)").matcher(label);
    assertTrue(m.matches(), "release label " + label);
    // emr-7.11.0 is the first 7.x release whose Delta (3.3.2-amzn-0) is the 3.3.2 the jar bundles,
    // and 7.10.0 the first where s3a:// is EMR's own S3 connector
    assertTrue(Integer.parseInt(m.group(1)) >= 11, "needs emr-7.11.0 or later for Delta 3.3.2: " + label);
    List<String> apps = new ArrayList<>();
    cluster.path("Applications").forEach(a -> apps.add(a.path("Name").asText()));
    assertTrue(apps.contains("Spark"), "applications " + apps);
    assertTrue(cluster.path("LogUri").asText().startsWith("s3://${JAR_BUCKET}/"), "logs go to the jar bucket the policy covers");
    for (String key : List.of("Name", "ServiceRole", "Ec2Attributes", "InstanceGroups", "ManagedScalingPolicy",
        "AutoTerminationPolicy", "EbsRootVolumeSize", "StepConcurrencyLevel")) {
      assertFalse(cluster.path(key).isMissingNode(), "cluster.json needs " + key + " (jobs/submit-emr reads it)");
    }
    assertEquals(1, cluster.path("StepConcurrencyLevel").asInt(), "steps must run one after the other: preflight gates the job");
  }

  @Test
  void instanceGroupsUseKnownX86TypesThatHoldTheExecutors() throws IOException {
    JsonNode cluster = read("deploy/emr/cluster.json");
    Map<String, String> spark = sparkDefaults();
    int executorCores = Integer.parseInt(spark.get("spark.executor.cores"));
    double executorGib = gib(spark.get("spark.executor.memory")) + gib(spark.get("spark.executor.memoryOverhead"));
    Set<String> roles = new HashSet<>();
    for (JsonNode g : cluster.path("InstanceGroups")) {
      String type = g.path("InstanceType").asText();
      roles.add(g.path("InstanceGroupType").asText());
      assertTrue(type.matches("[mr]6i\\.\\d*x?large"), "m6i/r6i (x86_64, matching JAVA_HOME " + JAVA_17 + "): " + type);
      assertTrue(VCPU_AND_GIB.containsKey(type), "unknown size " + type);
      assertTrue(g.path("InstanceCount").asInt() >= 1);
      if (g.path("InstanceGroupType").asText().equals("CORE")) {
        int[] size = VCPU_AND_GIB.get(type);
        int perNode = size[0] / executorCores;
        assertTrue(perNode >= 1, "an executor of " + executorCores + " cores fits on " + type);
        // YARN gets about three quarters of the node's memory on EMR; in cluster mode one core node
        // also holds the driver, and still its executors
        double driverGib = gib(spark.get("spark.driver.memory")) + gib(spark.get("spark.driver.memoryOverhead"));
        assertTrue(perNode * executorGib + driverGib <= size[1] * 0.75,
            perNode + " executors of " + executorGib + " GiB and the driver's " + driverGib + " GiB on " + type
                + " (" + size[1] + " GiB)");
        int maxExecutors = Integer.parseInt(spark.get("spark.dynamicAllocation.maxExecutors"));
        int maxNodes = cluster.path("ManagedScalingPolicy").path("ComputeLimits").path("MaximumCoreCapacityUnits").asInt(
            g.path("InstanceCount").asInt());
        assertEquals(perNode * maxNodes, maxExecutors, "the job plans its tasks for maxExecutors x executor cores");
      }
    }
    assertEquals(Set.of("MASTER", "CORE"), roles);
  }

  private static double gib(String size) {
    Matcher m = Pattern.compile("(\\d+)([mg])").matcher(size.toLowerCase());
    assertTrue(m.matches(), size);
    double v = Double.parseDouble(m.group(1));
    return m.group(2).equals("g") ? v : v / 1024;
  }

  private static JsonNode classification(JsonNode configurations, String name) {
    for (JsonNode c : configurations) {
      if (c.path("Classification").asText().equals(name)) {
        return c;
      }
    }
    return fail("no classification " + name);
  }

  private static Map<String, String> sparkDefaults() throws IOException {
    JsonNode props = classification(read("deploy/emr/configurations.json"), "spark-defaults").path("Properties");
    Map<String, String> out = new java.util.TreeMap<>();
    props.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  @Test
  void configurationsEnableDeltaTheCommittersAndJava17() throws IOException {
    JsonNode conf = read("deploy/emr/configurations.json");
    assertTrue(conf.isArray());
    for (JsonNode c : conf) {
      assertTrue(c.path("Properties").isObject(), "every classification has Properties: " + c);
      c.path("Properties").fields().forEachRemaining(e ->
          assertTrue(e.getValue().isTextual(), "EMR wants string values: " + e.getKey()));
    }
    assertEquals("true", classification(conf, "delta-defaults").path("Properties").path("delta.enabled").asText());

    Map<String, String> spark = sparkDefaults();
    assertEquals("io.delta.sql.DeltaSparkSessionExtension", spark.get("spark.sql.extensions"));
    assertEquals("org.apache.spark.sql.delta.catalog.DeltaCatalog", spark.get("spark.sql.catalog.spark_catalog"));
    assertTrue(Integer.parseInt(spark.get("spark.sql.shuffle.partitions")) >= 48, "shuffle partitions sized for the cluster");
    assertTrue(Integer.parseInt(spark.get("spark.executor.cores")) >= 2);
    assertEquals("true", spark.get("spark.sql.execution.datasources.SQLEmrOptimizedCommitProtocol.leverageMagicCommitProtocol"));
    assertEquals("true", spark.get("spark.sql.parquet.fs.optimized.committer.optimization-enabled"));
    assertEquals("false", spark.get("spark.speculation"), "no speculative duplicate writers on S3");
    assertEquals("1", spark.get("spark.yarn.maxAppAttempts"), "a failed run fails its step instead of running twice");
    assertEquals("true", classification(conf, "core-site").path("Properties").path("fs.s3a.committer.magic.enabled").asText());

    assertEquals(JAVA_17, spark.get("spark.executorEnv.JAVA_HOME"));
    assertEquals(JAVA_17, spark.get("spark.yarn.appMasterEnv.JAVA_HOME"));
    for (String env : List.of("spark-env", "hadoop-env")) {
      JsonNode export = classification(classification(conf, env).path("Configurations"), "export");
      assertEquals(JAVA_17, export.path("Properties").path("JAVA_HOME").asText(), env);
    }
  }

  /** The Args of the single step of a step file. */
  private static List<String> stepArgs(String file) throws IOException {
    JsonNode steps = read("deploy/emr/steps/" + file);
    assertTrue(steps.isArray() && steps.size() == 1, file + " holds one step");
    JsonNode step = steps.get(0);
    assertEquals("CUSTOM_JAR", step.path("Type").asText(), file);
    assertEquals("command-runner.jar", step.path("Jar").asText(), file);
    assertFalse(step.path("Name").asText().isBlank(), file);
    assertTrue(step.path("ActionOnFailure").asText().startsWith("${"), "set per launch by jobs/submit-emr: " + file);
    List<String> args = new ArrayList<>();
    step.path("Args").forEach(a -> args.add(a.asText()));
    assertEquals("spark-submit", args.get(0), file);
    return args;
  }

  /** The value following an option in an argument list. */
  private static String after(List<String> args, String option) {
    int i = args.indexOf(option);
    assertTrue(i >= 0 && i + 1 < args.size(), option + " in " + args);
    return args.get(i + 1);
  }

  /** The application arguments (after the jar). */
  private static List<String> appArgs(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).endsWith("/nbabox.jar") && !args.get(i - 1).equals("--files")) {
        return args.subList(i + 1, args.size());
      }
    }
    return fail("no jar in " + args);
  }

  @Test
  void theThreeRunModesRunTheJobWithTheirArguments() throws IOException {
    for (String mode : List.of("test", "season", "full")) {
      List<String> args = stepArgs(mode + ".json");
      assertEquals("cluster", after(args, "--deploy-mode"), mode);
      assertEquals(JOB_CLASS, after(args, "--class"), mode);
      assertEquals("s3://${JAR_BUCKET}/nbabox/releases/${RELEASE}/emr.properties", after(args, "--files"), mode);
      assertTrue(args.contains("s3://${JAR_BUCKET}/nbabox/releases/${RELEASE}/nbabox.jar"), mode);
      List<String> app = appArgs(args);
      assertEquals("emr.properties", after(app, "--conf"), "the profile shipped with --files: " + mode);
      assertEquals("s3a://${INPUT_BUCKET}/${INPUT_PREFIX}", after(app, "--input"), mode);
      assertEquals("s3a://${OUTPUT_BUCKET}/${OUTPUT_PREFIX}", after(app, "--output"), mode);
    }
    List<String> test = appArgs(stepArgs("test.json"));
    assertEquals("10", after(test, "--limit"));
    assertFalse(test.contains("--season") || test.contains("--start-season"));

    List<String> season = appArgs(stepArgs("season.json"));
    assertEquals("${SEASON}", after(season, "--season"));
    assertFalse(season.contains("--limit") || season.contains("--start-season"));

    List<String> full = appArgs(stepArgs("full.json"));
    assertEquals("1993", after(full, "--start-season"));
    assertEquals("2025", after(full, "--end-season"));
    assertFalse(full.contains("--limit") || full.contains("--season"));
  }

  @Test
  void preflightStepRunsInClientModeOnTheSameLocations() throws IOException {
    List<String> args = stepArgs("preflight.json");
    // Preflight never starts a SparkContext: in cluster mode YARN would wait for one and fail the step
    assertEquals("client", after(args, "--deploy-mode"));
    assertEquals("org.nbabox.ops.Preflight", after(args, "--class"));
    List<String> app = appArgs(args);
    assertEquals("s3a://${JAR_BUCKET}/nbabox/releases/${RELEASE}/emr.properties", after(app, "--conf"));
    assertEquals("s3a://${INPUT_BUCKET}/${INPUT_PREFIX}", after(app, "--input"));
    assertEquals("s3a://${OUTPUT_BUCKET}/${OUTPUT_PREFIX}", after(app, "--output"));
  }

  private static JsonNode statement(JsonNode policy, String resource) {
    for (JsonNode s : policy.path("Statement")) {
      for (String r : resources(s)) {
        if (r.equals(resource)) {
          return s;
        }
      }
    }
    return fail("no statement for " + resource);
  }

  private static List<String> resources(JsonNode statement) {
    JsonNode r = statement.path("Resource");
    List<String> out = new java.util.ArrayList<>();
    if (r.isArray()) {
      r.forEach(x -> out.add(x.asText()));
    } else {
      out.add(r.asText());
    }
    return out;
  }

  private static Set<String> actions(JsonNode statement) {
    Set<String> out = new HashSet<>();
    statement.path("Action").forEach(a -> out.add(a.asText()));
    return out;
  }

  @Test
  void iamPolicyGrantsReadOnInputReadWriteOnOutputAndReadOnTheJars() throws IOException {
    JsonNode policy = read("deploy/emr/iam-policy.json");
    assertEquals("2012-10-17", policy.path("Version").asText());
    for (JsonNode s : policy.path("Statement")) {
      assertEquals("Allow", s.path("Effect").asText());
      String bucket = resources(s).get(0).replaceAll("^(arn:aws:s3:::\\$\\{[A-Z_]+}).*", "$1");
      for (String r : resources(s)) {
        assertTrue(bucket.startsWith("arn:aws:s3:::${") && r.startsWith(bucket),
            "every statement is scoped to one placeholder bucket: " + s);
      }
      for (String a : actions(s)) {
        assertTrue(a.startsWith("s3:") && !a.contains("*"), "no wildcard action: " + a);
      }
    }
    assertTrue(actions(statement(policy, "arn:aws:s3:::${INPUT_BUCKET}")).contains("s3:ListBucket"));
    assertEquals(Set.of("s3:GetObject"), actions(statement(policy, "arn:aws:s3:::${INPUT_BUCKET}/${INPUT_PREFIX}*")),
        "input is read-only, under its prefix");
    assertEquals(Set.of("s3:GetObject"), actions(statement(policy, "arn:aws:s3:::${INPUT_BUCKET}/${BOX_SCORES_PREFIX}*")));

    assertTrue(actions(statement(policy, "arn:aws:s3:::${OUTPUT_BUCKET}")).containsAll(Set.of("s3:ListBucket", "s3:ListBucketMultipartUploads")));
    assertTrue(actions(statement(policy, "arn:aws:s3:::${OUTPUT_BUCKET}/${OUTPUT_PREFIX}*")).containsAll(
        Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload")), "Delta rewrites and vacuums");

    assertEquals(Set.of("s3:GetObject"), actions(statement(policy, "arn:aws:s3:::${JAR_BUCKET}/nbabox/releases/*")));
    assertEquals(Set.of("s3:PutObject"), actions(statement(policy, "arn:aws:s3:::${JAR_BUCKET}/nbabox/emr-logs/*")));
  }

  @Test
  void everyPlaceholderIsDocumented() throws IOException {
    String readme = Files.readString(ProjectFiles.file("deploy/emr/README.md"));
    Set<String> used = new HashSet<>();
    Pattern placeholder = Pattern.compile("\\$\\{([A-Z_]+)}");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ProjectFiles.file("deploy/emr"))) {
      s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
    }
    files.add(ProjectFiles.file("conf/emr.properties"));
    for (Path f : files) {
      Matcher m = placeholder.matcher(Files.readString(f));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertTrue(used.containsAll(Set.of("INPUT_BUCKET", "OUTPUT_BUCKET", "JAR_BUCKET", "RELEASE")), used.toString());
    for (String name : used) {
      assertTrue(readme.contains("`${" + name + "}`"), "deploy/emr/README.md documents ${" + name + "}");
    }
  }
}
