#!/usr/bin/env bash
# Debian's chromium for the console's browser tests and the demo's live-board check, driven by
# playwright-core (which downloads no browser of its own), and CJK fonts so that Chinese pages render.
# Installs them with apt when missing (the project's machines run as root with Debian's archive reachable).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
say() { echo "[chromium] $*"; }
if [ -x "$CHROMIUM" ] && fc-list :lang=zh 2>/dev/null | grep -q .; then exit 0; fi
command -v apt-get >/dev/null || { echo "[chromium] ERROR: $CHROMIUM missing and no apt-get: install chromium, or set CHROMIUM_PATH" >&2; exit 1; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
say "installing chromium and CJK fonts with apt (first time only)"
export DEBIAN_FRONTEND=noninteractive
install() { $SUDO apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >/dev/null; }
install || { $SUDO apt-get update -q >/dev/null && install; }
[ -x "$CHROMIUM" ] || { echo "[chromium] ERROR: $CHROMIUM still missing after apt-get install chromium" >&2; exit 1; }
say "$("$CHROMIUM" --version 2>/dev/null || echo chromium) ready"
