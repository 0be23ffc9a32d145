#!/usr/bin/env bash
# A throwaway PostgreSQL for running the test suite on the production database engine.
#
#   .ci/postgres.sh start   # prints `export DATABASE_URL=…`, so: eval "$(.ci/postgres.sh start)"
#   .ci/postgres.sh url     # prints the bare URL of the cluster
#   .ci/postgres.sh stop
#
# The cluster lives in .cache/pg (git-ignored), listens on 127.0.0.1 only (port 55432, or the next
# free one; PG_TEST_PORT overrides) with trust authentication, and has a `redatt` role allowed to
# create databases, since pytest-django creates `test_redatt` itself. Debian's server is installed
# when missing and we are root; the server refuses to run as root, so it then runs as `postgres`.
# Only messages go to stderr; stdout carries nothing but the URL line, for eval.
set -euo pipefail
cd "$(dirname "$0")/.."

PGDIR=$PWD/.cache/pg
DATA=$PGDIR/data
ROLE=redatt
RC_POLICY=/usr/sbin/policy-rc.d # Debian's "may services start?" hook, used during install

say() { echo "postgres.sh: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# The newest server whose programs really run (a lone client wrapper in PATH does not count).
server_bindir() {
  local dir
  for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/psql ]] &&
      "$dir/postgres" --version >/dev/null 2>&1; then
      echo "$dir"
      return
    fi
  done
}

install_server() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    die "no PostgreSQL server found; install it (sudo apt-get install postgresql) and retry"
  fi
  say "installing Debian's postgresql"
  # Only our own cluster is wanted: no default cluster on port 5432, and no service started.
  mkdir -p /etc/postgresql-common
  [[ -e /etc/postgresql-common/createcluster.conf ]] ||
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  if [[ ! -e $RC_POLICY ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$RC_POLICY"
    chmod +x "$RC_POLICY"
    trap 'rm -f "$RC_POLICY"' EXIT
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold \
    postgresql >/dev/null || die "apt-get could not install postgresql"
}

# Run a server program as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() {
  [[ -n ${BIN:-} && -f $DATA/PG_VERSION ]] &&
    as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

url() { echo "postgres://$ROLE@127.0.0.1:$(cat "$PGDIR/port")/$ROLE"; }

start() {
  BIN=$(server_bindir)
  if [[ -z $BIN ]]; then
    install_server
    BIN=$(server_bindir)
    [[ -n $BIN ]] || die "postgresql was installed but no server was found in /usr/lib/postgresql"
  fi

  if [[ ! -f $DATA/PG_VERSION ]]; then
    mkdir -p "$PGDIR"
    rm -rf "$DATA"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$PGDIR"
    as_owner test -w "$PGDIR" || die "the server's user cannot write in $PGDIR"
    say "creating a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$PGDIR/initdb.log" || die "initdb failed, see $PGDIR/initdb.log"
    printf '%s\n' "local all all trust" "host all all 127.0.0.1/32 trust" >"$DATA/pg_hba.conf"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$DATA/pg_hba.conf"
  fi

  if ! running; then
    local port=${PG_TEST_PORT:-55432}
    while port_in_use "$port"; do
      [[ -z ${PG_TEST_PORT:-} ]] || die "port $port is taken"
      port=$((port + 1))
    done
    echo "$port" >"$PGDIR/port"
    as_owner mkdir -p "$PGDIR/run"
    local options="-c listen_addresses=127.0.0.1 -p $port -k $PGDIR/run"
    # Durability is pointless for a throwaway test cluster; skipping it makes tests faster.
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 -o "$options" start >&2 ||
      die "the server did not start, see $PGDIR/server.log"
  fi

  local port psql
  port=$(cat "$PGDIR/port")
  psql=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || die "the server does not answer on $port"
  if [[ -z $("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'") ]]; then
    "${psql[@]}" -c "CREATE ROLE $ROLE LOGIN CREATEDB" >&2
  fi
  if [[ -z $("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$ROLE'") ]]; then
    "${psql[@]}" -c "CREATE DATABASE $ROLE OWNER $ROLE" >&2
  fi
  say "ready: $(url)"
  echo "export DATABASE_URL=$(url)"
}

stop() {
  BIN=$(server_bindir)
  if running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  else
    say "not running"
  fi
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  url)
    [[ -f $PGDIR/port ]] || die "no cluster yet: run '$0 start'"
    url
    ;;
  *) die "usage: $0 start|stop|url" ;;
esac
