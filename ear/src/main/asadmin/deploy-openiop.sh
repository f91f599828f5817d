#!/usr/bin/env bash
# Sets up a running Payara Server 6 domain for OpenIOP and deploys openiop.ear:
# the PostgreSQL driver, pool and jdbc/openiop resource, the Keycloak settings (secrets as
# password aliases, never in domain.xml), hardened HTTP listeners, then the EAR.
# Safe to run again: it replaces what it created before.
#
# Settings (environment):
#   ASADMIN                 path to asadmin                          (default: asadmin on PATH)
#   ASADMIN_OPTS            e.g. "--host localhost --port 4848 --user admin --passwordfile /root/pw"
#   OPENIOP_EAR             path to openiop.ear                      (required)
#   POSTGRES_JDBC_JAR       path to the PostgreSQL JDBC driver jar   (required)
#   OPENIOP_DB_HOST, OPENIOP_DB_PORT (5432), OPENIOP_DB_NAME (openiop), OPENIOP_DB_USER (openiop)
#   OPENIOP_DB_PASSWORD     database password                        (required; stored as alias)
#   OPENIOP_DB_SCHEMA_USER, OPENIOP_DB_SCHEMA_PASSWORD  the role that owns the schema and migrates it
#                           (recommended; docs/operations.md#postgresql-roles). OpenIOP then runs as OPENIOP_DB_USER
#                           with no right to change or delete audit rows; without it, one role does both.
#   OPENIOP_KEYCLOAK_URL    Keycloak's public URL, e.g. https://sso.hospital.org (required)
#   OPENIOP_OIDC_CLIENT_SECRET  secret of the openiop-web client     (required; stored as alias)
#   OPENIOP_PROVISIONER_SECRET  secret of the openiop-provisioner client, which creates participants'
#                               accounts                             (required; stored as alias)
#   OPENIOP_VAULT_MASTER_KEY_FILE  path, on the server, of the identity vault's master key: 32 random
#                               bytes in Base64, readable only by Payara's user (required unless
#                               OPENIOP_VAULT_MASTER_KEY is given; keep a copy in your key escrow)
#   OPENIOP_VAULT_MASTER_KEY    the same key as text instead of a file (stored as alias)
#   OPENIOP_AUDIT_KEY_FILE  path, on the server, of the audit key (32 random bytes in Base64, another key
#                           than the vault's) that marks and links the audit trail (required unless
#                           OPENIOP_AUDIT_KEY is given; auditors need it to verify exports)
#   OPENIOP_AUDIT_KEY       the same key as text instead of a file (stored as alias)
#   OPENIOP_AUDIT_CHECKPOINT_FILE  where signed checkpoints of the audit chain are appended, outside the
#                           database (default: openiop-audit-checkpoints.jsonl in the domain's config folder)
#   OPENIOP_HTTP_LISTENERS  listeners to harden (default: "http-listener-1 http-listener-2")
#   OPENIOP_DEMO_DATA       true adds three demo programs (evaluation and tests only; default false)
#   OPENIOP_PROGRAM_ADMINS_GLOBAL  Keycloak usernames (comma-separated) of program admins whose scope is
#                           every program: plugins, their settings, any clinician's credentials
#                           (default: none; every other program admin runs the programs assigned to them)
#   PAYARA_DOMAIN           the local domain to restart (default: domain1); PAYARA_DOMAIN_DIR if not the default
# Run it on the server's host: the domain is stopped and started once to load the driver and
# the listener settings.
set -euo pipefail

fail() { echo "deploy-openiop: $*" >&2; exit 1; }
need() { [ -n "${!1:-}" ] || fail "set $1 (see the header of this script)"; }

ASADMIN=${ASADMIN:-asadmin}
read -r -a OPTS <<<"${ASADMIN_OPTS:-}"
for v in OPENIOP_EAR POSTGRES_JDBC_JAR OPENIOP_DB_HOST OPENIOP_DB_PASSWORD OPENIOP_KEYCLOAK_URL OPENIOP_OIDC_CLIENT_SECRET \
    OPENIOP_PROVISIONER_SECRET; do need "$v"; done
[ -n "${OPENIOP_VAULT_MASTER_KEY_FILE:-}${OPENIOP_VAULT_MASTER_KEY:-}" ] \
  || fail "set OPENIOP_VAULT_MASTER_KEY_FILE (or OPENIOP_VAULT_MASTER_KEY): the identity vault stays closed without its master key"
[ -n "${OPENIOP_AUDIT_KEY_FILE:-}${OPENIOP_AUDIT_KEY:-}" ] \
  || fail "set OPENIOP_AUDIT_KEY_FILE (or OPENIOP_AUDIT_KEY): nothing audited can happen without the audit key"
[ -n "${OPENIOP_DB_SCHEMA_USER:-}" ] && need OPENIOP_DB_SCHEMA_PASSWORD
[ -f "$OPENIOP_EAR" ] || fail "no EAR at $OPENIOP_EAR"
[ -f "$POSTGRES_JDBC_JAR" ] || fail "no PostgreSQL driver at $POSTGRES_JDBC_JAR"
DB_PORT=${OPENIOP_DB_PORT:-5432}
DB_NAME=${OPENIOP_DB_NAME:-openiop}
DB_USER=${OPENIOP_DB_USER:-openiop}
LISTENERS=${OPENIOP_HTTP_LISTENERS:-"http-listener-1 http-listener-2"}
DOMAIN=${PAYARA_DOMAIN:-domain1}

as() { "$ASADMIN" "${OPTS[@]}" "$@"; }
quietly() { as "$@" >/dev/null 2>&1 || true; }

# alias_set NAME VALUE: a password alias, created or updated. The value travels in a temporary
# password file (with the admin password from ASADMIN_OPTS' --passwordfile, if any), never on
# the command line where ps would show it.
alias_set() {
  local f opts=() admin_file=""
  f=$(mktemp); chmod 600 "$f"
  for ((i = 0; i < ${#OPTS[@]}; i++)); do
    if [ "${OPTS[$i]}" = "--passwordfile" ]; then admin_file=${OPTS[$((i + 1))]}; i=$((i + 1)); else opts+=("${OPTS[$i]}"); fi
  done
  [ -n "$admin_file" ] && grep -v '^AS_ADMIN_ALIASPASSWORD=' "$admin_file" >"$f"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" >>"$f"
  quietly delete-password-alias "$1"
  "$ASADMIN" "${opts[@]}" --passwordfile "$f" create-password-alias "$1" >/dev/null \
    || { rm -f "$f"; fail "could not create password alias $1"; }
  rm -f "$f"
}

echo "deploy-openiop: PostgreSQL driver"
if ! as list-libraries --type common 2>/dev/null | grep -q "$(basename "$POSTGRES_JDBC_JAR")"; then
  as add-library --type common "$POSTGRES_JDBC_JAR" >/dev/null
fi

echo "deploy-openiop: secrets as password aliases"
alias_set openiop-db-password "$OPENIOP_DB_PASSWORD"
alias_set openiop-oidc-client-secret "$OPENIOP_OIDC_CLIENT_SECRET"
alias_set openiop-provisioner-secret "$OPENIOP_PROVISIONER_SECRET"
[ -n "${OPENIOP_VAULT_MASTER_KEY:-}" ] && alias_set openiop-vault-master-key "$OPENIOP_VAULT_MASTER_KEY"
[ -n "${OPENIOP_AUDIT_KEY:-}" ] && alias_set openiop-audit-key "$OPENIOP_AUDIT_KEY"
[ -n "${OPENIOP_DB_SCHEMA_USER:-}" ] && alias_set openiop-db-schema-password "$OPENIOP_DB_SCHEMA_PASSWORD"

echo "deploy-openiop: jdbc/openiop -> $OPENIOP_DB_HOST:$DB_PORT/$DB_NAME"
quietly undeploy openiop
quietly delete-jdbc-resource jdbc/openiop
quietly delete-jdbc-connection-pool openiop-pool
quietly delete-jdbc-resource jdbc/openiop-schema
quietly delete-jdbc-connection-pool openiop-schema-pool
as create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 2 --maxpoolsize 32 --statementcachesize 64 \
  --isconnectvalidatereq=true --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --validateatmostonceperiod 5 --failconnection=true --maxwait 10000 \
  --property "serverName=$OPENIOP_DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$DB_USER:password=\${ALIAS=openiop-db-password}:connectTimeout=5:loginTimeout=10:logServerErrorDetail=false" \
  openiop-pool >/dev/null
as create-jdbc-resource --connectionpoolid openiop-pool jdbc/openiop >/dev/null
if [ -n "${OPENIOP_DB_SCHEMA_USER:-}" ]; then
  echo "deploy-openiop: jdbc/openiop-schema (migrations) as $OPENIOP_DB_SCHEMA_USER, OpenIOP as $DB_USER"
  as create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --steadypoolsize 0 --maxpoolsize 2 \
    --property "serverName=$OPENIOP_DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$OPENIOP_DB_SCHEMA_USER:password=\${ALIAS=openiop-db-schema-password}" \
    openiop-schema-pool >/dev/null
  as create-jdbc-resource --connectionpoolid openiop-schema-pool jdbc/openiop-schema >/dev/null
fi

echo "deploy-openiop: Keycloak at $OPENIOP_KEYCLOAK_URL"
as set-config-property --source domain --propertyName openiop.keycloak.url --propertyValue "$OPENIOP_KEYCLOAK_URL" >/dev/null
as set-config-property --source domain --propertyName openiop.oidc.client-secret \
  --propertyValue '${ALIAS=openiop-oidc-client-secret}' >/dev/null
as set-config-property --source domain --propertyName openiop.provisioner.secret \
  --propertyValue '${ALIAS=openiop-provisioner-secret}' >/dev/null
if [ -n "${OPENIOP_VAULT_MASTER_KEY_FILE:-}" ]; then
  as set-config-property --source domain --propertyName openiop.vault.master-key-file \
    --propertyValue "$OPENIOP_VAULT_MASTER_KEY_FILE" >/dev/null
else
  as set-config-property --source domain --propertyName openiop.vault.master-key \
    --propertyValue '${ALIAS=openiop-vault-master-key}' >/dev/null
fi
if [ -n "${OPENIOP_AUDIT_KEY_FILE:-}" ]; then
  as set-config-property --source domain --propertyName openiop.audit.key-file --propertyValue "$OPENIOP_AUDIT_KEY_FILE" >/dev/null
else
  as set-config-property --source domain --propertyName openiop.audit.key --propertyValue '${ALIAS=openiop-audit-key}' >/dev/null
fi
if [ -n "${OPENIOP_AUDIT_CHECKPOINT_FILE:-}" ]; then
  as set-config-property --source domain --propertyName openiop.audit.checkpoint-file \
    --propertyValue "$OPENIOP_AUDIT_CHECKPOINT_FILE" >/dev/null
fi
as set-config-property --source domain --propertyName openiop.demo-data --propertyValue "${OPENIOP_DEMO_DATA:-false}" >/dev/null
if [ -n "${OPENIOP_PROGRAM_ADMINS_GLOBAL:-}" ]; then
  as set-config-property --source domain --propertyName openiop.program-admins.global \
    --propertyValue "$OPENIOP_PROGRAM_ADMINS_GLOBAL" >/dev/null
else
  quietly delete-config-property --source domain --propertyName openiop.program-admins.global
fi

echo "deploy-openiop: hardening HTTP listeners ($LISTENERS)"
for l in $LISTENERS; do
  p=configs.config.server-config.network-config.protocols.protocol.$l.http
  as set "$p.server-header=false" "$p.xpowered-by=false" "$p.trace-enabled=false" \
    "$p.cookie-same-site-enabled=true" "$p.cookie-same-site-value=Lax" >/dev/null
done

# Payara drops a non-persistent timer after one failed retry, even when the timer's method caught the
# failure of a bean it called; tried again every 5 s for about a week instead, the audit sealer and
# the daily jobs outlive a database outage (docs/operations.md#when-postgresql-restarts-or-is-out-of-reach).
echo "deploy-openiop: EJB timers outlive failed deliveries"
as set configs.config.server-config.ejb-container.ejb-timer-service.max-redeliveries=120000 >/dev/null

# Naming the JSON-P provider spares every Json.create* call (and Payara's check of every bearer token)
# a search of all the application's jars for one, which serialises requests under load.
echo "deploy-openiop: JVM options"
quietly delete-jvm-options "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"
as create-jvm-options "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl" >/dev/null

# Listener and library changes take effect reliably only after a restart. Stop and start,
# rather than restart-domain, which can hang waiting for the old JVM.
echo "deploy-openiop: restarting domain $DOMAIN"
DOMAIN_OPTS=(); [ -n "${PAYARA_DOMAIN_DIR:-}" ] && DOMAIN_OPTS=(--domaindir "$PAYARA_DOMAIN_DIR")
"$ASADMIN" stop-domain "${DOMAIN_OPTS[@]}" "$DOMAIN" >/dev/null || fail "could not stop domain $DOMAIN"
"$ASADMIN" start-domain "${DOMAIN_OPTS[@]}" "$DOMAIN" >/dev/null || fail "could not start domain $DOMAIN"
as ping-connection-pool openiop-pool >/dev/null || fail "Payara cannot reach PostgreSQL at $OPENIOP_DB_HOST:$DB_PORT/$DB_NAME as $DB_USER"
if [ -n "${OPENIOP_DB_SCHEMA_USER:-}" ]; then
  as ping-connection-pool openiop-schema-pool >/dev/null \
    || fail "Payara cannot reach PostgreSQL at $OPENIOP_DB_HOST:$DB_PORT/$DB_NAME as $OPENIOP_DB_SCHEMA_USER"
fi

echo "deploy-openiop: deploying $(basename "$OPENIOP_EAR")"
as deploy --name openiop --force=true "$OPENIOP_EAR" >/dev/null || fail "deployment failed; see the domain's server.log"
echo "deploy-openiop: done"
