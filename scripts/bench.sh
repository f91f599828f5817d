#!/usr/bin/env bash
# ./openiop bench: start-up time and idle memory, each next to its baseline measured in the same run.
#   1. bare Payara Micro deploying an empty WAR: seconds from launch to "ready"       (baseline)
#   2. Payara Micro deploying OpenIOP on a fresh H2: seconds from launch to "ready"  (aim: <= 1.5 x baseline)
#   3. the whole ./openiop run (Keycloak and OpenIOP, warm machine): seconds to its "ready" line
#   4. resident memory (RSS) of each Payara Micro process after 20 s idle
# Each of 1 and 2 runs BENCH_ROUNDS times (default 3), alternating; the median is reported.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
ROUNDS=${BENCH_ROUNDS:-3}
PORT=28080; KC_PORT=28180
bench_begin bench $PORT $KC_PORT
WAR=$OPENIOP_ROOT/micro/target/openiop.war
[ -f "$WAR" ] || { say "building..."; mvnw install -DskipTests >/dev/null; }
fetch_tools

# An empty web application: nothing but a descriptor.
mkdir -p "$WORK/empty/WEB-INF"
printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' >"$WORK/empty/WEB-INF/web.xml"
(cd "$WORK/empty" && jar cf "$WORK/empty.war" WEB-INF)
echo "" >"$WORK/empty.asadmin"; echo "" >"$WORK/empty.asadmin.pre"

# boot NAME WAR POSTBOOT: prints "seconds rss_mb"
boot() {
  local name=$1 war=$2 postboot=$3 t0 t1 rss
  t0=$(date +%s.%N)
  OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_OIDC_CLIENT_SECRET=bench OPENIOP_DEMO_DATA=true \
    OPENIOP_VAULT_MASTER_KEY=$(head -c 32 /dev/urandom | base64) OPENIOP_AUDIT_KEY=$(head -c 32 /dev/urandom | base64) OPENIOP_AUDIT_CHECKPOINT_FILE=$WORK/$name-checkpoints.jsonl \
    start_micro "$war" "$PORT" "$postboot" "$WORK/$name.log"
  wait_micro "$WORK/$name.log" "$MICRO_PID" 300 || die "$name did not start; see $WORK/$name.log"
  t1=$(date +%s.%N)
  sleep 20
  rss=$(( $(ps -o rss= -p "$MICRO_PID") / 1024 ))
  stop_pid "$MICRO_PID"
  wait_port_closed "$PORT"
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

bare=(); app=(); bare_rss=(); app_rss=()
for i in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/h2"; mkdir -p "$WORK/h2"
  write_micro_postboot "$WORK/app.asadmin" h2 "$WORK/h2/openiop"
  read -r s m < <(boot "bare-$i" "$WORK/empty.war" "$WORK/empty.asadmin"); bare+=("$s"); bare_rss+=("$m")
  read -r s m < <(boot "app-$i" "$WAR" "$WORK/app.asadmin"); app+=("$s"); app_rss+=("$m")
  say "round $i: bare ${bare[-1]} s (${bare_rss[-1]} MB), OpenIOP ${app[-1]} s (${app_rss[-1]} MB)"
done
B=$(printf '%s\n' "${bare[@]}" | median); A=$(printf '%s\n' "${app[@]}" | median)
BR=$(printf '%s\n' "${bare_rss[@]}" | median); AR=$(printf '%s\n' "${app_rss[@]}" | median)

ratio=$(awk -v a="$A" -v b="$B" 'BEGIN {printf "%.2f", a / b}')
cat <<REPORT

Start-up, median of $ROUNDS rounds on $(nproc) cores, $(java -version 2>&1 | head -1):
  bare Payara Micro $PAYARA_VERSION, empty WAR   ${B} s   RSS ${BR} MB (idle 20 s)
  OpenIOP on Payara Micro (H2, first start)   ${A} s   RSS ${AR} MB (idle 20 s)
  ratio OpenIOP / bare                         ${ratio}   (aim: at most 1.50)
REPORT

say "timing ./openiop run (Keycloak and OpenIOP, fresh data, warm caches)..."
OPENIOP_DATA=$WORK/run OPENIOP_PORT=$PORT OPENIOP_KEYCLOAK_PORT=$KC_PORT "$OPENIOP_ROOT/openiop" run >"$WORK/run.log" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 300); do grep -q "OpenIOP is ready" "$WORK/run.log" && break; kill -0 $RUN_PID 2>/dev/null || break; sleep 1; done
RUN=$(sed -n 's/.*OpenIOP is ready (\([0-9]*\) s).*/\1/p' "$WORK/run.log")
kill -TERM $RUN_PID 2>/dev/null || true; wait $RUN_PID 2>/dev/null || true
[ -n "$RUN" ] || die "./openiop run did not become ready; see $WORK/run.log"

echo "  ./openiop run, Keycloak + OpenIOP, to ready  ${RUN} s (fresh data; both start side by side)"
