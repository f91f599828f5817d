#!/usr/bin/env bash
# ./openiop backup DIR | ./openiop restore DIR: the quick start's data (./openiop run, under
# OPENIOP_DATA, default .openiop/data), stopped, into a folder and back onto a fresh machine.
#   backup:  the H2 database, Keycloak's realm with its users (Keycloak's own export), the audit
#            checkpoints and the services' secrets; NOT the vault's master key or the audit key,
#            whose fingerprints only are written down: keep copies of both apart (escrow).
#   restore: into an OPENIOP_DATA that has no data yet; the two keys come from the escrow, named
#            by OPENIOP_VAULT_MASTER_KEY_FILE and OPENIOP_AUDIT_KEY_FILE (or already copied into
#            OPENIOP_DATA), and must match the fingerprints. Then ./openiop run.
# Hospital IT backs up PostgreSQL and Keycloak instead: docs/operations.md#backups.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { die "usage: ./openiop backup DIR | ./openiop restore DIR"; }
[ $# -eq 2 ] || usage
command=$1; dir=$2
DATA=${OPENIOP_DATA:-$OPENIOP_ROOT/.openiop/data}
KEYS=(vault-master.key audit.key)

fingerprint() { sha256sum "$1" | cut -c1-64; }

# A copy of a running database is not consistent, and Keycloak's export needs its database to itself.
require_stopped() {
  if pgrep -f -- "$DATA/postboot.asadmin" >/dev/null || pgrep -f -- "$DATA/keycloak" >/dev/null; then
    die "the quick start in $DATA is running; stop ./openiop run (Ctrl-C) first, then run this again."
  fi
}

export_realm() {
  "$DATA/keycloak/bin/kc.sh" export --dir "$1" --realm openiop --users realm_file >"$2" 2>&1 \
    || { tail -20 "$2"; die "Keycloak's export failed; see $2"; }
}

backup() {
  [ -f "$DATA/h2/openiop.mv.db" ] && [ -x "$DATA/keycloak/bin/kc.sh" ] \
    || die "no quick-start data in $DATA to back up (./openiop run makes it)."
  [ ! -e "$dir" ] || [ -z "$(ls -A "$dir")" ] || die "$dir is not empty; give a new folder."
  require_stopped
  mkdir -p "$dir/keycloak"
  dir=$(cd "$dir" && pwd)
  cp "$DATA/h2/openiop.mv.db" "$dir/openiop.mv.db"
  export_realm "$dir/keycloak" "$dir/keycloak-export.log"
  rm -f "$dir/keycloak-export.log"
  (umask 077; cp "$DATA/secrets.env" "$dir/secrets.env")
  [ -f "$DATA/audit-checkpoints.jsonl" ] && cp "$DATA/audit-checkpoints.jsonl" "$dir/"
  {
    echo "OpenIOP quick-start backup of $DATA, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "Not in this backup, by design (escrow them apart from it; restore needs both):"
    for key in "${KEYS[@]}"; do
      [ -f "$DATA/$key" ] && echo "key $key sha256 $(fingerprint "$DATA/$key")"
    done
  } >"$dir/MANIFEST.txt"
  say "backed up $DATA to $dir."
  say "Not in it, by design: $DATA/vault-master.key and $DATA/audit.key. Keep copies of both apart from this backup; restoring needs them."
}

restore() {
  [ -f "$dir/openiop.mv.db" ] && [ -f "$dir/MANIFEST.txt" ] && [ -d "$dir/keycloak" ] \
    || die "$dir is not an OpenIOP backup (no openiop.mv.db, MANIFEST.txt and keycloak/)."
  dir=$(cd "$dir" && pwd)
  [ ! -e "$DATA/h2/openiop.mv.db" ] && [ ! -e "$DATA/keycloak" ] \
    || die "$DATA already has data; move it away (or point OPENIOP_DATA at an empty folder) and run this again."
  require_jdk
  fetch_tools
  mkdir -p "$DATA/h2" "$DATA/logs"
  local key wanted source
  for key in "${KEYS[@]}"; do
    wanted=$(sed -n "s/^key $key sha256 //p" "$dir/MANIFEST.txt")
    [ -n "$wanted" ] || continue
    case "$key" in
      vault-master.key) source=${OPENIOP_VAULT_MASTER_KEY_FILE:-$DATA/$key} ;;
      audit.key) source=${OPENIOP_AUDIT_KEY_FILE:-$DATA/$key} ;;
    esac
    [ -f "$source" ] || die "restoring needs the escrowed $key: copy it to $DATA/$key, or name it in OPENIOP_VAULT_MASTER_KEY_FILE or OPENIOP_AUDIT_KEY_FILE."
    [ "$(fingerprint "$source")" = "$wanted" ] \
      || die "$source is not the $key this backup was made with (its SHA-256 differs from MANIFEST.txt)."
    [ "$source" = "$DATA/$key" ] || (umask 077; cp "$source" "$DATA/$key")
  done
  cp "$dir/openiop.mv.db" "$DATA/h2/openiop.mv.db"
  (umask 077; cp "$dir/secrets.env" "$DATA/secrets.env")
  [ -f "$dir/audit-checkpoints.jsonl" ] && cp "$dir/audit-checkpoints.jsonl" "$DATA/"
  unpack_keycloak "$DATA/keycloak"
  # The export holds the openiop realm only; Keycloak's own admin (master realm) is made again here,
  # with the password the restored secrets.env gives ./openiop run.
  local admin_password; admin_password=$(sed -n 's/^KC_ADMIN_PASSWORD=//p' "$DATA/secrets.env")
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
    "$DATA/keycloak/bin/kc.sh" import --dir "$dir/keycloak" >"$DATA/logs/keycloak-import.log" 2>&1 \
    || { tail -20 "$DATA/logs/keycloak-import.log"; die "Keycloak's import failed; see $DATA/logs/keycloak-import.log"; }
  say "restored $dir into $DATA; start it with ./openiop run."
}

case "$command" in
  backup) backup ;;
  restore) restore ;;
  *) usage ;;
esac
