#!/usr/bin/env bash
# Shared by the launch scripts in jobs/: builds the project once if needed, then runs a main class
# locally on the full local classpath (Spark and Delta included, as for the tests).
# On a cluster the same main classes run through spark-submit (see jobs/submit-emr, deploy/emr/).
set -euo pipefail
NBABOX_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

JAVA_OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

nbabox_build_if_needed() {
  local classes="$NBABOX_HOME/target/classes" cp="$NBABOX_HOME/target/classpath.txt"
  # NBABOX_NO_BUILD=1: use the classes as they are (jobs/bench builds once, before anything is timed)
  [[ "${NBABOX_NO_BUILD:-0}" == "1" && -f "$cp" ]] && return 0
  if [[ ! -f "$cp" || ! -d "$classes" || -n "$(find "$NBABOX_HOME/src/main" "$NBABOX_HOME/pom.xml" -newer "$cp" -print -quit 2>/dev/null)" ]]; then
    echo "Building nbabox (first run or sources changed)..." >&2
    (cd "$NBABOX_HOME" && mvn -q -B -Dstyle.color=never -DskipTests compile >&2)
    touch "$cp"
  fi
}

# The collector: NBABOX_GC_OPTS when set (even empty: the JVM's default), none when NBABOX_JAVA_OPTS
# already names one (two collectors stop the JVM), else the parallel collector.
nbabox_gc_opts() {
  if [[ -n "${NBABOX_GC_OPTS+set}" ]]; then
    echo "$NBABOX_GC_OPTS"
  elif [[ "${NBABOX_JAVA_OPTS:-}" =~ -XX:\+Use[A-Za-z0-9]*GC ]]; then
    echo ""
  else
    echo "-XX:+UseParallelGC"
  fi
}

# nbabox_jvm_flags: sets NBABOX_JVM_FLAGS, the flags every local JVM of the project gets (the
# collector, the module opens Spark needs, the logging configuration, the project home).
nbabox_jvm_flags() {
  # shellcheck disable=SC2206
  NBABOX_JVM_FLAGS=($(nbabox_gc_opts) $JAVA_OPENS
    "-Dlog4j2.configurationFile=${NBABOX_LOG_CONFIG:-$NBABOX_HOME/conf/log4j2-local.properties}"
    "-Dnbabox.home=$NBABOX_HOME")
}

# nbabox_run MAIN_CLASS [args...]: run a main class with the local classpath
# (NBABOX_JAVA_OPTS: JVM options, -Xmx4g unless set; NBABOX_GC_OPTS: the collector, see nbabox_gc_opts:
# the parallel (throughput) collector took 9% less wall time than G1 on the batch job, docs/BENCHMARKS.md;
# NBABOX_LOG_CONFIG: another log4j2 configuration file).
nbabox_run() {
  local main="$1"; shift
  nbabox_build_if_needed
  nbabox_jvm_flags
  # shellcheck disable=SC2086
  exec java ${NBABOX_JAVA_OPTS:--Xmx4g} "${NBABOX_JVM_FLAGS[@]}" \
    -cp "$NBABOX_HOME/target/classes:$(cat "$NBABOX_HOME/target/classpath.txt")" "$main" "$@"
}
