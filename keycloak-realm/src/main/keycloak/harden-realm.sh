#!/usr/bin/env bash
# What openiop-realm.json cannot say on its own; run once after importing it, and again after any
# re-import (it checks before it creates, so a second run changes nothing).
#
#   1. offline_access leaves the realm's default roles: participants get no offline tokens. The
#      import puts it back whatever the JSON says, so it is removed here.
#   2. The provisioner (openiop-provisioner's service account) may manage the members of the
#      participants group, and nothing else: with only realm-management's query-users and
#      query-groups, and its own client role provisioner, it can
#      create accounts into that group, disable and delete them, but cannot read, reset or give
#      roles to any staff account (Keycloak's fine-grained admin permissions, version 2). Keycloak
#      does not import these permissions reliably (keycloak#44360, #47901), so they are made here.
#
# Usage: harden-realm.sh KCADM SERVER_URL ADMIN_USER ADMIN_PASSWORD [KCADM_CONFIG_FILE]
#   KCADM       path to Keycloak's bin/kcadm.sh (any Keycloak 26 distribution)
#   SERVER_URL  Keycloak's URL, e.g. https://sso.hospital.org
#   ADMIN_USER / ADMIN_PASSWORD  an administrator of the master realm
set -euo pipefail

[ $# -ge 4 ] || { echo "usage: harden-realm.sh KCADM SERVER_URL ADMIN_USER ADMIN_PASSWORD [KCADM_CONFIG_FILE]" >&2; exit 2; }
KCADM=$1 SERVER=$2 ADMIN_USER=$3 ADMIN_PASSWORD=$4
CONFIG=${5:-$(mktemp)}
REALM=openiop
fail() { echo "harden-realm: $*" >&2; exit 1; }
kc() { "$KCADM" "$@" --config "$CONFIG"; }
# value PATH FIELD [query...]: one field of the first match, as plain text.
value() { local path=$1 field=$2; shift 2; kc get "$path" -r "$REALM" "$@" --fields "$field" --format csv --noquotes | head -1; }

kc config credentials --server "$SERVER" --realm master --user "$ADMIN_USER" --password "$ADMIN_PASSWORD" >/dev/null \
  || fail "could not sign in to $SERVER as $ADMIN_USER"

if kc get roles/default-roles-openiop/composites/realm -r "$REALM" --fields name --format csv --noquotes | grep -qx offline_access; then
  kc remove-roles -r "$REALM" --rname default-roles-openiop --rolename offline_access >/dev/null \
    || fail "could not take offline_access out of the default roles"
fi

PERMISSIONS=$(value clients id -q clientId=admin-permissions)
[ -n "$PERMISSIONS" ] || fail "the realm has no admin-permissions client: is adminPermissionsEnabled true in openiop-realm.json?"
PROVISIONER=$(value clients id -q clientId=openiop-provisioner)
[ -n "$PROVISIONER" ] || fail "the realm has no openiop-provisioner client"
GROUP=$(kc get groups -r "$REALM" -q search=participants -q exact=true --fields id,name --format csv --noquotes \
  | awk -F, '$2 == "participants" {print $1; exit}')
[ -n "$GROUP" ] || fail "the realm has no participants group"

AUTHZ="clients/$PERMISSIONS/authz/resource-server"
# A role policy on the provisioner's own client role. Keycloak evaluates a service account's admin
# calls with the client as the identity, so a user policy naming the service-account user never
# matches; and a client policy does not reach the group lookups that creating a user into a group
# makes. The role is required, so no other account passes it.
ROLE=$(kc get "clients/$PROVISIONER/roles/provisioner" -r "$REALM" --fields id --format csv --noquotes) \
  || fail "openiop-provisioner has no role named provisioner: re-import openiop-realm.json"
POLICY=$(value "$AUTHZ/policy" id -q name=openiop-provisioner)
if [ -z "$POLICY" ]; then
  kc create "$AUTHZ/policy/role" -r "$REALM" -s name=openiop-provisioner \
    -s description="The account OpenIOP creates participants' accounts with" \
    -s "roles=[{\"id\": \"$ROLE\", \"required\": true}]" >/dev/null \
    || fail "could not create the provisioner's policy"
  POLICY=$(value "$AUTHZ/policy" id -q name=openiop-provisioner)
fi
if [ -z "$(value "$AUTHZ/permission" id -q name=provisioner-manages-participants)" ]; then
  kc create "$AUTHZ/permission/scope" -r "$REALM" -s name=provisioner-manages-participants \
    -s description="Create, disable and delete participants' accounts; nothing else" \
    -s resourceType=Groups -s "resources=[\"$GROUP\"]" \
    -s 'scopes=["view","view-members","manage-members","manage-membership"]' -s "policies=[\"$POLICY\"]" >/dev/null \
    || fail "could not create the provisioner's permission"
fi
echo "harden-realm: offline_access is not a default role; the provisioner manages participants only"
