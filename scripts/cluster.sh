#!/usr/bin/env bash
# ./openiop cluster [N] [--reset]: OpenIOP as a hospital scales it out, on one machine. N Payara Micro
# nodes (default 2) joined through Payara's data grid with TCP discovery, sharing one PostgreSQL
# (Debian's package) and one Keycloak, behind HAProxy (Debian's package) on one address.
# Data (database, Keycloak, keys) under .openiop/cluster, kept between runs; --reset starts afresh.
# Ports: OPENIOP_PORT (8080, the balancer), the nodes from OPENIOP_NODE_PORT (8081, 8082, ...),
# OPENIOP_KEYCLOAK_PORT (8180), OPENIOP_PG_PORT (5433), HAProxy's runtime API OPENIOP_HAPROXY_ADMIN_PORT
# (8404), the data grid from OPENIOP_GRID_PORT (5900).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/cluster-lib.sh"

nodes=2; reset=false
for arg in "$@"; do
  case "$arg" in
    --reset) reset=true ;;
    [1-9]) nodes=$arg ;;
    *) die "usage: ./openiop cluster [N (1-9 nodes, default 2)] [--reset]" ;;
  esac
done

require_jdk
require_tools haproxy
LB_PORT=${OPENIOP_PORT:-8080}
NODE_BASE=${OPENIOP_NODE_PORT:-8081}
KC_PORT=${OPENIOP_KEYCLOAK_PORT:-8180}
PGPORT_=${OPENIOP_PG_PORT:-5433}
ADMIN_PORT=${OPENIOP_HAPROXY_ADMIN_PORT:-8404}
GRID_BASE=${OPENIOP_GRID_PORT:-5900}
PAYER_PORT=${OPENIOP_PAYER_PORT:-8290}
port_free "$LB_PORT" OPENIOP_PORT; port_free "$KC_PORT" OPENIOP_KEYCLOAK_PORT; port_free "$PGPORT_" OPENIOP_PG_PORT
port_free "$ADMIN_PORT" OPENIOP_HAPROXY_ADMIN_PORT; port_free "$PAYER_PORT" OPENIOP_PAYER_PORT
for i in $(seq 1 "$nodes"); do
  port_free $((NODE_BASE + i - 1)) OPENIOP_NODE_PORT; port_free $((GRID_BASE + i - 1)) OPENIOP_GRID_PORT
done

DATA=${OPENIOP_CLUSTER_DATA:-$OPENIOP_ROOT/.openiop/cluster}
if $reset; then say "--reset: deleting $DATA"; rm -rf "$DATA"; fi
mkdir -p "$DATA/logs"
DATA=$(cd "$DATA" && pwd)

started=$SECONDS
WAR=$OPENIOP_ROOT/micro/target/openiop.war
if [ ! -f "$WAR" ]; then
  say "building OpenIOP (a minute or two the first time)..."
  mvnw install -DskipTests >"$DATA/logs/build.log" 2>&1 || { tail -30 "$DATA/logs/build.log"; die "the build failed; see $DATA/logs/build.log"; }
fi
fetch_tools
quick_start_secrets "$DATA"
[ -f "$DATA/db-password" ] || (umask 077; random_secret >"$DATA/db-password")
DB_PASSWORD=$(cat "$DATA/db-password")

APP_URL=http://localhost:$LB_PORT
KC_URL=http://localhost:$KC_PORT
KEYCLOAK_PID=""; PAYER_PID=""; HAPROXY_PID=""; NODE_PIDS=()
cleanup() {
  trap - EXIT INT TERM; echo; say "stopping..."
  stop_pid "$HAPROXY_PID"
  for pid in ${NODE_PIDS[@]+"${NODE_PIDS[@]}"}; do stop_pid "$pid"; done
  stop_pid "$KEYCLOAK_PID"; stop_pid "$PAYER_PID"; stop_postgres
  say "stopped. Your data is kept in $DATA (./openiop cluster --reset starts afresh)."
}
trap cleanup EXIT INT TERM

# PostgreSQL: made once (the schema's owner migrates, OpenIOP runs as openiop_app), started again later.
if [ -d "$DATA/postgres/data" ]; then
  PG_DIR=$DATA/postgres PG_PORT=$PGPORT_ PG_BIN=$(pg_bin)
  ensure_postgres_running
else
  start_postgres "$DATA/postgres" "$PGPORT_" "$DB_PASSWORD"
  create_login_role openiop_owner "$DB_PASSWORD"
  create_login_role openiop_app "$DB_PASSWORD"
  create_database openiop openiop_owner
fi

say "starting Keycloak on $KC_URL and $nodes OpenIOP nodes behind $APP_URL ..."
start_keycloak "$DATA/keycloak" "$KC_PORT" "$APP_URL" true "$DATA/logs/keycloak.log"
start_payer_simulator "$PAYER_PORT" "$DATA/logs/payer-simulator.log"
write_micro_postboot "$DATA/postboot.asadmin" postgres 127.0.0.1 "$PGPORT_" openiop openiop_app "$DB_PASSWORD" openiop_owner "$DB_PASSWORD"
ports=()
# All nodes start at once: the first to reach the database migrates it (Flyway's lock), the others wait.
for i in $(seq 1 "$nodes"); do
  port=$((NODE_BASE + i - 1)); ports+=("$port")
  OPENIOP_KEYCLOAK_URL=$KC_URL OPENIOP_DEMO_DATA=true \
    start_node "$i" "$nodes" "$WAR" "$port" "$GRID_BASE" "$DATA/postboot.asadmin" "$DATA/logs/node$i.log"
  NODE_PIDS+=("$NODE_PID")
done
write_haproxy_cfg "$DATA/haproxy.cfg" "$LB_PORT" "$ADMIN_PORT" "${ports[@]}"
start_haproxy "$DATA/haproxy.cfg" "$DATA/logs/haproxy.log"
keycloak_ready 240 || { tail -20 "$DATA/logs/keycloak.log"; die "Keycloak did not start; see $DATA/logs/keycloak.log"; }
for i in $(seq 1 "$nodes"); do
  wait_micro "$DATA/logs/node$i.log" "${NODE_PIDS[$((i - 1))]}" 300 \
    || { tail -30 "$DATA/logs/node$i.log"; die "node $i did not start; see $DATA/logs/node$i.log"; }
done
wait_haproxy_up "$ADMIN_PORT" "$nodes" 120 \
  || die "not every node became ready behind HAProxy; see $DATA/logs (readiness: $(curl -s -m 5 "$APP_URL/health/ready"))"

cat <<MSG

  OpenIOP is ready: $nodes nodes behind HAProxy ($((SECONDS - started)) s).

  Staff console       $APP_URL/console/
  Participant portal  $APP_URL/portal/
  Health              $APP_URL/health/ready (one node's answer; each node on $(printf '%s ' "${ports[@]}"))
  Balancer            HAProxy's runtime API on 127.0.0.1:$ADMIN_PORT, e.g.
                      echo "show servers state ready" | nc 127.0.0.1 $ADMIN_PORT
  Keycloak admin      $KC_URL/admin/  (user admin, password in $DATA/secrets.env)

$(demo_logins "$DATA")

  Logs in $DATA/logs. Press Ctrl-C to stop everything.
MSG
wait "$HAPROXY_PID" || true
