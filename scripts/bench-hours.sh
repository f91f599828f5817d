#!/usr/bin/env bash
# ./openiop bench hours: issue 4's measurement. The console's hours report for a program with 50
# groups, 600 participants and 12 weeks of attendance on PostgreSQL: server time, median and p95,
# next to the programs page in the same run (aim: p95 under 500 ms).
# Uses its own ports (26432, 26080, 26180) and target/bench-hours.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
PG=26432; PORT=26080; KC_PORT=26180
bench_begin bench-hours $PG $PORT $KC_PORT
bench_build
bench_prepare

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_hours
say "starting Keycloak and OpenIOP on PostgreSQL..."
bench_openiop openiop_hours
java "${BENCH_CLIENT[@]}" "${BENCH_DB[@]}" org.openiop.bench.HoursReportBenchmark "${BENCH_REQUESTS:-40}" | tee "$WORK/hours.txt"
say "done; figures in $WORK/hours.txt"
