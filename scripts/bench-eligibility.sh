#!/usr/bin/env bash
# ./openiop bench eligibility: issue 6's two measurements.
#   1. 271 documents parsed per second by eligibility-x12, next to StAEDI alone reading the same
#      bytes without mapping, in the same JVM (no services needed).
#   2. a coverage check of a program with 1,000 participants (BENCH_PARTICIPANTS) against the X12
#      payer simulator, on Payara Micro with PostgreSQL: total time and progress updates seen
#      (aim: under 60 s on 2 cores).
# Uses its own ports (27432, 27080, 27180, 27290) and target/bench-eligibility.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_jdk
PG=27432; PORT=27080; KC_PORT=27180; PAYER=27290
for p in $PG $PORT $KC_PORT $PAYER; do port_free "$p"; done
WORK=$OPENIOP_ROOT/target/bench-eligibility; rm -rf "$WORK"; mkdir -p "$WORK/logs"
say "building (the benchmark drives the project's own code)..."
mvnw install -DskipTests >"$WORK/logs/build.log" 2>&1 || { tail -20 "$WORK/logs/build.log"; die "build failed"; }

X12=$OPENIOP_ROOT/plugins/eligibility-x12/target
mvnw -pl plugins/eligibility-x12 dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/x12-cp.txt" >/dev/null
say "1/2 parsing 271s"
java -cp "$X12/classes:$X12/test-classes:$(cat "$WORK/x12-cp.txt")" org.openiop.plugin.eligibility.x12.X12ParseBenchmark \
  "${BENCH_DOCUMENTS:-20000}" 7 2>/dev/null | tee "$WORK/parse.txt"

say "2/2 a program's coverage check"
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
KEYCLOAK_PID=""; MICRO_PID=""; PAYER_PID=""
cleanup() { trap - EXIT INT TERM; stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_pid "$PAYER_PID"; stop_postgres; }
trap cleanup EXIT INT TERM

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_eligibility
say "starting the payer simulator, Keycloak and OpenIOP on PostgreSQL..."
start_payer_simulator "$PAYER" "$WORK/logs/payer-simulator.log"
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$PORT" true "$WORK/logs/keycloak.log"
write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" openiop_eligibility postgres "$DB_PASSWORD"
OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
  start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$PORT" "$WORK/micro.asadmin" "$WORK/logs/micro.log"
keycloak_ready 240 || die "Keycloak did not start"
allow_code_reuse
wait_micro "$WORK/logs/micro.log" "$MICRO_PID" 240 && wait_http "http://localhost:$PORT/health/ready" 60 "$MICRO_PID" \
  || die "OpenIOP did not become ready; see $WORK/logs/micro.log"
java -cp "$CP" -Dopeniop.url="http://localhost:$PORT" -Dkeycloak.url="http://localhost:$KC_PORT" \
  -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET" -Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG/openiop_eligibility" \
  -Dopeniop.db.user=postgres -Dopeniop.db.password="$DB_PASSWORD" \
  org.openiop.bench.EligibilityBatchBenchmark "${BENCH_PARTICIPANTS:-1000}" | tee "$WORK/batch.txt"
say "done; figures in $WORK/parse.txt and $WORK/batch.txt"
