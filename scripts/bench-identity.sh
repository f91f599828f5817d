#!/usr/bin/env bash
# ./openiop bench identity: issue 3's two measurements, each next to its baseline in the same run.
#   1. audit appends per second on PostgreSQL with 8 concurrent writers, against plain inserts into an
#      unchained table of the same shape (aim: at least half the plain rate)
#   2. the console's participants page with 100,000 participants on PostgreSQL: server time for the
#      first page and a filtered page, median and p95, against the 3-row programs page (aim: p95 < 300 ms)
# Uses its own ports (25432, 28080, 28180) and target/bench-identity.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
PG=25432; PORT=28080; KC_PORT=28180
bench_begin bench-identity $PG $PORT $KC_PORT
bench_build
bench_prepare

start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_audit
create_database openiop_page

say "1/2 audit appends: 8 writers, 3 rounds of 10 s each for plain inserts and for audit appends..."
java -cp "$CP" org.openiop.bench.AuditAppendBenchmark "jdbc:postgresql://127.0.0.1:$PG/openiop_audit" postgres "$DB_PASSWORD" \
  "${BENCH_WRITERS:-8}" "${BENCH_SECONDS:-10}" "${BENCH_ROUNDS:-3}" | tee "$WORK/audit.txt"

say "2/2 participants page: starting Keycloak and OpenIOP on PostgreSQL..."
bench_openiop openiop_page
java "${BENCH_CLIENT[@]}" "${BENCH_DB[@]}" org.openiop.bench.ParticipantsPageBenchmark "${BENCH_REQUESTS:-200}" | tee "$WORK/page.txt"
say "done; figures in $WORK/audit.txt and $WORK/page.txt"
