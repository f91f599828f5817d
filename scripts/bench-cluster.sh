#!/usr/bin/env bash
# ./openiop bench cluster: what the balancer and a second node do to joins (issue 17). PostgreSQL,
# Keycloak and two Payara Micro nodes of one data grid; the join harness (JoinThroughputBenchmark:
# 50 clients, closed loop, then 20 joins a second offered) runs three times in the same run:
#   1. straight at node1, no balancer                         (baseline)
#   2. through HAProxy with node2 drained: one node behind the balancer
#   3. through HAProxy with both nodes
# Each prints joins per second, median and p99, next to the bare token-checked endpoint measured
# in the same row. On a 2-core machine both nodes share the same two cores, so the second node
# adds no capacity here; the figures show what the balancer costs and that the cluster holds the
# rate. Uses its own ports (28432, 28180, 28500-28511) and target/bench-cluster.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/cluster-lib.sh"
PG=28432; KC_PORT=28180; LB=28500; ADMIN=28504; NODE1=28501; NODE2=28502; GRID=28510
PORT=$NODE1
bench_begin bench-cluster $PG $KC_PORT $LB $ADMIN $NODE1 $NODE2 $GRID $((GRID + 1))
bench_build
bench_prepare
bench_jaas_key
HAPROXY_PID=""; NODE_PIDS=()
bench_stopping() {
  stop_pid "$HAPROXY_PID"
  for pid in ${NODE_PIDS[@]+"${NODE_PIDS[@]}"}; do stop_pid "$pid"; done
}

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_cluster
say "starting Keycloak, two OpenIOP nodes on PostgreSQL and HAProxy..."
start_keycloak "$WORK/keycloak" "$KC_PORT" "http://localhost:$LB" true "$WORK/logs/keycloak.log"
write_micro_postboot "$WORK/node.asadmin" postgres 127.0.0.1 "$PG" openiop_cluster postgres "$DB_PASSWORD"
for i in 1 2; do
  OPENIOP_KEYCLOAK_URL=http://localhost:$KC_PORT OPENIOP_DEMO_DATA=true \
    start_node "$i" 2 "$OPENIOP_ROOT/micro/target/openiop.war" $((NODE1 + i - 1)) "$GRID" "$WORK/node.asadmin" "$WORK/logs/node$i.log"
  NODE_PIDS+=("$NODE_PID")
done
write_haproxy_cfg "$WORK/haproxy.cfg" "$LB" "$ADMIN" "$NODE1" "$NODE2"
start_haproxy "$WORK/haproxy.cfg" "$WORK/logs/haproxy.log"
bench_keycloak_ready
for i in 1 2; do
  wait_micro "$WORK/logs/node$i.log" "${NODE_PIDS[$((i - 1))]}" 300 || die "node $i did not start; see $WORK/logs/node$i.log"
done
wait_haproxy_up "$ADMIN" 2 120 || die "HAProxy did not see both nodes ready"

# harness LABEL URL: the join harness against URL (50 clients), node1's CPU and memory measured.
harness() {
  say "$1: enrolling 50 participants, then loading (10 s warm-up and 20 s measured per row)..."
  java "${BENCH_CLIENT[@]}" -Dopeniop.url="$2" -Xmx512m -Dmicro.pid="${NODE_PIDS[0]}" -Dbench.levels=50 \
    org.openiop.bench.JoinThroughputBenchmark 50 | tee "$WORK/$3.txt"
}
harness "1. node1 alone, no balancer (baseline)" "http://localhost:$NODE1" direct
haproxy_admin "$ADMIN" "set server ready/node2 state drain" >/dev/null
haproxy_admin "$ADMIN" "set server live/node2 state drain" >/dev/null
harness "2. one node behind HAProxy (node2 drained)" "http://localhost:$LB" one-node
haproxy_admin "$ADMIN" "set server ready/node2 state ready" >/dev/null
haproxy_admin "$ADMIN" "set server live/node2 state ready" >/dev/null
wait_haproxy_up "$ADMIN" 2 60 || die "node2 did not come back behind HAProxy"
harness "3. two nodes behind HAProxy" "http://localhost:$LB" two-nodes

echo
say "summary (joins per second and p99 at 50 clients, closed loop; then 20 joins/s offered):"
for run in direct one-node two-nodes; do
  printf '  %-10s %s\n' "$run" "$(grep -E '^50 clients: joins|^50 clients, 20 joins' "$WORK/$run.txt" | tr '\n' ' ')"
done
say "done; figures in $WORK/*.txt"
