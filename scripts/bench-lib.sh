# The preamble the ./openiop bench scripts share: sourced (after lib.sh, which it sources), not run.
# A benchmark script keeps only what is its own: its ports, its database, its harness and its report.
#
#   bench_begin DIR PORT...   JDK checked, the ports free, WORK=target/DIR made afresh (with logs/)
#   bench_build               the project built and installed; CP is the benchmarks module's classpath
#   bench_prepare             the runtimes fetched, this run's secrets exported, everything started
#                             stopped on exit (define bench_stopping to do something first)
#   bench_jaas_key            video-jitsi in JaaS mode with a key made for this run
#   bench_openiop DATABASE    Keycloak and OpenIOP (Payara Micro, PostgreSQL DATABASE) started and ready
#   java "${BENCH_CLIENT[@]}" [OPTIONS...] CLASS ARGS...   a harness run against them (after bench_prepare)
# The scripts name their ports PG, PORT and KC_PORT.

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_begin() {
  local dir=$1; shift
  require_jdk
  for p in "$@"; do port_free "$p"; done
  WORK=$OPENIOP_ROOT/target/$dir; rm -rf "$WORK"; mkdir -p "$WORK/logs"
}

bench_build() {
  say "building (the benchmark drives the project's own code)..."
  mvnw install -DskipTests >"$WORK/logs/build.log" 2>&1 || { tail -20 "$WORK/logs/build.log"; die "build failed"; }
  mvnw -pl benchmarks dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
  CP=$OPENIOP_ROOT/benchmarks/target/classes:$(cat "$WORK/cp.txt")
}

bench_prepare() {
  fetch_tools
  export_run_secrets
  export OPENIOP_AUDIT_CHECKPOINT_FILE=$WORK/audit-checkpoints.jsonl
  DB_PASSWORD=$(random_secret)
  KEYCLOAK_PID=""; MICRO_PID=""; PAYER_PID=""
  trap bench_stop EXIT INT TERM
  # An array rather than a function, so that a harness started with & is the java process itself.
  BENCH_CLIENT=(-cp "$CP" -Dopeniop.url="http://localhost:$PORT" -Dkeycloak.url="http://localhost:$KC_PORT"
    -Doidc.client.secret="$OPENIOP_OIDC_CLIENT_SECRET")
}

bench_stop() {
  trap - EXIT INT TERM
  # A script's own last step (a profile dumped, its harness stopped) must not keep the rest from stopping.
  if declare -F bench_stopping >/dev/null; then bench_stopping || true; fi
  stop_pid "$MICRO_PID"; stop_pid "$KEYCLOAK_PID"; stop_pid "$PAYER_PID"; stop_postgres
}

# The groups' video plugin: video-jitsi in JaaS mode signs RS256 tokens locally (no vendor is called).
bench_jaas_key() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jaas-key.pem" 2>/dev/null || die "openssl is needed"
  export OPENIOP_PLUGIN_VIDEO_JITSI_MODE=jaas OPENIOP_PLUGIN_VIDEO_JITSI_APP_ID=vpaas-magic-cookie-openiopbench
  export OPENIOP_PLUGIN_VIDEO_JITSI_KEY_ID=vpaas-magic-cookie-openiopbench/bench OPENIOP_PLUGIN_VIDEO_JITSI_PRIVATE_KEY="$WORK/jaas-key.pem"
}

# bench_start_micro NAME: OpenIOP on the database bench_openiop (or the script) configured in
# $WORK/micro.asadmin, with the demo data, logging to $WORK/logs/NAME.log.
bench_start_micro() {
  OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
    start_micro "$OPENIOP_ROOT/micro/target/openiop.war" "$PORT" "$WORK/micro.asadmin" "$WORK/logs/$1.log"
}

# bench_wait_micro NAME [SECONDS]: until that OpenIOP is ready (its health within SECONDS, default 60).
bench_wait_micro() {
  wait_micro "$WORK/logs/$1.log" "$MICRO_PID" 240 && wait_http "http://localhost:$PORT/health/ready" "${2:-60}" "$MICRO_PID" \
    || die "OpenIOP did not become ready; see $WORK/logs/$1.log"
}

# bench_keycloak: Keycloak with the realm and the demo users, for OpenIOP on PORT.
bench_keycloak() {
  start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$PORT" true "$WORK/logs/keycloak.log"
}

# bench_keycloak_ready: the harnesses sign the demo staff in many times within one code's 30 s.
bench_keycloak_ready() {
  keycloak_ready 240 || die "Keycloak did not start"
  allow_code_reuse
}

# bench_openiop DATABASE: Keycloak and OpenIOP side by side, on the bench's PostgreSQL database;
# BENCH_DB holds the harness options that reach that database as its owner.
bench_openiop() {
  bench_keycloak
  write_micro_postboot "$WORK/micro.asadmin" postgres 127.0.0.1 "$PG" "$1" postgres "$DB_PASSWORD"
  bench_start_micro micro
  bench_keycloak_ready
  bench_wait_micro micro
  BENCH_DB=(-Dopeniop.db.url="jdbc:postgresql://127.0.0.1:$PG/$1" -Dopeniop.db.user=postgres -Dopeniop.db.password="$DB_PASSWORD")
}

