#!/usr/bin/env bash
# A throwaway Elasticsearch 8 for running the search suite against a real engine.
#
#   .ci/elasticsearch.sh fetch   # download and prepare only (what `make es-deps` runs)
#   .ci/elasticsearch.sh start   # prints `export ELASTICSEARCH_URL=…`, so:
#                                #   eval "$(.ci/elasticsearch.sh start)"
#   .ci/elasticsearch.sh url     # prints the bare URL
#   .ci/elasticsearch.sh stop    # stops it by its pidfile
#
# With ES_NO_FETCH set, `start` uses only what `fetch` prepared and fails at once if something is
# missing, instead of installing or downloading (the test suite sets it when CI=true).
#
# Which distribution, and why: no Docker engine runs here and Elastic's download site is out of
# reach, but Maven Central publishes Elasticsearch's own test distribution,
# org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip. It is pinned to the
# version of the `elasticsearch` Python client in requirements/*.lock. That zip bundles no JDK, so it
# runs on the system's Java 17+ (Debian's openjdk-17-jdk-headless is installed when java, javac or
# mvn is missing and we are root). It also lacks the `analysis-common` module. The site's own index
# needs nothing from it (pre-analysed terms, core `whitespace` analyzer), but Wagtail's
# `elasticsearch8` backend, which indexes pages for the admin, puts `ngram` and `edge_ngram`
# tokenizers and `asciifolding`, `ngram` and `edge_ngram` token filters in every index it creates
# (without them `update_index` fails with "Unknown tokenizer type [ngram]"). So .ci/es-analysis/
# holds a small plugin that registers those names, with analysis-common's parameters and defaults,
# from Lucene's own classes (Lucene ships in the zip's lib/). It is compiled here with javac against
# that lib/ and installed only when the module is absent, so index settings are the same as in
# production; it is rebuilt whenever its source changes (a running server keeps the old one until
# `stop` and `start`).
#
# Everything lives in .cache/elasticsearch (git-ignored). Elasticsearch refuses to run as root, so
# as root it runs as the system user `elasticsearch` (created if missing). It listens on 127.0.0.1
# only (port 59200, or the next free one; ES_TEST_PORT overrides), single-node, security off, 512 MB
# heap. Only messages go to stderr; stdout carries nothing but the export line, for eval.
set -euo pipefail
cd "$(dirname "$0")/.."

ES_VERSION=8.19.3
ROOT=$PWD/.cache/elasticsearch
HOME_DIR=$ROOT/elasticsearch-$ES_VERSION
# Where the server runs from, keeps data, logs and its pid: $ROOT, unless the service user cannot
# reach it (a checkout under a private home folder); then a copy under /var/tmp (see start).
use_runtime() {
  RUNTIME=$1
  DATA=$RUNTIME/data
  LOGS=$RUNTIME/logs
  PIDFILE=$RUNTIME/pid
}
use_runtime "$ROOT"
[[ ! -f $ROOT/runtime ]] || use_runtime "$(cat "$ROOT/runtime")"
RUN_USER=elasticsearch
PLUGIN_SRC=$PWD/.ci/es-analysis/src

say() { echo "elasticsearch.sh: $*" >&2; }
die() {
  say "$*"
  exit 1
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

java_home() {
  local javac
  javac=$(command -v javac) || return 1
  dirname "$(dirname "$(readlink -f "$javac")")"
}

install_tools() {
  local tool missing=()
  for tool in java javac jar mvn unzip curl; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    die "missing ${missing[*]}; install them (apt-get install openjdk-17-jdk-headless maven unzip curl)"
  fi
  say "installing Debian's openjdk-17-jdk-headless, maven, unzip and curl (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven unzip curl >/dev/null ||
    die "apt-get could not install openjdk-17-jdk-headless maven unzip curl"
}

download() {
  local zip=$ROOT/download/elasticsearch-$ES_VERSION.zip
  if [[ ! -f $zip ]]; then
    say "downloading Elasticsearch $ES_VERSION (integ-test-zip) from Maven Central"
    mvn -q -B dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$ROOT/download" >&2 ||
      die "Maven could not fetch org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
  fi
  if [[ ! -x $HOME_DIR/bin/elasticsearch ]]; then
    rm -rf "$HOME_DIR"
    (cd "$ROOT" && unzip -q "$zip") || die "could not unpack $zip"
  fi
}

# The analysis-common stand-in for Wagtail's index settings, when this distribution lacks the module
# (see header). Rebuilt when the fingerprint of its sources (and of the Elasticsearch version)
# differs from the one stored next to the installed jar: file times are no guide after a checkout,
# and a directory's time does not change when a file in it is edited.
PLUGIN=redatt-wagtail-analysis
plugin_fingerprint() {
  { echo "$ES_VERSION"; cat "$PLUGIN_SRC"/redatt/*.java; } | sha256sum | cut -d' ' -f1
}

build_plugin() {
  local dest=$HOME_DIR/plugins/$PLUGIN old
  [[ ! -d $HOME_DIR/modules/analysis-common ]] || return 0
  # Plugins of ours left by an older checkout (redatt-spanish-analysis) would register the same
  # names twice, and Elasticsearch refuses to start then.
  for old in "$HOME_DIR"/plugins/redatt-*; do
    [[ ! -e $old || $old == "$dest" ]] || { say "removing the stale plugin ${old##*/}"; rm -rf "$old"; }
  done
  local fingerprint
  fingerprint=$(plugin_fingerprint)
  [[ $(cat "$dest/source.sha256" 2>/dev/null) != "$fingerprint" ]] || return 0
  say "building the Wagtail analysis plugin ($PLUGIN)"
  local build=$ROOT/plugin-build
  rm -rf "$build" "$dest"
  mkdir -p "$build/classes" "$dest"
  javac -nowarn --release 17 -d "$build/classes" -cp "$HOME_DIR/lib/*" \
    "$PLUGIN_SRC"/redatt/*.java >&2 || die "javac failed on $PLUGIN_SRC"
  jar cf "$dest/$PLUGIN.jar" -C "$build/classes" .
  cat >"$dest/plugin-descriptor.properties" <<EOF
description=Red ATT test stand-in for analysis-common's ngram/edge_ngram tokenizers and asciifolding/ngram/edge_ngram filters
version=$ES_VERSION
name=$PLUGIN
classname=redatt.WagtailAnalysisPlugin
java.version=17
elasticsearch.version=$ES_VERSION
EOF
  echo "$fingerprint" >"$dest/source.sha256" # last: a failed build is retried next time
}

prepare() {
  mkdir -p "$ROOT"
  if [[ -n ${ES_NO_FETCH:-} ]]; then
    # Only what `fetch` prepared (the test suite sets this in CI): install and download nothing.
    [[ -x $HOME_DIR/bin/elasticsearch ]] && command -v javac >/dev/null ||
      die "Elasticsearch $ES_VERSION or its JDK is missing and ES_NO_FETCH is set: run \`make es-deps\` (as root) and fix what it reports"
  else
    install_tools
    download
  fi
  build_plugin
}

port_in_use() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

url() { echo "http://127.0.0.1:$(cat "$ROOT/port")"; }

running() { [[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

start() {
  # One start at a time: parallel test processes (pytest -n) may each ask for the server at once;
  # the later ones wait here, then find it running. Two servers booting from one home corrupt it
  # (the server itself does not inherit the lock: 9>&- below).
  mkdir -p "$ROOT"
  exec 9>"$ROOT/start.lock"
  flock 9
  prepare
  if ! running; then
    if [[ $(id -u) -eq 0 ]]; then
      id "$RUN_USER" >/dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
      mkdir -p "$DATA" "$LOGS"
      chown -R "$RUN_USER": "$ROOT"
      if ! runuser -u "$RUN_USER" -- test -x "$HOME_DIR/bin/elasticsearch"; then
        use_runtime "/var/tmp/redatt-elasticsearch-$(printf %s "$ROOT" | md5sum | cut -c1-8)"
        say "$RUN_USER cannot reach $ROOT; running from a copy in $RUNTIME"
        mkdir -p "$DATA" "$LOGS"
        [[ -x $RUNTIME/elasticsearch-$ES_VERSION/bin/elasticsearch ]] || cp -a "$HOME_DIR" "$RUNTIME/"
        # The copy is made once; the plugins are refreshed every start, in case one was rebuilt.
        rm -rf "$RUNTIME/elasticsearch-$ES_VERSION/plugins"
        cp -a "$HOME_DIR/plugins" "$RUNTIME/elasticsearch-$ES_VERSION/"
        HOME_DIR=$RUNTIME/elasticsearch-$ES_VERSION
        chown -R "$RUN_USER": "$RUNTIME"
        echo "$RUNTIME" >"$ROOT/runtime"
      fi
    fi
    local port=${ES_TEST_PORT:-59200}
    while port_in_use "$port" || port_in_use $((port + 100)); do
      [[ -z ${ES_TEST_PORT:-} ]] || die "port $port is taken"
      port=$((port + 1))
    done
    echo "$port" >"$ROOT/port"
    rm -f "$PIDFILE"
    say "starting on 127.0.0.1:$port (log: $LOGS)"
    as_owner env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
      "$HOME_DIR/bin/elasticsearch" -d -p "$PIDFILE" \
      -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$port" \
      -E transport.port=$((port + 100)) -E xpack.security.enabled=false \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E path.data="$DATA" -E path.logs="$LOGS" >"$ROOT/start.log" 2>&1 9>&- ||
      die "Elasticsearch did not start, see $ROOT/start.log and $LOGS"
  fi
  local i
  for i in $(seq 120); do
    if curl -sf "$(url)/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; then
      say "ready: $(url)"
      echo "export ELASTICSEARCH_URL=$(url)"
      return
    fi
    running || die "Elasticsearch exited, see $LOGS"
    sleep 1
  done
  die "Elasticsearch did not become healthy in 120 s, see $LOGS"
}

stop() {
  if running; then
    local pid
    pid=$(cat "$PIDFILE")
    kill "$pid"
    for _ in $(seq 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    rm -f "$PIDFILE"
    say "stopped"
  else
    say "not running"
  fi
}

case ${1:-} in
  fetch) prepare ;;
  start) start ;;
  stop) stop ;;
  url)
    [[ -f $ROOT/port ]] || die "no server yet: run '$0 start'"
    url
    ;;
  *) die "usage: $0 fetch|start|stop|url" ;;
esac
