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

# Secrets for this machine's quick start, made once and kept with its data.
if [ ! -f "$DATA/secrets.env" ]; then
  umask 077
  { echo "OPENIOP_OIDC_CLIENT_SECRET=$(random_secret)"; echo "OPENIOP_PROVISIONER_SECRET=$(random_secret)"; echo "KC_ADMIN_PASSWORD=$(random_secret)"; } >"$DATA/secrets.env"
fi
# Join links come from video-jitsi with token authentication; its secret is made once, like the others.
grep -q '^OPENIOP_PLUGIN_VIDEO_JITSI_APP_SECRET=' "$DATA/secrets.env" \
  || (umask 077; echo "OPENIOP_PLUGIN_VIDEO_JITSI_APP_SECRET=$(random_secret)$(random_secret)" >>"$DATA/secrets.env")
set -a; source "$DATA/secrets.env"; set +a
# Self-hosted mode unless told otherwise: meet.jit.si does not check OpenIOP's tokens;
# OPENIOP_JITSI_URL points Join at your own Jitsi Meet.
if [ "${OPENIOP_PLUGIN_VIDEO_JITSI_MODE:-self-hosted}" = self-hosted ]; then
  export OPENIOP_PLUGIN_VIDEO_JITSI_SERVER_URL=${OPENIOP_PLUGIN_VIDEO_JITSI_SERVER_URL:-${OPENIOP_JITSI_URL:-https://meet.jit.si}}
  export OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID=${OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID:-openiop-demo}
fi
export OPENIOP_VIDEO_DEFAULT_PLUGIN=${OPENIOP_VIDEO_DEFAULT_PLUGIN:-video-jitsi}

# The identity vault's master key, made once and kept with the data. If the folder already has a
# database (say, from before the vault existed), the new key is used only if that database has no
# vault yet: OpenIOP compares every key with the one the vault was created with and stays closed,
# saying so, rather than use another.
if [ ! -f "$DATA/vault-master.key" ]; then
  (umask 077; head -c 32 /dev/urandom | base64 >"$DATA/vault-master.key")
  [ -e "$DATA/h2/openiop.mv.db" ] && say "made a vault master key for existing data in $DATA; if its vault was sealed with an earlier key, restore that vault-master.key (or start afresh with --reset)."
fi
export OPENIOP_VAULT_MASTER_KEY_FILE=$DATA/vault-master.key
# The audit key (HMAC marks and links of the audit trail) is another key, kept apart from the
# vault's; the signed checkpoints of the trail go to a file next to it, outside the database.
if [ ! -f "$DATA/audit.key" ]; then
  (umask 077; head -c 32 /dev/urandom | base64 >"$DATA/audit.key")
fi
export OPENIOP_AUDIT_KEY_FILE=$DATA/audit.key
export OPENIOP_AUDIT_CHECKPOINT_FILE=$DATA/audit-checkpoints.jsonl

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

  Demo logins (password Demo-Staff-2026 for staff, Demo-Participant-2026 for participants):
    clinician        demo-clinician (another clinician, with no groups yet: demo-clinician-2)
    intake           demo-intake
    program admin    demo-admin (every program; demo-admin-2 and demo-admin-3 run only the programs they make)
    auditor          demo-auditor
    privacy officer  demo-privacy
    participants     amber-heron-4821, quiet-falcon-1736, silver-maple-5093

  Staff also give a one-time code (second factor): add the key J5YGK3SJJ5IEIZLNN5JXIYLGMZKG65DQ
  to an authenticator app (TOTP, 6 digits, 30 s), or run ./openiop totp for the current code.

  The audit trail is marked with the key in $DATA/audit.key; its checkpoints go to
  $DATA/audit-checkpoints.jsonl. An auditor's export checks with
  OPENIOP_AUDIT_KEY_FILE=$DATA/audit.key ./openiop audit-verify FILE.

  Logs in $DATA/logs. Press Ctrl-C to stop both.
MSG
wait "$MICRO_PID" || true
