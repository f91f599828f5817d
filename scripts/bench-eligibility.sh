#!/usr/bin/env bash
# ./openiop bench eligibility: issue 6's two measurements.
#   1. 271 documents parsed per second by eligibility-x12, next to StAEDI alone reading the same
#      bytes without mapping, in the same JVM (no services needed).
#   2. a coverage check of a program with 1,000 participants (BENCH_PARTICIPANTS) against the X12
#      payer simulator, on Payara Micro with PostgreSQL: total time and progress updates seen
#      (aim: under 60 s on 2 cores).
# Uses its own ports (27432, 27080, 27180, 27290) and target/bench-eligibility.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
PG=27432; PORT=27080; KC_PORT=27180; PAYER=27290
bench_begin bench-eligibility $PG $PORT $KC_PORT $PAYER
bench_build

# X12ParseBenchmark reads the plugin's package-private classes, so it stays in the plugin's test sources.
X12=$OPENIOP_ROOT/plugins/eligibility-x12/target
mvnw -pl plugins/eligibility-x12 dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/x12-cp.txt" >/dev/null
say "1/2 parsing 271s"
java -cp "$X12/classes:$X12/test-classes:$(cat "$WORK/x12-cp.txt")" org.openiop.plugin.eligibility.x12.X12ParseBenchmark \
  "${BENCH_DOCUMENTS:-20000}" 7 2>/dev/null | tee "$WORK/parse.txt"

say "2/2 a program's coverage check"
bench_prepare
start_postgres "$WORK/postgres" "$PG" "$DB_PASSWORD"
create_database openiop_eligibility
say "starting the payer simulator, Keycloak and OpenIOP on PostgreSQL..."
start_payer_simulator "$PAYER" "$WORK/logs/payer-simulator.log"
bench_openiop openiop_eligibility
java "${BENCH_CLIENT[@]}" "${BENCH_DB[@]}" org.openiop.bench.EligibilityBatchBenchmark "${BENCH_PARTICIPANTS:-1000}" | tee "$WORK/batch.txt"
say "done; figures in $WORK/parse.txt and $WORK/batch.txt"
