# Defaults for running the hub on one machine; every variable can be set beforehand to override.
# Sourced by the scripts in deploy/local. See .env.example for what each means. Secrets are generated
# per machine into .local/secrets (deploy/local/secrets.sh) and handed over as *_FILE paths.
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"
source "$(dirname "${BASH_SOURCE[0]}")/secrets.sh"
# The migration role (owner of the schema): setup scripts use it; apps get roles of their own (app_env).
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/suyuan_hub}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
# KAFKA_NODES=3: the local three-node cluster (deploy/local/kafka.sh); clients get every node to bootstrap from.
export KAFKA_NODES="${KAFKA_NODES:-1}"
if [ "$KAFKA_NODES" != 1 ]; then
  KAFKA_BROKERS="$(for i in $(seq 0 $((KAFKA_NODES - 1))); do echo "127.0.0.1:$((${KAFKA_PORT:-9092} + 2 * i))"; done | paste -sd,)"
fi
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:$KEYCLOAK_PORT/realms/suyuan}"
# A key given directly (tests give theirs) wins over the generated file.
if [ -n "${PERSON_HASH_KEY:-}" ]; then unset PERSON_HASH_KEY_FILE; else export PERSON_HASH_KEY_FILE="${PERSON_HASH_KEY_FILE:-$(secret_file person-hash-key)}"; fi
export HUB_INSTANCE="${HUB_INSTANCE:-hub}"
# Deliveries go to this checkout's stand-in terminal/SMS gateway (apps.sh starts it on TERMINAL_PORT).
export DELIVERY_WEBHOOK_URL="${DELIVERY_WEBHOOK_URL:-http://127.0.0.1:${TERMINAL_PORT:-3180}/terminal}"
export DELIVERY_SMS_URL="${DELIVERY_SMS_URL:-http://127.0.0.1:${TERMINAL_PORT:-3180}/sms}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
# The hub's Redis ACL user (deploy/local/services.sh creates it; the machine's default user is left alone).
export REDIS_USERNAME="${REDIS_USERNAME:-suyuan-hub}"
export REDIS_PASSWORD_FILE="${REDIS_PASSWORD_FILE:-$(secret_file redis-suyuan-hub)}"
export KAFKA_SASL_MECHANISM="${KAFKA_SASL_MECHANISM:-scram-sha-512}"

# app_env ROLE: the environment of one app (ingest, risk, dispatch, gateway, operator = hubctl): its own
# PostgreSQL role and Kafka user, with their passwords as files.
app_env() {
  local role="$1"
  export DATABASE_URL="${DATABASE_URL/\/\/postgres@/\/\/hub_$role@}"
  export DATABASE_PASSWORD_FILE="$(secret_file "pg-hub_$role")"
  export KAFKA_SASL_USERNAME="hub-$role"
  export KAFKA_SASL_PASSWORD_FILE="$(secret_file "kafka-hub-$role")"
  if [ "$role" = operator ]; then
    # The demo's people (hubctl simulate-handling) sign in with this password; the directory client creates them.
    export DEMO_USER_PASSWORD_FILE="${DEMO_USER_PASSWORD_FILE:-$(secret_file demo-user-password)}"
    export OIDC_DIRECTORY_CLIENT_SECRET_FILE="${OIDC_DIRECTORY_CLIENT_SECRET_FILE:-$(secret_file client-hub-directory-sync)}"
  fi
}
# kafka_admin: the broker's super user, for creating topics and writing ACLs.
kafka_admin() {
  export KAFKA_SASL_USERNAME=hub-admin
  export KAFKA_SASL_PASSWORD_FILE="$(secret_file kafka-hub-admin)"
}
