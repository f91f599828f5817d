#!/usr/bin/env bash
# ./openiop bench join: join throughput (issue 7). OpenIOP on Payara Micro with PostgreSQL and a real
# Keycloak; a second JVM on loopback loads it with participants joining their sessions (the REST
# join and the ticket's redemption: gates, licensing, the vendor token, the audit) and, in the same
# run, with a bare JAX-RS endpoint (GET /api/me); 50 and 200 clients. Prints requests per second,
# median and p99, and the server's peak resident memory under the join load.
# Uses its own ports (28432, 28080, 28180) and target/bench-join.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_jdk
PG=28432; PORT=28080; KC_PORT=28180
for p in $PG $PORT $KC_PORT; do port_free "$p"; done
WORK=$OPENIOP_ROOT/target/bench-join; rm -rf "$WORK"; mkdir -p "$WORK/logs"
say "building (the benchmark drives the project's own code)..."
mvnw install -DskipTests >"$WORK/logs/build.log" 2>&1 || { tail -20 "$WORK/logs/build.log"; die "build failed"; }
mvnw -pl benchmarks dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$OPENIOP_ROOT/benchmarks/target/classes:$(cat "$WORK/cp.txt")
fetch_tools
export OPENIOP_OIDC_CLIENT_SECRET; OPENIOP_OIDC_CLIENT_SECRET=$(random_secret)
export OPENIOP_PROVISIONER_SECRET; OPENIOP_PROVISIONER_SECRET=$(random_secret)
export KC_ADMIN_PASSWORD; KC_ADMIN_PASSWORD=$(random_secret)
export OPENIOP_VAULT_MASTER_KEY; OPENIOP_VAULT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export OPENIOP_AUDIT_KEY; OPENIOP_AUDIT_KEY=$(head -c 32 /dev/urandom | base64)
export OPENIOP_AUDIT_CHECKPOINT_FILE=$WORK/audit-checkpoints.jsonl
DB_PASSWORD=$(random_secret)
KEYCLOAK_PID=""; MICRO_PID=""
# BENCH_JFR=file.jfr records a Java Flight Recorder profile of the app over the whole run.
[ -n "${BENCH_JFR:-}" ] && export OPENIOP_JAVA_OPTS="${OPENIOP_JAVA_OPTS:-} -XX:StartFlightRecording=name=bench,settings=profile"
cleanup() {
  trap - EXIT INT TERM
  [ -n "${BENCH_JFR:-}" ] && [ -n "$MICRO_PID" ] && jcmd "$MICRO_PID" JFR.dump name=bench filename="$BENCH_JFR" >/dev/null
  stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_postgres; }
trap cleanup EXIT INT TERM

# The groups' video plugin: video-jitsi in JaaS mode signs RS256 tokens locally (no vendor is called).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jaas-key.pem" 2>/dev/null || die "openssl is needed"
export OPENIOP_PLUGIN_VIDEO_JITSI_MODE=jaas OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID=vpaas-magic-cookie-openiopbench
export OPENIOP_PLUGIN_VIDEO_JITSI_KEY_ID=vpaas-magic-cookie-openiopbench/bench OPENIOP_PLUGIN_VIDEO_JITSI_PRIVATE_KEY="$WORK/jaas-key.pem"

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_join
say "starting Keycloak and OpenIOP on PostgreSQL..."
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$PORT" true "$WORK/logs/keycloak.log"
write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" openiop_join postgres "$DB_PASSWORD"
OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
  start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$PORT" "$WORK/micro.asadmin" "$WORK/logs/micro.log"
keycloak_ready 240 || die "Keycloak did not start"
allow_code_reuse
wait_micro "$WORK/logs/micro.log" "$MICRO_PID" 240 && wait_http "http://localhost:$PORT/health/ready" 60 "$MICRO_PID" \
  || die "OpenIOP did not become ready; see $WORK/logs/micro.log"
say "enrolling ${BENCH_CLIENTS:-200} participants, then loading (10 s warm-up and 20 s measured per row)..."
java -Xmx512m -cp "$CP" -Dopeniop.url="http://localhost:$PORT" -Dkeycloak.url="http://localhost:$KC_PORT" \
  -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET" -Dmicro.pid="$MICRO_PID" -Dbench.levels="${BENCH_LEVELS:-50,200}" \
  org.openiop.bench.JoinThroughputBenchmark "${BENCH_CLIENTS:-200}" | tee "$WORK/join.txt"
say "done; figures in $WORK/join.txt"
