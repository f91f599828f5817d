#!/usr/bin/env bash
# ./openiop bench rotation: master-key rotation (issue 15). OpenIOP on Payara Micro with PostgreSQL
# and a real Keycloak; 100,000 identities sealed under the old key (BENCH_IDENTITIES); 50 participants
# joining their sessions from a second JVM. OpenIOP is started afresh twice: with the old key alone
# (the baseline join rate), then with the next key as well, so that the rotation runs under the same
# load. Prints the rotation rate and both join rates, measured in the same run.
# Uses its own ports (29432, 29080, 29180) and target/bench-rotation.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_jdk
PG=29432; PORT=29080; KC_PORT=29180
for p in $PG $PORT $KC_PORT; do port_free "$p"; done
WORK=$OPENIOP_ROOT/target/bench-rotation; rm -rf "$WORK"; mkdir -p "$WORK/logs" "$WORK/signals"
say "building (the benchmark drives the project's own code)..."
mvnw install -DskipTests >"$WORK/logs/build.log" 2>&1 || { tail -20 "$WORK/logs/build.log"; die "build failed"; }
mvnw -pl benchmarks dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$OPENIOP_ROOT/benchmarks/target/classes:$(cat "$WORK/cp.txt")
fetch_tools
export OPENIOP_OIDC_CLIENT_SECRET; OPENIOP_OIDC_CLIENT_SECRET=$(random_secret)
export OPENIOP_PROVISIONER_SECRET; OPENIOP_PROVISIONER_SECRET=$(random_secret)
export KC_ADMIN_PASSWORD; KC_ADMIN_PASSWORD=$(random_secret)
export OPENIOP_VAULT_MASTER_KEY; OPENIOP_VAULT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
NEXT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export OPENIOP_AUDIT_KEY; OPENIOP_AUDIT_KEY=$(head -c 32 /dev/urandom | base64)
export OPENIOP_AUDIT_CHECKPOINT_FILE=$WORK/audit-checkpoints.jsonl
DB_PASSWORD=$(random_secret)
KEYCLOAK_PID=""; MICRO_PID=""; HARNESS_PID=""
cleanup() { trap - EXIT INT TERM; [ -n "$HARNESS_PID" ] && kill "$HARNESS_PID" 2>/dev/null; stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_postgres; }
trap cleanup EXIT INT TERM

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jaas-key.pem" 2>/dev/null || die "openssl is needed"
export OPENIOP_PLUGIN_VIDEO_JITSI_MODE=jaas OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID=vpaas-magic-cookie-openiopbench
export OPENIOP_PLUGIN_VIDEO_JITSI_KEY_ID=vpaas-magic-cookie-openiopbench/bench OPENIOP_PLUGIN_VIDEO_JITSI_PRIVATE_KEY="$WORK/jaas-key.pem"

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_rotation
write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" openiop_rotation postgres "$DB_PASSWORD"
app() { # app NAME: OpenIOP started afresh on the same database
  stop_pid "$MICRO_PID"; MICRO_PID=""; wait_port_closed "$PORT"
  OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
    start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$PORT" "$WORK/micro.asadmin" "$WORK/logs/$1.log"
  wait_micro "$WORK/logs/$1.log" "$MICRO_PID" 240 && wait_http "http://localhost:$PORT/health/ready" 120 "$MICRO_PID" \
    || die "OpenIOP did not become ready; see $WORK/logs/$1.log"
}
say "starting Keycloak and OpenIOP on PostgreSQL..."
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$PORT" true "$WORK/logs/keycloak.log"
app first
keycloak_ready 240 || die "Keycloak did not start"
allow_code_reuse
# The participants' tokens must outlive two restarts of OpenIOP.
"$KEYCLOAK_HOME/bin/kcadm.sh" update realms/openiop -s accessTokenLifespan=1800 --config "$KEYCLOAK_HOME/kcadm-harden.config" >/dev/null

JDBC="jdbc:postgresql://127.0.0.1:$PG/openiop_rotation"
say "sealing ${BENCH_IDENTITIES:-100000} identities under the old key..."
java -cp "$CP" -Dvault.key="$OPENIOP_VAULT_MASTER_KEY" org.openiop.bench.RotationBenchmark seed "$JDBC" postgres "$DB_PASSWORD" \
  "${BENCH_IDENTITIES:-100000}" | tee "$WORK/rotation.txt"
say "enrolling 50 participants..."
java -Xmx512m -cp "$CP" -Dopeniop.url="http://localhost:$PORT" -Dkeycloak.url="http://localhost:$KC_PORT" \
  -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET" -Dvault.next-key="$NEXT_MASTER_KEY" -Dbench.paced.rate=0 \
  org.openiop.bench.RotationBenchmark joins "$JDBC" postgres "$DB_PASSWORD" "$WORK/signals" >>"$WORK/rotation.txt" 2>"$WORK/logs/harness.log" &
HARNESS_PID=$!
until [ -f "$WORK/signals/enrolled" ]; do kill -0 "$HARNESS_PID" 2>/dev/null || die "the harness stopped; see $WORK/logs/harness.log"; sleep 1; done
say "baseline: OpenIOP started afresh with the old key alone, joins for 30 s..."
app baseline
touch "$WORK/signals/go-baseline"
until [ -f "$WORK/signals/baseline-done" ]; do kill -0 "$HARNESS_PID" 2>/dev/null || die "the harness stopped; see $WORK/logs/harness.log"; sleep 1; done
say "rotation: OpenIOP started afresh with the next key as well, joins for 30 s while it re-wraps..."
OPENIOP_VAULT_NEXT_MASTER_KEY=$NEXT_MASTER_KEY app rotating
touch "$WORK/signals/go-rotation"
wait "$HARNESS_PID" || die "the harness failed; see $WORK/logs/harness.log"
HARNESS_PID=""
grep -h "rotation finished" "$WORK/logs/rotating.log" | sed 's/.*\] //' | cut -c1-120 || true
cat "$WORK/rotation.txt"
say "done; figures in $WORK/rotation.txt"
