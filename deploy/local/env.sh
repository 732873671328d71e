# Defaults for running the hub on one machine; every variable can be set beforehand to override.
# Sourced by the scripts in deploy/local. See .env.example for what each means.
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/suyuan_hub}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
# Development key only: production refuses keys starting with dev-only.
export PERSON_HASH_KEY="${PERSON_HASH_KEY:-dev-only-person-hash-key-change-me}"
export HUB_INSTANCE="${HUB_INSTANCE:-hub}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
