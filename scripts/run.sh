#!/usr/bin/env bash
# ./openiop run [--reset]: the quick start. Keycloak (dev mode, realm and demo users) and OpenIOP on
# Payara Micro with an H2 database under .openiop/data, kept between runs; --reset starts afresh.
# Ports: OPENIOP_PORT (8080) and OPENIOP_KEYCLOAK_PORT (8180); data folder: OPENIOP_DATA.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

reset=false
for arg in "$@"; do
  case "$arg" in
    --reset) reset=true ;;
    *) die "unknown option $arg (only --reset, which deletes the quick start's data)" ;;
  esac
done

require_jdk
APP_PORT=${OPENIOP_PORT:-8080}
KC_PORT=${OPENIOP_KEYCLOAK_PORT:-8180}
port_free "$APP_PORT" OPENIOP_PORT
port_free "$KC_PORT" OPENIOP_KEYCLOAK_PORT
PAYER_PORT=${OPENIOP_PAYER_PORT:-8290}
port_free "$PAYER_PORT" OPENIOP_PAYER_PORT

DATA=${OPENIOP_DATA:-$OPENIOP_ROOT/.openiop/data}
if $reset; then say "--reset: deleting $DATA"; rm -rf "$DATA"; fi
mkdir -p "$DATA/logs"
DATA=$(cd "$DATA" && pwd) # H2 and Payara want an absolute path

started=$SECONDS
WAR=$OPENIOP_ROOT/micro/target/openiop.war
if [ ! -f "$WAR" ] || [ -n "$(find "$OPENIOP_ROOT" -path "$OPENIOP_ROOT/.openiop" -prune -o -path '*/target' -prune -o \
    \( -name '*.java' -o -name '*.xhtml' -o -name '*.xml' -o -name '*.properties' -o -name '*.sql' -o -name '*.css' \) -newer "$WAR" -print -quit)" ]; then
  say "building OpenIOP (a minute or two the first time)..."
  mvnw install -DskipTests >"$DATA/logs/build.log" 2>&1 || { tail -30 "$DATA/logs/build.log"; die "the build failed; see $DATA/logs/build.log"; }
fi
fetch_tools

quick_start_secrets "$DATA"

APP_URL=http://localhost:$APP_PORT
KC_URL=http://localhost:$KC_PORT
KEYCLOAK_PID=""; MICRO_PID=""; PAYER_PID=""
cleanup() { trap - EXIT INT TERM; echo; say "stopping..."; stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_pid "$PAYER_PID"; say "stopped. Your data is kept in $DATA (./openiop run --reset starts afresh)."; }
trap cleanup EXIT INT TERM

# Keycloak and Payara Micro start side by side: OpenIOP only asks Keycloak when someone signs in.
say "starting Keycloak on $KC_URL and OpenIOP on $APP_URL ..."
start_keycloak "$DATA/keycloak" "$KC_PORT" "$APP_URL" true "$DATA/logs/keycloak.log"
# Coverage checks go to a local payer simulator: member ids starting ACT are active, INA inactive,
# AAA75 not found (simulators/src/main/resources/org/openiop/simulator/x12/members.tsv).
start_payer_simulator "$PAYER_PORT" "$DATA/logs/payer-simulator.log"
mkdir -p "$DATA/h2"
write_micro_postboot "$DATA/postboot.asadmin" h2 "$DATA/h2/openiop"
OPENIOP_KEYCLOAK_URL=$KC_URL OPENIOP_DEMO_DATA=true OPENIOP_PROGRAM_ADMINS_GLOBAL=${OPENIOP_PROGRAM_ADMINS_GLOBAL:-demo-admin} \
  start_micro "$WAR" "$APP_PORT" "$DATA/postboot.asadmin" "$DATA/logs/openiop.log"
keycloak_ready 240 \
  || { tail -20 "$DATA/logs/keycloak.log"; die "Keycloak did not start; see $DATA/logs/keycloak.log"; }
wait_micro "$DATA/logs/openiop.log" "$MICRO_PID" 240 && wait_http "$APP_URL/health/ready" 60 "$MICRO_PID" \
  || { tail -30 "$DATA/logs/openiop.log"
       ready=$(curl -s -m 5 "$APP_URL/health/ready" || true)
       [ -n "$ready" ] && say "readiness says: $ready"
       die "OpenIOP did not become ready; see $DATA/logs/openiop.log"; }

cat <<MSG

  OpenIOP is ready ($((SECONDS - started)) s).

  Staff console       $APP_URL/console/
  Participant portal  $APP_URL/portal/
  Health              $APP_URL/health/ready
  Payer simulator     http://127.0.0.1:$PAYER_PORT/x12 (X12 270/271 for the Coverage page)
  Keycloak admin      $KC_URL/admin/  (user admin, password in $DATA/secrets.env)

$(demo_logins "$DATA")

  Logs in $DATA/logs. Press Ctrl-C to stop both.
MSG
wait "$MICRO_PID" || true
