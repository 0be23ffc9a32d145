#!/usr/bin/env bash
# What the browser tests (tests/browser/) need besides Python packages: Debian's Chromium, driven by
# Playwright through executable_path (Playwright's own browser downloads are not reachable here),
# and axe-core from the npm registry, pinned in package-lock.json and installed into node_modules/.
# What cannot be installed is reported; on a laptop that is not fatal (the browser tests then skip,
# see tests/browser/conftest.py), but in CI (CI=true) a failed install fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=/usr/bin/chromium
AXE=node_modules/axe-core/axe.min.js
LATER="the browser tests will be skipped, or fail when CI=true"

failures=()
failed() {
  echo "browser-deps: $*; $LATER" >&2
  failures+=("$*")
}

version() { sed -n 's/^  "version": "\(.*\)".*/\1/p' "$1" 2>/dev/null || true; }

if [[ ! -x $CHROMIUM ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "browser-deps: installing Debian's chromium"
    # fonts-liberation is only a Recommends of chromium, but text needs real fonts.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium fonts-liberation >/dev/null ||
      failed "apt-get could not install chromium"
  else
    failed "$CHROMIUM is missing (sudo apt-get install chromium)"
  fi
fi

want=$(sed -n 's/.*"axe-core": "\(.*\)".*/\1/p' package.json)
if [[ ! -f $AXE || $(version node_modules/axe-core/package.json) != "$want" ]]; then
  if command -v npm >/dev/null; then
    echo "browser-deps: installing axe-core $want (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error || failed "npm ci failed"
  else
    failed "npm is missing, so axe-core cannot be installed"
  fi
fi

if [[ -x $CHROMIUM ]]; then echo "browser-deps: $("$CHROMIUM" --version 2>/dev/null)"; fi
[[ ! -f $AXE ]] || echo "browser-deps: axe-core $(version node_modules/axe-core/package.json)"

if ((${#failures[@]})) && [[ ${CI:-} =~ ^(1|[Tt]rue|TRUE|yes)$ ]]; then
  echo "browser-deps: failed (CI=true): ${failures[*]}" >&2
  exit 1
fi
