#!/usr/bin/env bash
# Checks that ./openiop run fails the way the README promises, before it starts anything:
#   - no JDK on the PATH            -> one line saying what to install
#   - a JDK other than 17           -> one line naming the version found and the one needed
#   - its port already in use       -> one line naming the port and the setting that changes it
# Usage: check-commands.sh BUSY_PORT   (a port something is listening on right now)
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
busy=$1
(exec 3<>"/dev/tcp/127.0.0.1/$busy") 2>/dev/null || { echo "check-commands: nothing listens on port $busy" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failed=0

# expect NAME WANTED_TEXT COMMAND...: the command must fail with exactly one line of output containing WANTED_TEXT.
expect() {
  local name=$1 wanted=$2; shift 2
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [ $rc -ne 0 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && [[ "$out" == *"$wanted"* ]]; then
    echo "    ok: $name"
  else
    echo "    FAILED: $name (exit $rc): $out"; failed=1
  fi
}

# A PATH with the shell tools the scripts need but no java.
mkdir -p "$tmp/nojava" "$tmp/java11"
for t in bash env dirname sed head cat id tr pwd; do ln -s "$(command -v $t)" "$tmp/nojava/$t"; done
expect "no JDK" "Install a JDK 17" env -i PATH="$tmp/nojava" HOME="$HOME" "$root/openiop" run

# A java that says it is 11.
cp -P "$tmp"/nojava/* "$tmp/java11/"
printf '#!/bin/sh\necho '"'"'openjdk version "11.0.22" 2024-01-16'"'"' >&2\n' >"$tmp/java11/java"
printf '#!/bin/sh\nexit 0\n' >"$tmp/java11/javac"
chmod +x "$tmp/java11/java" "$tmp/java11/javac"
expect "JDK 11" "Java 11 found; OpenIOP needs Java 17" env -i PATH="$tmp/java11" HOME="$HOME" "$root/openiop" run

expect "port in use" "port $busy is already in use; stop what uses it or set OPENIOP_PORT" \
  env OPENIOP_PORT="$busy" "$root/openiop" run

exit $failed
