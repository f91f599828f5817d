#!/usr/bin/env bash
# ./openiop bench licensing: licensing decisions per second with the three bundled rules, through
# the host's path (a guard on every call, answers composed) next to calling the rules directly,
# in the same run and on the same threads (aim: the host adds under 50 %). Needs no services.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_jdk
WORK=$OPENIOP_ROOT/target/bench-licensing; rm -rf "$WORK"; mkdir -p "$WORK"
say "building (the benchmark drives the project's own code)..."
mvnw install -DskipTests >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log"; die "build failed"; }
mvnw -pl benchmarks dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
java -cp "$OPENIOP_ROOT/benchmarks/target/classes:$(cat "$WORK/cp.txt")" org.openiop.bench.LicensingBenchmark \
  "${BENCH_CALLERS:-2}" "${BENCH_SECONDS:-5}" "${BENCH_ROUNDS:-3}" | tee "$WORK/licensing.txt"
