# Sourced by the scripts in deploy/local. Every secret of a local run is generated once per machine into
# .local/secrets/<name> (mode 600, git-ignored) and handed to the apps as a *_FILE path, so no committed
# value is ever used. Set SECRETS_DIR to keep them elsewhere.
SECRETS_DIR="${SECRETS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.local/secrets}"
export SECRETS_DIR

# secret NAME: the secret's value, generated (24 random bytes, base64url) the first time it is asked for.
secret() {
  local f="$SECRETS_DIR/$1"
  if [ ! -s "$f" ]; then
    mkdir -p "$SECRETS_DIR" && chmod 700 "$SECRETS_DIR"
    (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$f")
  fi
  cat "$f"
}
secret_file() { secret "$1" >/dev/null; echo "$SECRETS_DIR/$1"; }

# Keycloak reads these when it imports deploy/local/keycloak/suyuan-realm.json (${...} placeholders).
export KEYCLOAK_ADMIN_PASSWORD="$(secret keycloak-admin)"
export HUB_DEMO_USER_PASSWORD="$(secret demo-user-password)"
for c in upstream-police110 upstream-court upstream-petition hub-operations hub-directory-sync; do
  v="$(secret "client-$c")"; export "HUB_CLIENT_SECRET_${c//-/_}=$v"
done
unset c v
