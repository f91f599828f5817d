# Shell functions for OpenIOP as a cluster: Payara Micro nodes joined through Payara's data grid
# (Hazelcast) with explicit TCP discovery, behind HAProxy. Sourced after lib.sh, not run.
# Used by ./openiop cluster and by the cluster tier of ./openiop test.

CLUSTER_NAME=${OPENIOP_CLUSTER_NAME:-openiop}

# cluster_members GRID_BASE N: the data grid's member list, "127.0.0.1:5900,127.0.0.1:5901,...".
# Every node is named explicitly: no multicast, and a stranger on the network is not searched for.
cluster_members() {
  local base=$1 n=$2 i out=""
  for i in $(seq 0 $((n - 1))); do out+="${out:+,}127.0.0.1:$((base + i))"; done
  echo "$out"
}

# start_node I N WAR HTTP_PORT GRID_BASE POSTBOOT LOG [more Payara Micro options...]
# Node I (1-based) of N: its data grid port is GRID_BASE+I-1, and it lists every node's port.
# NODE_PID is set, and DIR/nodeI.pid is written when CLUSTER_DIR is set (for a test that kills it).
start_node() {
  local i=$1 n=$2 war=$3 port=$4 grid=$5 postboot=$6 log=$7; shift 7
  MICRO_CLUSTER_ARGS="--clustermode tcpip:$(cluster_members "$grid" "$n") --startport $((grid + i - 1)) --interfaces 127.0.0.1 --clustername $CLUSTER_NAME --name node$i" \
    start_micro "$war" "$port" "$postboot" "$log" "$@"
  NODE_PID=$MICRO_PID
  # A node killed on purpose (a test's kill -9) is not news for the shell to report.
  disown "$NODE_PID" 2>/dev/null || true
  [ -n "${CLUSTER_DIR:-}" ] && echo "$NODE_PID" >"$CLUSTER_DIR/node$i.pid"
  return 0
}

# write_haproxy_cfg FILE PORT ADMIN_PORT NODE_PORT...
# One address for users (PORT, plain HTTP on loopback; a hospital terminates TLS here), the runtime
# API on ADMIN_PORT (loopback only) for draining a node.
#   - Sticky: the first answer sets OPENIOP_NODE, so a signed-in user stays on the node that holds
#     their web session. When that node dies the cookie names a server that is down, and the user
#     goes to another node, which signs them in again through Keycloak's single sign-on (no
#     password) - docs/operations.md says why sessions are not replicated.
#   - Health: a node gets new users only while /health/ready says UP. When every node is not ready
#     at once, the cause is shared (PostgreSQL or Keycloak away), so the nodes that are alive
#     (/health/live) answer: the app's own friendly 503, or service as usual for the signed-in.
#   - A request whose connection could not be made is sent to another node (retry-on
#     conn-failure); one that reached a node is never sent twice, so a join is never repeated.
#   - No client address or path is logged (docs/anonymity.md, invariant 8): only state changes and errors.
write_haproxy_cfg() {
  local file=$1 port=$2 admin=$3; shift 3
  local i=0 servers=""
  for p in "$@"; do
    i=$((i + 1))
    servers+="    server node$i 127.0.0.1:$p cookie node$i"$'\n'
  done
  cat >"$file" <<CFG
global
    log stderr format raw local0 info
    stats socket ipv4@127.0.0.1:$admin level admin
    maxconn 4000

defaults
    mode http
    log global
    log-format "%tr %b/%s %ST %Tt %tsc"
    option dontlog-normal
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # A node busy starting (or timers firing) may take more than the check interval to answer.
    timeout check 3s
    retries 3
    option redispatch 1
    retry-on conn-failure

frontend openiop
    bind 127.0.0.1:$port
    http-request set-header X-Forwarded-Proto http
    use_backend live if { nbsrv(ready) lt 1 }
    default_backend ready

$(haproxy_backend ready /health/ready 2 "$servers")

$(haproxy_backend live /health/live 1 "$servers")

CFG
}

# haproxy_backend NAME HEALTH_PATH RISE SERVERS: one backend of write_haproxy_cfg. Both share the
# nodes and the sticky cookie, so a user keeps their node whichever backend serves them.
haproxy_backend() {
  cat <<BACKEND
backend $1
    balance roundrobin
    cookie OPENIOP_NODE insert indirect nocache httponly attr "SameSite=Lax"
    option httpchk GET $2
    http-check expect status 200
    default-server check inter 1s fall 2 rise $3
$4
BACKEND
}

# start_haproxy CFG LOG: HAPROXY_PID is set. Checks the configuration first.
start_haproxy() {
  local cfg=$1 log=$2
  require_tools haproxy
  haproxy -c -q -f "$cfg" || die "HAProxy refused its configuration $cfg"
  nohup haproxy -db -f "$cfg" >"$log" 2>&1 &
  HAPROXY_PID=$!
}

# haproxy_admin ADMIN_PORT COMMAND: one command to HAProxy's runtime API; prints the answer.
# e.g. haproxy_admin 18404 "set server ready/node1 state drain"
haproxy_admin() {
  local port=$1 command=$2
  exec 7<>"/dev/tcp/127.0.0.1/$port" || die "HAProxy's runtime API does not answer on $port"
  printf '%s\n' "$command" >&7
  cat <&7
  exec 7<&-
}

# wait_haproxy_up ADMIN_PORT N SECONDS: until N servers of the ready backend are UP; otherwise
# prints what HAProxy last saw of each (its check's status and description) and fails.
wait_haproxy_up() {
  local admin=$1 n=$2 seconds=$3 end=$((SECONDS + $3)) up
  while [ $SECONDS -lt $end ]; do
    up=$(haproxy_admin "$admin" "show servers state ready" | awk '$4 ~ /^node/ && $6 == 2' | wc -l)
    [ "$up" -ge "$n" ] && return 0
    sleep 1
  done
  haproxy_admin "$admin" "show stat" | awk -F, '$1 == "ready" && $2 ~ /^node/ {print "  " $2 ": " $18 ", last check " $37 " " $57}' >&2
  return 1
}
