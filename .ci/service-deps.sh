#!/usr/bin/env bash
# What the tests of several servers (tests/ops/) need besides Python packages, installed as root
# when missing: Debian's redis-server. The tests start their own on 127.0.0.1 (a free port, a
# temporary folder) and stop it, to check that rate limits and the cache are shared through Redis
# (CACHE_URL=redis://…, the `redis` client is in requirements/*.lock). Nothing is left running:
# Debian's own service is not started by the install.
# Without it those tests skip on a laptop; in CI (CI=true) a failed install fails this script
# (and the tests fail instead of skipping).
set -euo pipefail
cd "$(dirname "$0")/.."

RC_POLICY=/usr/sbin/policy-rc.d # Debian's "may services start?" hook, used during install
LATER="the Redis tests will skip (fail in CI)"

say() { echo "service-deps: $*" >&2; }

failure=""
if ! command -v redis-server >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian's redis-server"
    # Only the tests' own servers are wanted: the package's service must not start.
    if [[ ! -e $RC_POLICY ]]; then
      printf '#!/bin/sh\nexit 101\n' >"$RC_POLICY"
      chmod +x "$RC_POLICY"
      trap 'rm -f "$RC_POLICY"' EXIT
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confold redis-server >/dev/null ||
      failure="apt-get could not install redis-server"
  else
    failure="redis-server is missing (sudo apt-get install redis-server)"
  fi
fi
if [[ -z $failure ]] && ! command -v redis-server >/dev/null; then
  failure="redis-server was installed but is not on PATH"
fi

if [[ -n $failure ]]; then
  say "$failure; $LATER"
  if [[ ${CI:-} =~ ^(1|[Tt]rue|TRUE|yes)$ ]]; then
    say "failed (CI=true)"
    exit 1
  fi
else
  say "$(redis-server --version | cut -d' ' -f1-3)"
fi
