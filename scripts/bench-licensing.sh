#!/usr/bin/env bash
# ./openiop bench licensing: licensing decisions per second with the three bundled rules, through
# the host's path (a guard on every call, answers composed) next to calling the rules directly,
# in the same run and on the same threads (aim: the host adds under 50 %). Needs no services.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_begin bench-licensing
bench_build
java -cp "$CP" org.openiop.bench.LicensingBenchmark \
  "${BENCH_CALLERS:-2}" "${BENCH_SECONDS:-5}" "${BENCH_ROUNDS:-3}" | tee "$WORK/licensing.txt"
