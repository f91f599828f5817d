#!/usr/bin/env bash
# ./openiop bench rotation: master-key rotation (issue 15). OpenIOP on Payara Micro with PostgreSQL
# and a real Keycloak; 100,000 identities sealed under the old key (BENCH_IDENTITIES); 50 participants
# joining their sessions from a second JVM. OpenIOP is started afresh twice: with the old key alone
# (the baseline join rate), then with the next key as well, so that the rotation runs under the same
# load. Prints the rotation rate and both join rates, measured in the same run.
# Uses its own ports (29432, 29080, 29180) and target/bench-rotation.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
PG=29432; PORT=29080; KC_PORT=29180
bench_begin bench-rotation $PG $PORT $KC_PORT
mkdir -p "$WORK/signals"
bench_build
bench_prepare
NEXT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
HARNESS_PID=""
bench_stopping() { [ -n "$HARNESS_PID" ] && kill "$HARNESS_PID" 2>/dev/null; }
bench_jaas_key

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_rotation
write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" openiop_rotation postgres "$DB_PASSWORD"
app() { # app NAME: OpenIOP started afresh on the same database
  stop_pid "$MICRO_PID"; MICRO_PID=""; wait_port_closed "$PORT"
  bench_start_micro "$1"
  bench_wait_micro "$1" 120
}
say "starting Keycloak and OpenIOP on PostgreSQL..."
bench_keycloak
app first
bench_keycloak_ready
# The participants' tokens must outlive two restarts of OpenIOP.
"$KEYCLOAK_HOME/bin/kcadm.sh" update realms/openiop -s accessTokenLifespan=1800 --config "$KEYCLOAK_HOME/kcadm-harden.config" >/dev/null

JDBC="jdbc:postgresql://127.0.0.1:$PG/openiop_rotation"
say "sealing ${BENCH_IDENTITIES:-100000} identities under the old key..."
java -cp "$CP" -Dvault.key="$OPENIOP_VAULT_MASTER_KEY" org.openiop.bench.RotationBenchmark seed "$JDBC" postgres "$DB_PASSWORD" \
  "${BENCH_IDENTITIES:-100000}" | tee "$WORK/rotation.txt"
say "enrolling 50 participants..."
java "${BENCH_CLIENT[@]}" -Xmx512m -Dvault.next-key="$NEXT_MASTER_KEY" -Dbench.paced.rate=0 \
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
