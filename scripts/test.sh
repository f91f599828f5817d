#!/usr/bin/env bash
# ./openiop test: every tier, on real parts.
#   1. unit tests (the Maven build)
#   2. integration tests against Payara Micro with a real Keycloak, on H2 and on PostgreSQL,
#      each started twice on the same database to prove migrations run once; then PostgreSQL
#      stopped for 30 s under load (503s, readiness DOWN, recovery without a restart)
#   3. system tests: openiop.ear on Payara Server with PostgreSQL, set up by the hospital's asadmin
#      script, driven through Chromium (with axe-core) and over HTTP
#   4. Keycloak stopped: readiness DOWN and a friendly sign-in page
# Between 2 and 3, a cluster: two Payara Micro nodes on PostgreSQL behind HAProxy, started at once,
# with a node killed (kill -9) under signed-in users and under a join load; then the quick start
# backed up, wiped and restored.
# Everything runs on loopback ports 15432, 18080, 18180, 18443, 18500-18511, 18600-18690 and 20000-20099, under
# target/openiop-test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/cluster-lib.sh"

# ApiFuzzIT's requests: about 125 for each of the API's operations, about eight minutes, so that the
# whole run stays under an hour on 2 cores; --fuzz-long sends 200,000 (about two hours more).
FUZZ_TRIES=12000
case "${1:-}" in
  --fuzz-long) FUZZ_TRIES=200000 ;;
  "") ;;
  *) die "unknown option $1; ./openiop test [--fuzz-long]" ;;
esac

require_jdk
WORK=$OPENIOP_ROOT/target/openiop-test
PG_PORT=15432; KC_PORT=18180; MICRO_PORT=18080; MICRO_TLS=18443; PAYER_PORT=18290; BBB_PORT=18291
SERVER_BASE=20000; SERVER_HTTP=20080; SERVER_TLS=20081; SERVER_ADMIN=20048
LB_PORT=18500; LB_ADMIN=18504; NODE1_PORT=18501; NODE2_PORT=18502; GRID_BASE=18510
for p in $PG_PORT $KC_PORT $PAYER_PORT $BBB_PORT $MICRO_PORT $MICRO_TLS $SERVER_HTTP $SERVER_TLS $SERVER_ADMIN \
    $LB_PORT $LB_ADMIN $NODE1_PORT $NODE2_PORT $GRID_BASE $((GRID_BASE + 1)) 18600 18680 18690; do port_free "$p"; done

ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Chromium and chromedriver from Debian's packages..."
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } >/dev/null 2>&1 \
      || die "apt-get install chromium chromium-driver failed; install them and run again."
  else
    die "the browser tests need Chromium and chromedriver: sudo apt-get install chromium chromium-driver"
  fi
}

started=$SECONDS
ensure_browser
require_tools haproxy
rm -rf "$WORK"; mkdir -p "$WORK/logs"
# AuditTamperIT gets the audit key too (-Daudit.key), to rewrite the chain as a key holder would.
export_run_secrets
DB_PASSWORD=$(random_secret)

KEYCLOAK_PID=""; MICRO_PID=""; SERVER_HOME=""; PAYER_PID=""; BBB_PID=""; HAPROXY_PID=""; NODE_PIDS=("" "")
cleanup() {
  trap - EXIT INT TERM
  stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_pid "$PAYER_PID"; stop_pid "$BBB_PID"
  stop_pid "$HAPROXY_PID"; stop_pid "${NODE_PIDS[0]}"; stop_pid "${NODE_PIDS[1]}"; stop_pid "${RUN_PID:-}"
  [ -n "$SERVER_HOME" ] && "$SERVER_HOME/bin/asadmin" stop-domain openiop-test >/dev/null 2>&1 || true
  stop_postgres
}
trap cleanup EXIT INT TERM

say "1/4 build and unit tests"
"$OPENIOP_ROOT/mvnw" -B install >"$WORK/logs/build.log" 2>&1 \
  || { grep -m 40 -E "Tests run:|FAIL|ERROR" "$WORK/logs/build.log" || true; die "build or unit tests failed; see $WORK/logs/build.log"; }
grep -E "Tests run:.*Fail" "$WORK/logs/build.log" | grep -v " in " | sed 's/^/  /' || true
fetch_tools --with-server

start_postgres "$WORK/postgres" "$PG_PORT" "$DB_PASSWORD"
# As docs/operations.md#postgresql-roles has it: the schema belongs to openiop_owner, which migrates it;
# OpenIOP runs as openiop_app, which cannot change or delete audit rows (AuditRoleIT tries).
create_login_role openiop_owner "$DB_PASSWORD"
create_login_role openiop_app "$DB_PASSWORD"
create_database openiop_micro openiop_owner
create_database openiop_server openiop_owner

failures=()
say "checking how ./openiop run fails (no JDK, wrong JDK, busy port)"
"$OPENIOP_ROOT/scripts/check-commands.sh" "$PG_PORT" || failures+=(run-command-checks)

say "starting Keycloak"
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$MICRO_PORT" true "$WORK/logs/keycloak.log"
keycloak_ready 240 \
  || { tail -20 "$WORK/logs/keycloak.log"; die "Keycloak did not start"; }
allow_code_reuse
# Every OpenIOP started below checks coverage against the X12 payer simulator, giving up after 1 s.
start_payer_simulator "$PAYER_PORT" "$WORK/logs/payer-simulator.log"
export OPENIOP_PLUGIN_ELIGIBILITY_X12_TIMEOUT=PT1S
# video-bigbluebutton talks to a stand-in for BigBlueButton's API that checks every checksum.
start_bbb_simulator "$BBB_PORT" "$(random_secret)" "$WORK/logs/bbb-simulator.log"
export OPENIOP_PLUGIN_VIDEO_BIGBLUEBUTTON_CALLBACK_URL=https://openiop.example.org/api/video/video-bigbluebutton/events
# Groups' sessions run on video-jitsi in JaaS mode: tokens are signed here, no vendor server is called,
# and the tests sign JaaS webhooks with the same secret (-Djaas.secret).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jaas-key.pem" 2>/dev/null \
  || die "openssl could not make the test's JaaS key; install openssl"
export OPENIOP_PLUGIN_VIDEO_JITSI_MODE=jaas OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID=vpaas-magic-cookie-openioptest
export OPENIOP_PLUGIN_VIDEO_JITSI_KEY_ID=vpaas-magic-cookie-openioptest/it0001 OPENIOP_PLUGIN_VIDEO_JITSI_PRIVATE_KEY="$WORK/jaas-key.pem"
export OPENIOP_PLUGIN_VIDEO_JITSI_WEBHOOK_SECRET; OPENIOP_PLUGIN_VIDEO_JITSI_WEBHOOK_SECRET=$(random_secret)
# The realm lets one public URL sign in; the tests sign in to three (Micro over HTTP and HTTPS, Server).
kcadm() { "$WORK/keycloak/bin/kcadm.sh" "$@" --config "$WORK/kcadm.config" >/dev/null; }
kcadm config credentials --server "http://localhost:$KC_PORT" --realm master --user admin --password "$KC_ADMIN_PASSWORD"
CLIENT_ID=$("$WORK/keycloak/bin/kcadm.sh" get clients -r openiop -q clientId=openiop-web --fields id --format csv --noquotes --config "$WORK/kcadm.config")
urls=("http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" "http://localhost:$SERVER_HTTP" "https://localhost:$SERVER_TLS"
  "http://localhost:$LB_PORT")
# Exact addresses, as the realm has them: the sign-in callback, and the start page after sign-out.
redirects=$(printf '"%s/signin/callback",' "${urls[@]}"); logout=$(printf '%s/##' "${urls[@]}")
kcadm update "clients/$CLIENT_ID" -r openiop -s "redirectUris=[${redirects%,}]" -s "attributes.\"post.logout.redirect.uris\"=${logout%##}"

# run_its PHASE URL HTTPS_URL EXPECT_MIGRATIONS DATABASE TESTS [-Dmore=settings...]
run_its() {
  local phase=$1 url=$2 https=$3 migrations=$4 database=$5 tests=$6 began=$SECONDS; shift 6
  say "  $phase: $tests"
  if "$OPENIOP_ROOT/mvnw" -B -pl tests verify -DskipITs=false -Dit.test="$tests" -Dopeniop.url="$url" \
      -Dopeniop.https.url="$https" -Dkeycloak.url="http://localhost:$KC_PORT" -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET" \
      -Dkeycloak.admin.password="$KC_ADMIN_PASSWORD" -Dexpect.migrations="$migrations" -Dexpect.database="$database" "$@" \
      -Dpayer.url="http://127.0.0.1:$PAYER_PORT" -Dbbb.secret="$OPENIOP_PLUGIN_VIDEO_BIGBLUEBUTTON_SHARED_SECRET" \
      -Djaas.secret="$OPENIOP_PLUGIN_VIDEO_JITSI_WEBHOOK_SECRET" -Dprovisioner.secret="$OPENIOP_PROVISIONER_SECRET" -Djaas.app="$OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID" \
      -Dit.reports="$WORK/reports/$phase" -Dscreenshots.dir="$WORK/screenshots/$phase" \
      >"$WORK/logs/$phase.log" 2>&1; then
    grep -a -E "^\[(INFO|WARNING)\] Tests run: [0-9]+, Failures" "$WORK/logs/$phase.log" | tail -1 \
      | sed "s/^\[[A-Z]*\]/   /; s/\$/ ($((SECONDS - began)) s; $((SECONDS - started)) s in all)/"
  else
    # grep stops itself: with "| head" a long log ends grep by SIGPIPE, and pipefail ends the run.
    grep -a -m 30 -E "Tests run:|FAIL|AssertionFailed|AssertionError|Exception" "$WORK/logs/$phase.log" | cut -c1-400 || true
    failures+=("$phase")
  fi
}

# micro_phase NAME DB_KIND...: start Payara Micro, run the first-start tests, restart on the same database, check again.
micro_start() {
  local name=$1; shift
  local log=$WORK/logs/$name.payara.log
  wait_port_closed "$MICRO_PORT"; wait_port_closed "$MICRO_TLS"
  write_micro_postboot "$WORK/$name.asadmin" "$@"
  mkdir -p "$WORK/plugins"
  # One checkpoint file per database: a checkpoint speaks of one chain.
  OPENIOP_AUDIT_CHECKPOINT_FILE="${CHECKPOINTS:-$WORK/audit-checkpoints-$1.jsonl}" OPENIOP_KEYCLOAK_URL="http://localhost:$KC_PORT" OPENIOP_DEMO_DATA=true OPENIOP_PROGRAM_ADMINS_GLOBAL=demo-admin \
    OPENIOP_PLUGINS_DIR="$WORK/plugins" OPENIOP_PLUGINS_TIMEOUT_MS=2000 OPENIOP_PLUGIN_LICENSING_IT_SECRET_TOKEN=it-canary-secret-4711 \
    start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$MICRO_PORT" "$WORK/$name.asadmin" "$log" --sslport "$MICRO_TLS" \
    ${EXTRA_MICRO_ARGS[@]+"${EXTRA_MICRO_ARGS[@]}"}
  # READY_PATH: /health/live when readiness is meant to stay DOWN (the wrong master key)
  local ready=${READY_PATH:-/health/ready}
  wait_micro "$log" "$MICRO_PID" 240 && wait_http "http://localhost:$MICRO_PORT$ready" 60 "$MICRO_PID" \
    && wait_http "https://localhost:$MICRO_TLS$ready" 60 "$MICRO_PID" \
    || { tail -40 "$log"; die "Payara Micro ($name) did not become ready"; }
}


micro_restart() {
  stop_pid "$MICRO_PID"; MICRO_PID=""
  local name=$1; shift
  micro_start "$name-again" "$@"
}

say "2/4 Payara Micro on H2"
H2_FILE=$WORK/h2/openiop; mkdir -p "$WORK/h2"
# The first H2 start also deploys the boundary probe (tests/probe): BoundariesAloneIT calls every EJB through it.
EXTRA_MICRO_ARGS=(--deploy "$OPENIOP_ROOT/tests/probe/target/boundary-probe.war")
PROBE_ARGS=(-Dprobe.url="http://localhost:$MICRO_PORT/boundary-probe")
micro_start micro-h2 h2 "$H2_FILE"
EXTRA_MICRO_ARGS=()
run_its micro-h2 "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 17 H2 \
  "BoundariesAloneIT,SignInIT,CodeFlowIT,SecondFactorIT,UrlVariantsIT,ClinicianScopeIT,ProgramScopeIT,ProvisionerIT,DestinationApprovalIT,RouteMatrixIT,ApiIT,HealthIT,SecurityHeadersIT,MigrationsIT,BrowserJourneyIT,EnrollmentIT,VaultAccessIT,DischargeAndErasureIT,LicensingIT,PluginsIT,ProgramsIT,ConsentsIT,ProgramLicensingIT,EligibilityIT,JoinIT,ClientFaultsIT,PageFormFuzzIT,OpenApiDocumentIT,ApiFuzzIT" \
  -Dopeniop.plugins.dir="$WORK/plugins" "${PROBE_ARGS[@]}" -Dopeniop.app.log="$WORK/logs/micro-h2.payara.log" \
  -Dfuzz.tries="$FUZZ_TRIES"
# A Java client generated from this OpenIOP's own /openapi (openapi-generator) walks the journey
# from enrollment to joining, and nothing else talks to OpenIOP in that test.
if java "$OPENIOP_ROOT/scripts/OpenApiDocument.java" "http://localhost:$MICRO_PORT/openapi" "$WORK/openapi.json"; then
  run_its micro-h2-client "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 H2 "ClientJourneyIT" \
    -Dopenapi.spec="$WORK/openapi.json"
else
  failures+=(openapi-document)
fi
# The restart also shortens the idle logoff and the temporary passwords' lifetime, so that
# IdleLogoffIT waits 20 s rather than 15 minutes and TemporaryPasswordIT a minute rather than 14 days.
OPENIOP_SESSION_IDLE_SECONDS=20 OPENIOP_ACCOUNTS_TEMPORARY_PASSWORD_LIFETIME=PT10S micro_restart micro-h2 h2 "$H2_FILE"
run_its micro-h2-restart "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 H2 \
  "MigrationsIT,HealthIT,IdleLogoffIT,TemporaryPasswordIT" -Didle.seconds=20 -Dtemporary.lifetime.seconds=10
# The same database with another master key: the vault must stay closed, and say why.
OPENIOP_VAULT_MASTER_KEY=$(head -c 32 /dev/urandom | base64) READY_PATH=/health/live micro_restart micro-h2-wrong-key h2 "$H2_FILE"
run_its micro-h2-wrong-key "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 H2 "VaultClosedIT"

say "2/4 Payara Micro on PostgreSQL"
stop_pid "$MICRO_PID"; MICRO_PID=""
PG_ARGS=(postgres 127.0.0.1 "$PG_PORT" openiop_micro openiop_app "$DB_PASSWORD" openiop_owner "$DB_PASSWORD")
# A lower access-alert threshold, so that AccessAlertIT raises one with 30 identity reads; a
# 15-second grace before a missing audit number counts as deleted, so that AuditTamperIT waits that long;
# checkpoints only at start and on request, so that none records the chain while AuditTamperIT has it damaged.
OPENIOP_ALERTS_IDENTITY_READS_PER_HOUR=20 OPENIOP_AUDIT_GAP_GRACE=PT15S OPENIOP_AUDIT_CHECKPOINT_INTERVAL=PT24H micro_start micro-pg "${PG_ARGS[@]}"
# The tests reach the database as its superuser (the attacker of AuditTamperIT) and as the application's role.
DB_ARGS=(-Dopeniop.db.user=postgres -Dopeniop.db.password="$DB_PASSWORD" -Dopeniop.db.app.user=openiop_app
  -Dopeniop.db.app.password="$DB_PASSWORD")
run_its micro-pg "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 17 PostgreSQL \
  "SignInIT,ApiIT,HealthIT,SecurityHeadersIT,MigrationsIT,EnrollmentIT,VaultAccessIT,DischargeAndErasureIT,AuditTamperIT,AuditRoleIT,AuditExportIT,BreakGlassExpiryIT,LeakScanIT,DisclosureAccountingIT,EligibilityIT,VideoWebhooksIT,JoinIT,AccessAlertIT" \
  -Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/openiop_micro" "${DB_ARGS[@]}" -Dopeniop.app.log="$WORK/logs/micro-pg.payara.log" \
  -Dalerts.identity-reads=20 -Daudit.key="$OPENIOP_AUDIT_KEY" -Daudit.gap-grace-seconds=15 \
  -Daudit.checkpoints="$WORK/audit-checkpoints-postgres.jsonl"
micro_restart micro-pg "${PG_ARGS[@]}"
run_its micro-pg-restart "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 PostgreSQL "MigrationsIT,HealthIT"
# PostgreSQL stopped for 30 s under load and started again; DatabaseDownIT does both, with these.
write_pg_control "$WORK/pg-control"
run_its database-down "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 PostgreSQL "DatabaseDownIT" \
  -Dopeniop.app.log="$WORK/logs/micro-pg-again.payara.log" \
  -Dopeniop.pg.stop="$WORK/pg-control/stop.sh" -Dopeniop.pg.start="$WORK/pg-control/start.sh"
ensure_postgres_running
stop_pid "$MICRO_PID"; MICRO_PID=""

say "2/4 master-key rotation on PostgreSQL"
# A participant with everything sealed, 10,000 more identities, a backup, an erasure; then OpenIOP
# with the next master key as well, killed (kill -9) halfway through re-wrapping and started again.
create_database openiop_rotation openiop_owner
NEXT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
ROT_DB=(postgres 127.0.0.1 "$PG_PORT" openiop_rotation openiop_app "$DB_PASSWORD" openiop_owner "$DB_PASSWORD")
ROT_ARGS=(-Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/openiop_rotation" "${DB_ARGS[@]}"
  -Dvault.key="$OPENIOP_VAULT_MASTER_KEY" -Dvault.next-key="$NEXT_MASTER_KEY" -Drotation.state="$WORK/rotation.properties")
rot_sql() { as_pg_user "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d openiop_rotation -Atq -c "$1"; }
CHECKPOINTS=$WORK/audit-checkpoints-rotation.jsonl micro_start rotation "${ROT_DB[@]}"
run_its rotation-seed "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 17 PostgreSQL "RotationSeedIT" "${ROT_ARGS[@]}"
stop_pid "$MICRO_PID"; MICRO_PID=""
if [ -f "$WORK/rotation.properties" ]; then
  next_id=$(sed -n 's/^nextKeyId=//p' "$WORK/rotation.properties")
  # Slow on purpose (one batch of 200 keys every two seconds), so that the kill lands halfway and
  # RotationAfterIT reads identities while the rest is re-wrapped.
  export OPENIOP_VAULT_NEXT_MASTER_KEY=$NEXT_MASTER_KEY OPENIOP_VAULT_ROTATION_BATCH_SIZE=200 OPENIOP_VAULT_ROTATION_TURN=PT0S
  CHECKPOINTS=$WORK/audit-checkpoints-rotation.jsonl micro_start rotation-rotating "${ROT_DB[@]}"
  rewrapped=0
  for _ in $(seq 1 240); do
    rewrapped=$(rot_sql "select count(*) from vault_entry where key_id = '$next_id'")
    [ "$rewrapped" -ge 3000 ] && break
    sleep 0.5
  done
  kill -9 "$MICRO_PID" 2>/dev/null || true; wait "$MICRO_PID" 2>/dev/null || true; MICRO_PID=""
  say "  killed OpenIOP with $rewrapped of 10,001 data keys re-wrapped; starting it again"
  [ "$rewrapped" -ge 3000 ] && [ "$rewrapped" -lt 10000 ] || failures+=("rotation-not-killed-halfway")
  CHECKPOINTS=$WORK/audit-checkpoints-rotation.jsonl micro_start rotation-resumed "${ROT_DB[@]}"
  run_its rotation-after "http://localhost:$MICRO_PORT" "https://localhost:$MICRO_TLS" 0 PostgreSQL "RotationAfterIT" "${ROT_ARGS[@]}"
  stop_pid "$MICRO_PID"; MICRO_PID=""
  unset OPENIOP_VAULT_NEXT_MASTER_KEY OPENIOP_VAULT_ROTATION_BATCH_SIZE OPENIOP_VAULT_ROTATION_TURN
fi

say "2/4 a cluster: two Payara Micro nodes behind HAProxy, on PostgreSQL"
create_database openiop_cluster openiop_owner
CLUSTER_DIR=$WORK/cluster; mkdir -p "$CLUSTER_DIR"
write_micro_postboot "$CLUSTER_DIR/node.asadmin" postgres 127.0.0.1 "$PG_PORT" openiop_cluster openiop_app "$DB_PASSWORD" openiop_owner "$DB_PASSWORD"
# cluster_node I: starts node I of 2 (NODE_PIDS); the daily jobs' timers fire every minute, so that
# ClusterStartIT sees both nodes' timers fire within its run; a node holds an eligibility batch item
# for 10 s and looks for batches to take over every 5 s, so that BatchUnderNodeLossIT waits that little.
cluster_node() {
  local i=$1 log=$WORK/logs/cluster-node$1.payara.log
  # A test that failed before its kill leaves the node running: stop it first.
  stop_pid "${NODE_PIDS[$((i - 1))]}"; wait_port_closed $((NODE1_PORT + i - 1))
  [ -f "$log" ] && mv "$log" "$log.before-$(date +%s)"
  OPENIOP_AUDIT_CHECKPOINT_FILE="$CLUSTER_DIR/audit-checkpoints.jsonl" OPENIOP_KEYCLOAK_URL="http://localhost:$KC_PORT" OPENIOP_DEMO_DATA=true \
    OPENIOP_SCHEDULE_SESSION_HORIZON='*:*' OPENIOP_SCHEDULE_ELIGIBILITY_RECHECK='*:*' \
    OPENIOP_ELIGIBILITY_BATCH_LEASE=PT10S OPENIOP_ELIGIBILITY_BATCH_RESUME_EVERY=PT5S \
    start_node "$i" 2 "$OPENIOP_ROOT/micro/target/openiop.war" $((NODE1_PORT + i - 1)) "$GRID_BASE" "$CLUSTER_DIR/node.asadmin" "$log"
  NODE_PIDS[$((i - 1))]=$NODE_PID
}
cluster_ready() {
  local i
  for i in "$@"; do
    wait_micro "$WORK/logs/cluster-node$i.payara.log" "${NODE_PIDS[$((i - 1))]}" 300 \
      || { tail -30 "$WORK/logs/cluster-node$i.payara.log"; die "cluster node $i did not start"; }
  done
  wait_haproxy_up "$LB_ADMIN" 2 120 || {
    for i in 1 2; do echo "  node$i's readiness: $(curl -s -m 5 "http://localhost:$((NODE1_PORT + i - 1))/health/ready")"; done
    die "HAProxy did not see both nodes ready"; }
}
# Both at once on an empty database: one migrates, the other waits on Flyway's lock.
cluster_node 1; cluster_node 2
write_haproxy_cfg "$CLUSTER_DIR/haproxy.cfg" "$LB_PORT" "$LB_ADMIN" "$NODE1_PORT" "$NODE2_PORT"
start_haproxy "$CLUSTER_DIR/haproxy.cfg" "$WORK/logs/haproxy.log"
cluster_ready 1 2
LB_URL=http://localhost:$LB_PORT
CLUSTER_ARGS=(-Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/openiop_cluster" "${DB_ARGS[@]}" -Dcluster.dir="$CLUSTER_DIR"
  -Dcluster.nodes="http://localhost:$NODE1_PORT,http://localhost:$NODE2_PORT"
  -Dcluster.logs="$WORK/logs/cluster-node1.payara.log,$WORK/logs/cluster-node2.payara.log")
run_its cluster "$LB_URL" "$LB_URL" 0 PostgreSQL "ClusterStartIT,HealthIT,JoinIT#twentyConcurrentFirstJoinsCreateOneRoom" "${CLUSTER_ARGS[@]}"
# PostgreSQL stopped for 30 s under the cluster: both nodes answer 503s and recover by themselves.
write_pg_control "$WORK/pg-control"
run_its cluster-database-down "$LB_URL" "$LB_URL" 0 PostgreSQL "DatabaseDownIT" "${CLUSTER_ARGS[@]}" \
  -Dopeniop.app.log="$WORK/logs/cluster-node1.payara.log,$WORK/logs/cluster-node2.payara.log" \
  -Dopeniop.pg.stop="$WORK/pg-control/stop.sh" -Dopeniop.pg.start="$WORK/pg-control/start.sh"
ensure_postgres_running
# The node running an eligibility batch is killed halfway; the other finishes it. Then the dead one starts again.
run_its cluster-batch-node-loss "$LB_URL" "$LB_URL" 0 PostgreSQL "BatchUnderNodeLossIT" "${CLUSTER_ARGS[@]}"
for i in 1 2; do
  kill -0 "${NODE_PIDS[$((i - 1))]}" 2>/dev/null || { cluster_node "$i"; cluster_ready "$i"; }
done
# Keycloak stopped under the cluster: signed-in callers keep working on both nodes, new sign-ins get
# the friendly page through the balancer. Then Keycloak starts again on its data for what follows.
run_its cluster-intake-token "$LB_URL" "$LB_URL" 0 PostgreSQL "IntakeTokenIT" -Dopeniop.token.file="$WORK/cluster-intake.token"
stop_pid "$KEYCLOAK_PID"; KEYCLOAK_PID=""
run_its cluster-keycloak-down "$LB_URL" "$LB_URL" 0 PostgreSQL "KeycloakDownIT" "${CLUSTER_ARGS[@]}" \
  -Dopeniop.token.file="$WORK/cluster-intake.token"
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$MICRO_PORT" true "$WORK/logs/keycloak-again.log"
keycloak_ready 240 || { tail -20 "$WORK/logs/keycloak-again.log"; die "Keycloak did not start again"; }
# node1 is killed under a participant and a clinician, then started again for the join load, which kills node2.
run_its cluster-node-loss "$LB_URL" "$LB_URL" 0 PostgreSQL "NodeLossIT" "${CLUSTER_ARGS[@]}"
cluster_node 1; cluster_ready 1
run_its cluster-join-load "$LB_URL" "$LB_URL" 0 PostgreSQL "JoinsUnderNodeLossIT" "${CLUSTER_ARGS[@]}"
stop_pid "$HAPROXY_PID"; HAPROXY_PID=""
stop_pid "${NODE_PIDS[0]}"; stop_pid "${NODE_PIDS[1]}"; NODE_PIDS=("" "")

say "2/4 the quick start backed up, wiped and restored"
# ./openiop run as a user starts it (its own data folder and ports, none of this run's secrets), an
# enrolled participant, then ./openiop backup, the data folder deleted, ./openiop restore with the
# keys from the "escrow", and ./openiop run again.
QS=$WORK/quickstart; QS_PORT=18600; QS_KC_PORT=18680; QS_PAYER_PORT=18690; RUN_PID=""
quick_start() {
  env -u OPENIOP_VAULT_MASTER_KEY -u OPENIOP_AUDIT_KEY -u OPENIOP_AUDIT_CHECKPOINT_FILE \
    OPENIOP_DATA="$QS" OPENIOP_PORT=$QS_PORT OPENIOP_KEYCLOAK_PORT=$QS_KC_PORT OPENIOP_PAYER_PORT=$QS_PAYER_PORT \
    "$OPENIOP_ROOT/openiop" run >"$WORK/logs/$1.log" 2>&1 &
  RUN_PID=$!
  # Its banner, not readiness: the realm is finished (harden-realm.sh) after OpenIOP is ready.
  local end=$((SECONDS + 300))
  until grep -q "OpenIOP is ready" "$WORK/logs/$1.log"; do
    if [ $SECONDS -ge $end ] || ! kill -0 "$RUN_PID" 2>/dev/null; then
      tail -20 "$WORK/logs/$1.log"; failures+=("$1"); return 1
    fi
    sleep 1
  done
}
quick_start_its() {
  local phase=$1 tests=$2 kc=$KC_PORT secret=$OPENIOP_OIDC_CLIENT_SECRET admin=$KC_ADMIN_PASSWORD
  KC_PORT=$QS_KC_PORT
  OPENIOP_OIDC_CLIENT_SECRET=$(sed -n 's/^OPENIOP_OIDC_CLIENT_SECRET=//p' "$QS/secrets.env")
  KC_ADMIN_PASSWORD=$(sed -n 's/^KC_ADMIN_PASSWORD=//p' "$QS/secrets.env")
  run_its "$phase" "http://localhost:$QS_PORT" "http://localhost:$QS_PORT" 0 H2 "$tests" -Dbackup.state="$WORK/backup.properties"
  KC_PORT=$kc OPENIOP_OIDC_CLIENT_SECRET=$secret KC_ADMIN_PASSWORD=$admin
}
quick_start_stop() { stop_pid "$RUN_PID"; RUN_PID=""; wait_port_closed "$QS_PORT"; wait_port_closed "$QS_KC_PORT"; }
if quick_start backup-first-run; then
  quick_start_its backup-seed BackupSeedIT
  quick_start_stop
  mkdir -p "$WORK/escrow" && cp "$QS/vault-master.key" "$QS/audit.key" "$WORK/escrow/"
  if OPENIOP_DATA="$QS" "$OPENIOP_ROOT/openiop" backup "$WORK/backup" >"$WORK/logs/backup.log" 2>&1 \
      && ! ls "$WORK/backup" | grep -q "\.key$" \
      && ! grep -rqF -e "$(cat "$QS/vault-master.key")" -e "$(cat "$QS/audit.key")" "$WORK/backup" && rm -rf "$QS" \
      && OPENIOP_DATA="$QS" OPENIOP_VAULT_MASTER_KEY_FILE="$WORK/escrow/vault-master.key" OPENIOP_AUDIT_KEY_FILE="$WORK/escrow/audit.key" \
        "$OPENIOP_ROOT/openiop" restore "$WORK/backup" >>"$WORK/logs/backup.log" 2>&1; then
    quick_start backup-restored-run && quick_start_its backup-restored BackupRestoredIT
    quick_start_stop
  else
    tail -20 "$WORK/logs/backup.log"; failures+=(backup-restore)
  fi
fi

say "3/4 openiop.ear on Payara Server with PostgreSQL"
unzip -q -o "$PAYARA_SERVER_ZIP" -d "$WORK/server"
SERVER_HOME=$WORK/server/payara6
"$SERVER_HOME/bin/asadmin" create-domain --nopassword --portbase "$SERVER_BASE" openiop-test >"$WORK/logs/server-setup.log" 2>&1
"$SERVER_HOME/bin/asadmin" start-domain openiop-test >>"$WORK/logs/server-setup.log" 2>&1 || die "Payara Server did not start"
ASADMIN="$SERVER_HOME/bin/asadmin" ASADMIN_OPTS="--port $SERVER_ADMIN" PAYARA_DOMAIN=openiop-test \
  OPENIOP_EAR="$OPENIOP_ROOT/ear/target/openiop.ear" POSTGRES_JDBC_JAR="$POSTGRES_JDBC_JAR" \
  OPENIOP_DB_HOST=127.0.0.1 OPENIOP_DB_PORT=$PG_PORT OPENIOP_DB_NAME=openiop_server OPENIOP_DB_USER=openiop_app \
  OPENIOP_DB_PASSWORD="$DB_PASSWORD" OPENIOP_DB_SCHEMA_USER=openiop_owner OPENIOP_DB_SCHEMA_PASSWORD="$DB_PASSWORD" \
  OPENIOP_AUDIT_CHECKPOINT_FILE="$WORK/audit-checkpoints-server.jsonl" OPENIOP_KEYCLOAK_URL="http://localhost:$KC_PORT" OPENIOP_DEMO_DATA=true \
  OPENIOP_PROGRAM_ADMINS_GLOBAL=demo-admin \
  "$OPENIOP_ROOT/ear/src/main/asadmin/deploy-openiop.sh" >>"$WORK/logs/server-setup.log" 2>&1 \
  || { tail -20 "$WORK/logs/server-setup.log"; die "the hospital deployment script failed; see $WORK/logs/server-setup.log"; }
wait_http "http://localhost:$SERVER_HTTP/health/ready" 120 || die "openiop.ear did not become ready on Payara Server"
SERVER_DB=(-Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/openiop_server" "${DB_ARGS[@]}")
run_its server "http://localhost:$SERVER_HTTP" "https://localhost:$SERVER_TLS" 17 PostgreSQL \
  "BrowserJourneyIT,JoinJourneyIT,ParticipantPagesIT,PluginPagesIT,ProgramPagesIT,EligibilityPagesIT,AuditRoleIT,SignInIT,CodeFlowIT,SecondFactorIT,UrlVariantsIT,ClinicianScopeIT,ProgramScopeIT,RouteMatrixIT,ApiIT,HealthIT,SecurityHeadersIT,MigrationsIT,EnrollmentIT,VaultAccessIT,LicensingIT,ProgramsIT,ConsentsIT,ProgramLicensingIT" \
  "${SERVER_DB[@]}"

say "4/4 Keycloak stopped"
# An intake user signed in before the outage tries to enroll during it.
run_its intake-token "http://localhost:$SERVER_HTTP" "https://localhost:$SERVER_TLS" 0 PostgreSQL "IntakeTokenIT" \
  -Dopeniop.token.file="$WORK/intake.token"
stop_pid "$KEYCLOAK_PID"; KEYCLOAK_PID=""
run_its keycloak-down "http://localhost:$SERVER_HTTP" "https://localhost:$SERVER_TLS" 0 PostgreSQL "KeycloakDownIT" \
  "${SERVER_DB[@]}" -Dopeniop.token.file="$WORK/intake.token"

elapsed=$((SECONDS - started))
if [ ${#failures[@]} -gt 0 ]; then
  die "FAILED in ${failures[*]} after ${elapsed}s; logs and reports under $WORK"
fi
say "all tiers passed in $((elapsed / 60)) min $((elapsed % 60)) s"
