#!/usr/bin/env bash
# ./openiop bench hours: issue 4's measurement. The console's hours report for a program with 50
# groups, 600 participants and 12 weeks of attendance on PostgreSQL: server time, median and p95,
# next to the programs page in the same run (aim: p95 under 500 ms).
# Uses its own ports (26432, 26080, 26180) and target/bench-hours.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_jdk
PG=26432; PORT=26080; KC_PORT=26180
for p in $PG $PORT $KC_PORT; do port_free "$p"; done
WORK=$OPENIOP_ROOT/target/bench-hours; rm -rf "$WORK"; mkdir -p "$WORK/logs"
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
cleanup() { trap - EXIT INT TERM; stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_postgres; }
trap cleanup EXIT INT TERM

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_hours
say "starting Keycloak and OpenIOP on PostgreSQL..."
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$PORT" true "$WORK/logs/keycloak.log"
write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" openiop_hours postgres "$DB_PASSWORD"
OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
  start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$PORT" "$WORK/micro.asadmin" "$WORK/logs/micro.log"
keycloak_ready 240 || die "Keycloak did not start"
allow_code_reuse
wait_micro "$WORK/logs/micro.log" "$MICRO_PID" 240 && wait_http "http://localhost:$PORT/health/ready" 60 "$MICRO_PID" \
  || die "OpenIOP did not become ready; see $WORK/logs/micro.log"
java -cp "$CP" -Dopeniop.url="http://localhost:$PORT" -Dkeycloak.url="http://localhost:$KC_PORT" \
  -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET" -Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG/openiop_hours" \
  -Dopeniop.db.user=postgres -Dopeniop.db.password="$DB_PASSWORD" \
  org.openiop.bench.HoursReportBenchmark "${BENCH_REQUESTS:-40}" | tee "$WORK/hours.txt"
say "done; figures in $WORK/hours.txt"
