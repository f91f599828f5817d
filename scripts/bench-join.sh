#!/usr/bin/env bash
# ./openiop bench join: join throughput (issue 7). OpenIOP on Payara Micro with PostgreSQL and a real
# Keycloak; a second JVM on loopback loads it with participants joining their sessions (the REST
# join and the ticket's redemption: gates, licensing, the vendor token, the audit) and, in the same
# run, with a bare JAX-RS endpoint (GET /api/me); 50 and 200 clients. Prints requests per second,
# median and p99, and the server's peak resident memory under the join load.
# Uses its own ports (28432, 28080, 28180) and target/bench-join.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
PG=28432; PORT=28080; KC_PORT=28180
bench_begin bench-join $PG $PORT $KC_PORT
bench_build
bench_prepare
# BENCH_JFR=file.jfr records a Java Flight Recorder profile of the app over the whole run.
[ -n "${BENCH_JFR:-}" ] && export OPENIOP_JAVA_OPTS="${OPENIOP_JAVA_OPTS:-} -XX:StartFlightRecording=name=bench,settings=profile"
bench_stopping() { [ -n "${BENCH_JFR:-}" ] && [ -n "$MICRO_PID" ] && jcmd "$MICRO_PID" JFR.dump name=bench filename="$BENCH_JFR" >/dev/null; }
bench_jaas_key

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_join
say "starting Keycloak and OpenIOP on PostgreSQL..."
bench_openiop openiop_join
say "enrolling ${BENCH_CLIENTS:-200} participants, then loading (10 s warm-up and 20 s measured per row)..."
java "${BENCH_CLIENT[@]}" -Xmx512m -Dmicro.pid="$MICRO_PID" -Dbench.levels="${BENCH_LEVELS:-50,200}" \
  org.openiop.bench.JoinThroughputBenchmark "${BENCH_CLIENTS:-200}" | tee "$WORK/join.txt"
say "done; figures in $WORK/join.txt"
