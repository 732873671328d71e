# Sourced by up.sh, test-services.sh and soak.sh: `npm ci` when node_modules is missing or was installed from another
# package-lock.json. Compared by content, not by modification time: a fresh checkout or a new git worktree gives the
# lock file a new mtime without changing it, and a worktree whose node_modules links to a shared install must not
# reinstall (and so empty) that install under everyone using it.
ensure_dependencies() {
  local want have=""
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  [ -f node_modules/.hub-package-lock.sha256 ] && have="$(cat node_modules/.hub-package-lock.sha256)"
  if [ ! -f node_modules/.package-lock.json ] || [ "$want" != "$have" ]; then
    echo "[deps] installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
    echo "$want" > node_modules/.hub-package-lock.sha256
  fi
}
