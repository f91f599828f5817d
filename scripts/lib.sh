# Shared shell functions for ./openiop run|test|bench. Sourced, not run.
# Every failure says in one line what is wrong and what to do.

OPENIOP_ROOT=${OPENIOP_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
TOOLS_DIR=${OPENIOP_TOOLS_DIR:-$OPENIOP_ROOT/.openiop/tools}
PAYARA_VERSION=6.2025.9
KEYCLOAK_VERSION=26.4.7
POSTGRES_JDBC_VERSION=42.7.14

# Every command here runs the payer and BigBlueButton simulators on loopback over plain http, which
# eligibility and video plugins refuse unless this development flag is on (never set it in production).
export OPENIOP_PLUGINS_ALLOW_LOOPBACK_HTTP=${OPENIOP_PLUGINS_ALLOW_LOOPBACK_HTTP:-true}
# ...and give the demo program admin global scope (plugins, any clinician's credentials), as a
# hospital names its own in OPENIOP_PROGRAM_ADMINS_GLOBAL.
export OPENIOP_PROGRAM_ADMINS_GLOBAL=${OPENIOP_PROGRAM_ADMINS_GLOBAL:-demo-admin}

die() { echo "openiop: $*" >&2; exit 1; }
say() { echo "openiop: $*"; }

require_jdk() {
  command -v java >/dev/null 2>&1 || die "no Java found. Install a JDK 17 (Debian: apt-get install openjdk-17-jdk) or set JAVA_HOME."
  command -v javac >/dev/null 2>&1 || die "found a Java runtime but no compiler. Install a JDK 17 (Debian: apt-get install openjdk-17-jdk)."
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  [ "$v" = "17" ] || die "Java $v found; OpenIOP needs Java 17 (Payara 6). Install openjdk-17-jdk or point JAVA_HOME at a JDK 17."
  # The build checks the format of XML and Facelets pages with Prettier, which Spotless installs with npm.
  require_tools npm
}

# port_free PORT [SETTING]: stop with a one-line error naming the port and the setting that moves it.
port_free() {
  local port=$1 setting=${2:-}
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    if [ -n "$setting" ]; then
      die "port $port is already in use; stop what uses it or set $setting to another port."
    fi
    die "port $port, which the tests use, is already in use; stop what uses it and run again."
  fi
}

# wait_port_closed PORT: until nothing listens on PORT (a stopped server may hold it a moment longer).
wait_port_closed() {
  for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null || return 0; sleep 0.5; done
  die "port $1 is still in use by a previous instance"
}

# wait_http URL SECONDS [PID]: wait until URL answers 200, or fail (early if PID died).
wait_http() {
  local url=$1 seconds=$2 pid=${3:-}
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    # -k: the test servers' HTTPS listeners use Payara's self-signed certificate.
    if [ "$(curl -k -s -o /dev/null -w '%{http_code}' --max-time 3 "$url")" = "200" ]; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 1
  done
  return 1
}

mvnw() { "$OPENIOP_ROOT/mvnw" -B -q "$@"; }

# require_tools CMD...: each must be on the PATH; installed from Debian's packages when we are root.
require_tools() {
  local missing=()
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} from Debian's packages..."
    # A fresh machine may have no package lists yet: read them once and try again.
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; }; } \
      || die "apt-get install ${missing[*]} failed; install them and run again."
  else
    die "missing ${missing[*]}; install them (Debian: sudo apt-get install ${missing[*]}) and run again."
  fi
}

# fetch_tools: Payara Micro, Payara Server, Keycloak and the PostgreSQL driver, through Maven.
fetch_tools() {
  require_tools curl unzip
  mkdir -p "$TOOLS_DIR"
  local want=(
    "fish.payara.extras:payara-micro:$PAYARA_VERSION:jar"
    "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
    "org.postgresql:postgresql:$POSTGRES_JDBC_VERSION:jar"
  )
  [ "${1:-}" = "--with-server" ] && want+=("fish.payara.distributions:payara:$PAYARA_VERSION:zip")
  local missing=()
  for a in "${want[@]}"; do
    IFS=: read -r g n v t <<<"$a"
    [ -f "$TOOLS_DIR/$n-$v.$t" ] || missing+=("$a")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "downloading ${#missing[@]} runtime(s) through Maven (first run only)..."
    for a in "${missing[@]}"; do
      mvnw dependency:copy -Dartifact="$a" -DoutputDirectory="$TOOLS_DIR" >/dev/null \
        || die "could not download $a from Maven Central; check the network or the proxy in ~/.m2/settings.xml."
    done
  fi
  PAYARA_MICRO_JAR=$TOOLS_DIR/payara-micro-$PAYARA_VERSION.jar
  KEYCLOAK_ZIP=$TOOLS_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  POSTGRES_JDBC_JAR=$TOOLS_DIR/postgresql-$POSTGRES_JDBC_VERSION.jar
  PAYARA_SERVER_ZIP=$TOOLS_DIR/payara-$PAYARA_VERSION.zip
}

# random_secret: 32 URL-safe characters.
random_secret() { head -c 24 /dev/urandom | base64 | tr '+/' '-_'; }

# export_run_secrets: fresh secrets for a test or benchmark run, exported for Keycloak and OpenIOP:
# the OIDC client's and the provisioner's secrets, Keycloak's admin password, the vault's master key
# and the audit key (another key, kept apart from the vault's).
export_run_secrets() {
  export OPENIOP_OIDC_CLIENT_SECRET; OPENIOP_OIDC_CLIENT_SECRET=$(random_secret)
  export OPENIOP_PROVISIONER_SECRET; OPENIOP_PROVISIONER_SECRET=$(random_secret)
  export KC_ADMIN_PASSWORD; KC_ADMIN_PASSWORD=$(random_secret)
  export OPENIOP_VAULT_MASTER_KEY; OPENIOP_VAULT_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
  export OPENIOP_AUDIT_KEY; OPENIOP_AUDIT_KEY=$(head -c 32 /dev/urandom | base64)
}

# quick_start_secrets DATA: the quick start's secrets, made once and kept with its data (DATA/secrets.env,
# the vault's master key and the audit key), exported for Keycloak and OpenIOP.
quick_start_secrets() {
  local DATA=$1
  # Secrets for this machine's quick start, made once and kept with its data.
  if [ ! -f "$DATA/secrets.env" ]; then
    (umask 077
     { echo "OPENIOP_OIDC_CLIENT_SECRET=$(random_secret)"; echo "OPENIOP_PROVISIONER_SECRET=$(random_secret)"; echo "KC_ADMIN_PASSWORD=$(random_secret)"; } >"$DATA/secrets.env")
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
    { [ -e "$DATA/h2/openiop.mv.db" ] || [ -d "$DATA/postgres/data" ]; } && say "made a vault master key for existing data in $DATA; if its vault was sealed with an earlier key, restore that vault-master.key (or start afresh with --reset)."
  fi
  export OPENIOP_VAULT_MASTER_KEY_FILE=$DATA/vault-master.key
  # The audit key (HMAC marks and links of the audit trail) is another key, kept apart from the
  # vault's; the signed checkpoints of the trail go to a file next to it, outside the database.
  if [ ! -f "$DATA/audit.key" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 >"$DATA/audit.key")
  fi
  export OPENIOP_AUDIT_KEY_FILE=$DATA/audit.key
  export OPENIOP_AUDIT_CHECKPOINT_FILE=$DATA/audit-checkpoints.jsonl
}

# demo_logins DATA: the demo users and the second factor, for the banner ./openiop run and cluster print.
demo_logins() {
  local DATA=$1
  cat <<MSG
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
MSG
}

# unpack_keycloak HOME_DIR: Keycloak's distribution, unzipped into HOME_DIR, with no realm yet.
unpack_keycloak() {
  local home=$1 parent; parent=$(dirname "$1"); mkdir -p "$parent"
  unzip -q -o "$KEYCLOAK_ZIP" -d "$parent" && mv "$parent/keycloak-$KEYCLOAK_VERSION" "$home"
}

# start_keycloak HOME_DIR PORT PUBLIC_URL WITH_DEV_USERS(true|false) LOG
# Unzips Keycloak into HOME_DIR once; imports the realm (and dev users) on its first start only.
# Needs OPENIOP_OIDC_CLIENT_SECRET, OPENIOP_PROVISIONER_SECRET and KC_ADMIN_PASSWORD in the environment.
start_keycloak() {
  local home=$1 port=$2 public=$3 dev=$4 log=$5
  if [ ! -x "$home/bin/kc.sh" ]; then
    unpack_keycloak "$home"
    mkdir -p "$home/data/import"
    cp "$OPENIOP_ROOT/keycloak-realm/src/main/keycloak/openiop-realm.json" "$home/data/import/"
    [ "$dev" = true ] && cp "$OPENIOP_ROOT/keycloak-realm/src/dev/keycloak/openiop-users-0.json" "$home/data/import/"
  fi
  OPENIOP_PUBLIC_URL=$public KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    nohup "$home/bin/kc.sh" start-dev --http-port="$port" --import-realm >"$log" 2>&1 &
  KEYCLOAK_PID=$!
  KEYCLOAK_HOME=$home KEYCLOAK_PORT=$port
}

# keycloak_ready SECONDS: waits for the Keycloak start_keycloak started, then applies what the realm
# import cannot (keycloak-realm/.../harden-realm.sh: no offline_access by default, a provisioner that
# manages participants only). Fails if either does not happen.
keycloak_ready() {
  wait_http "http://localhost:$KEYCLOAK_PORT/realms/openiop/.well-known/openid-configuration" "$1" "$KEYCLOAK_PID" || return 1
  "$OPENIOP_ROOT/keycloak-realm/src/main/keycloak/harden-realm.sh" "$KEYCLOAK_HOME/bin/kcadm.sh" "http://localhost:$KEYCLOAK_PORT" \
    admin "$KC_ADMIN_PASSWORD" "$KEYCLOAK_HOME/kcadm-harden.config" >/dev/null \
    || die "Keycloak started, but harden-realm.sh could not finish its realm (one made by an older OpenIOP? ./openiop run --reset starts afresh)."
}

# allow_code_reuse: for test and benchmark runs only, after keycloak_ready. They sign the same demo
# staff users in many times within one 30-second window, and the realm as shipped accepts each
# one-time code once (otpPolicyCodeReusable=false, checked by RealmExportTest).
allow_code_reuse() {
  "$KEYCLOAK_HOME/bin/kcadm.sh" update realms/openiop -s otpPolicyCodeReusable=true \
    --config "$KEYCLOAK_HOME/kcadm-harden.config" >/dev/null \
    || die "could not let the test users' one-time codes be used more than once"
}

stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

# write_micro_postboot FILE JDBC_KIND(h2|postgres) ...: the datasource (post-boot commands, FILE)
# and the hardened HTTP settings (pre-boot commands, FILE.pre: set before the listeners start,
# because changing a running listener restarts it, sometimes into a broken state).
#   h2:       write_micro_postboot FILE h2 H2_FILE_PATH
#   postgres: write_micro_postboot FILE postgres HOST PORT DB USER PASSWORD [SCHEMA_USER SCHEMA_PASSWORD]
# With a schema user, migrations run as that role (jdbc/openiop-schema) and USER gets only the
# rights OpenIOP gives it: no UPDATE or DELETE on audit rows.
write_micro_postboot() {
  local file=$1 kind=$2; shift 2
  # --statementcachesize keeps each connection's prepared statements, so PostgreSQL plans the
  # join's dozen statements once per connection instead of once per request.
  # When PostgreSQL restarts or is out of reach: a connection is checked with SELECT 1 before it is
  # handed out (at most every 5 s), one failed check closes them all (--failconnection), a caller
  # waits at most 10 s for a connection, and reaching the server gives up after 5 s. Requests then
  # fail fast with 503, and the pool recovers by itself when the database is back.
  # logServerErrorDetail=false keeps PostgreSQL's error detail, which quotes a failed statement's
  # values ("Key (email)=(...) already exists"), out of exceptions and so out of the log.
  local pg_resilience="--isconnectvalidatereq=true --validationmethod=custom-validation --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --validateatmostonceperiod=5 --failconnection=true --maxwait=10000"
  {
    if [ "$kind" = h2 ]; then
      local url="jdbc:h2:file:$1;DB_CLOSE_ON_EXIT=FALSE"
      echo "create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --statementcachesize 64 --property url=$(asadmin_escape "$url") openiop-pool"
    else
      echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --statementcachesize 64 $pg_resilience --property serverName=$1:portNumber=$2:databaseName=$3:user=$4:password=$5:connectTimeout=5:loginTimeout=10:logServerErrorDetail=false openiop-pool"
      if [ -n "${6:-}" ]; then
        echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 0 --maxpoolsize 2 --property serverName=$1:portNumber=$2:databaseName=$3:user=$6:password=$7 openiop-schema-pool"
        echo "create-jdbc-resource --connectionpoolid openiop-schema-pool jdbc/openiop-schema"
      fi
    fi
    echo "create-jdbc-resource --connectionpoolid openiop-pool jdbc/openiop"
  } >"$file"
  local listener http
  for listener in http-listener https-listener; do
    http=configs.config.server-config.network-config.protocols.protocol.$listener.http
    echo "set $http.server-header=false"
    echo "set $http.xpowered-by=false"
    echo "set $http.trace-enabled=false"
    echo "set $http.cookie-same-site-enabled=true"
    echo "set $http.cookie-same-site-value=Lax"
  done >"$file.pre"
  # A timer whose delivery fails is tried again every 5 s instead of being dropped after one retry
  # (Payara's default), so that the audit sealer and the daily jobs outlive a database outage.
  echo "set configs.config.server-config.ejb-container.ejb-timer-service.max-redeliveries=$TIMER_REDELIVERIES" >>"$file.pre"
}

# Payara drops a non-persistent timer after this many failed deliveries, 5 s apart: about a week.
TIMER_REDELIVERIES=120000

# asadmin property values escape ':' and '=' with a backslash.
asadmin_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/:/\\:/g; s/=/\\=/g'; }

# simulators_classpath: the simulators module's jar and its libraries (SIMULATORS_CP is set).
# They are test fixtures: no plugin jar contains them, so they run from the build's simulators/target.
simulators_classpath() {
  local dir=$OPENIOP_ROOT/simulators/target
  local jar; jar=$(ls "$dir"/openiop-simulators-*.jar 2>/dev/null | grep -v sources | head -1)
  [ -n "$jar" ] && [ -d "$dir/lib" ] || die "the simulators are not built ($dir); run ./mvnw install -DskipTests"
  SIMULATORS_CP="$jar:$dir/lib/*"
}

# start_payer_simulator PORT LOG: the X12 payer simulator (the simulators module's fixture 271s) on
# 127.0.0.1:PORT, and the eligibility-x12 plugin pointed at it (PAYER_PID is set).
start_payer_simulator() {
  local port=$1 log=$2
  simulators_classpath
  nohup java -Xmx128m -cp "$SIMULATORS_CP" org.openiop.simulator.x12.PayerSimulator "$port" >"$log" 2>&1 &
  PAYER_PID=$!
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_ENDPOINT=http://127.0.0.1:$port/x12
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_SENDER_ID=${OPENIOP_PLUGIN_ELIGIBILITY_X12_SENDER_ID:-OPENIOPDEMO}
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_RECEIVER_ID=${OPENIOP_PLUGIN_ELIGIBILITY_X12_RECEIVER_ID:-PAYERSIMULATOR}
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_PROVIDER_NAME=${OPENIOP_PLUGIN_ELIGIBILITY_X12_PROVIDER_NAME:-OpenIOP Demo Clinic}
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_PROVIDER_NPI=${OPENIOP_PLUGIN_ELIGIBILITY_X12_PROVIDER_NPI:-1234567893}
  export OPENIOP_PLUGIN_ELIGIBILITY_X12_USAGE=T
}

# start_bbb_simulator PORT SECRET LOG: a stand-in for BigBlueButton's API (the simulators module's,
# checking every checksum) on 127.0.0.1:PORT, and the plugin pointed at it (BBB_PID is set).
start_bbb_simulator() {
  local port=$1 secret=$2 log=$3
  simulators_classpath
  nohup java -Xmx64m -cp "$SIMULATORS_CP" org.openiop.simulator.bigbluebutton.BigBlueButtonSimulator "$port" "$secret" >"$log" 2>&1 &
  BBB_PID=$!
  export OPENIOP_PLUGIN_VIDEO_BIGBLUEBUTTON_SERVER_URL=http://127.0.0.1:$port/bigbluebutton/
  export OPENIOP_PLUGIN_VIDEO_BIGBLUEBUTTON_SHARED_SECRET=$secret
}

# start_micro WAR PORT POSTBOOT LOG [more Payara Micro options...]
# Clustering stays off (--nocluster) unless MICRO_CLUSTER_ARGS says how to join: Payara Micro would
# otherwise join any instance it finds by multicast. scripts/cluster-lib.sh's start_node sets it.
start_micro() {
  local war=$1 port=$2 postboot=$3 log=$4; shift 4
  # shellcheck disable=SC2086
  # Naming the JSON-P provider spares every Json.create* call (and Payara's check of every bearer
  # token) a search of all the application's jars for one, which serialises requests under load.
  nohup java -Xmx512m -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl ${OPENIOP_JAVA_OPTS:-} -jar "$PAYARA_MICRO_JAR" ${MICRO_CLUSTER_ARGS:---nocluster} --port "$port" --contextroot / \
    --addLibs "$POSTGRES_JDBC_JAR" --prebootcommandfile "$postboot.pre" --postbootcommandfile "$postboot" \
    --deploy "$war" "$@" >"$log" 2>&1 &
  MICRO_PID=$!
}

# wait_micro LOG PID SECONDS: until Payara Micro prints "ready in", or fail.
wait_micro() {
  local log=$1 pid=$2 seconds=$3
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    grep -q "ready in" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

# PostgreSQL from Debian's packages, run as the postgres user when we are root (it refuses root).
pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing PostgreSQL from Debian's packages..."
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 || die "apt-get install postgresql failed."
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    else
      die "PostgreSQL is not installed. Install it (Debian: sudo apt-get install postgresql) and run again."
    fi
  fi
  echo "$bin"
}

as_pg_user() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# start_postgres DIR PORT PASSWORD: a throw-away cluster on 127.0.0.1 with password auth.
start_postgres() {
  local dir=$1 port=$2 password=$3 bin
  bin=$(pg_bin)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  printf '%s\n' "$password" >"$dir/pw" && { [ "$(id -u)" = 0 ] && chown postgres "$dir/pw"; true; }
  as_pg_user "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pw" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >"$dir/initdb.log" 2>&1 \
    || die "initdb failed; see $dir/initdb.log"
  as_pg_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null || die "PostgreSQL did not start; see $dir/postgres.log"
  PG_DIR=$dir
  PG_PORT=$port
  PG_BIN=$bin
}

# create_database NAME [OWNER]: on the cluster start_postgres made, owned by postgres or OWNER.
create_database() {
  as_pg_user "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -q -c "create database $1${2:+ owner $2}" >/dev/null
}

# create_login_role NAME PASSWORD: a role that can sign in with a password and nothing more.
create_login_role() {
  as_pg_user "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -q -v ON_ERROR_STOP=1 \
    -c "create role $1 login password '$2'" >/dev/null || die "could not create the database role $1"
}

# write_pg_control DIR: DIR/stop.sh and DIR/start.sh stop and start the cluster start_postgres made,
# for a test that takes the database away and brings it back (DatabaseDownIT).
write_pg_control() {
  local run=""
  [ "$(id -u)" = 0 ] && run="runuser -u postgres --"
  mkdir -p "$1"
  printf '#!/usr/bin/env bash\nset -e\n%s %q -D %q -m fast stop >/dev/null\n' \
    "$run" "$PG_BIN/pg_ctl" "$PG_DIR/data" >"$1/stop.sh"
  printf '#!/usr/bin/env bash\nset -e\n%s %q -D %q -l %q -w -o %q start >/dev/null\n' \
    "$run" "$PG_BIN/pg_ctl" "$PG_DIR/data" "$PG_DIR/postgres.log" "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" >"$1/start.sh"
}

# ensure_postgres_running: starts the cluster again if a test left it stopped.
ensure_postgres_running() {
  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1 && return 0
  say "PostgreSQL was left stopped; starting it again"
  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null || die "PostgreSQL did not start again"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] && as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
