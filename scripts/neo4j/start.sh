#!/usr/bin/env bash
# Start the local development Neo4j (Community, embedded in scripts/neo4j's launcher).
#
#   bash scripts/neo4j/start.sh        (npm run neo4j:start)
#
# Bolt only, on 127.0.0.1:${NEO4J_BOLT_PORT:-7687}; data, pid and logs in <repo>/.neo4j/.
# Builds the launcher with Maven when needed, starts it in the background and waits until
# Bolt answers. Safe to run twice. See scripts/neo4j/README.md for settings.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
DATA_DIR="$REPO_ROOT/.neo4j"
PID_FILE="$DATA_DIR/neo4j.pid"
PORT_FILE="$DATA_DIR/neo4j.port"
LOG_FILE="$DATA_DIR/neo4j.log"
BUILD_LOG="$DATA_DIR/build.log"
TARGET_DIR="$SCRIPT_DIR/target"
BUILD_STAMP="$TARGET_DIR/.launcher-built"
MAIN_CLASS="dev.aiconcepts.neo4j.Launcher"

PORT="${NEO4J_BOLT_PORT:-7687}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
HEAP_MAX="${NEO4J_HEAP:-768m}"
HEAP_INIT="${NEO4J_HEAP_INIT:-256m}"

die() {
  echo "neo4j:start: ERROR: $*" >&2
  exit 1
}

if ! [[ "$PORT" =~ ^[0-9]{1,5}$ ]] || ((10#$PORT < 1 || 10#$PORT > 65535)); then
  die "NEO4J_BOLT_PORT must be a port number (1-65535), got '$PORT'"
fi
PORT=$((10#$PORT))
[[ "$START_TIMEOUT" =~ ^[0-9]+$ ]] || die "NEO4J_START_TIMEOUT must be a number of seconds"

# ---------------------------------------------------------------- helpers
# timeout(1) when available (coreutils; absent on stock macOS).
with_timeout() {
  if command -v timeout >/dev/null 2>&1; then timeout "$@"; else shift; "$@"; fi
}

# Something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  # shellcheck disable=SC2016 # $0 is expanded by the inner bash
  with_timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null
}

# A Bolt server answers the handshake on 127.0.0.1:$1 (offers 5.0-5.8 and 4.4; the
# server replies with the version it picked, 00000000 meaning "none").
bolt_answers() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  with_timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    resp=$(head -c 4 <&3 | od -An -tx1 | tr -d " \n")
    [[ $resp == 0000* && $resp != 00000000 ]]
  ' "$1" 2>/dev/null
}

# $1 is a live process that is this repo's launcher (guards against recycled pids).
is_our_launcher() {
  local pid="$1" args
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  args="$(ps -ww -p "$pid" -o args= 2>/dev/null)" || return 1
  [[ "$args" == *"$MAIN_CLASS"* && "$args" == *"$DATA_DIR"* ]]
}

# Pid of the process listening on 127.0.0.1:$1, if ss can tell.
listener_pid() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2
}

log_tail() {
  if [[ -f "$LOG_FILE" ]]; then
    echo "---- last 40 lines of $LOG_FILE ----" >&2
    tail -n 40 "$LOG_FILE" >&2
    echo "----" >&2
  fi
}

ready_version() {
  grep -o 'NEO4J_READY version=[^ ]*' "$LOG_FILE" 2>/dev/null | tail -n1 | cut -d= -f2
}

report_ready() {
  local version
  version="$(ready_version)"
  echo "Neo4j ${version:-5.26} ready at bolt://127.0.0.1:$PORT (pid $1, data in $DATA_DIR, log $LOG_FILE)"
}

# Wait until $1 (our launcher) has logged readiness and Bolt answers on $PORT.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE" "$PORT_FILE"
      echo "neo4j:start: ERROR: the Neo4j launcher (pid $pid) exited during startup." >&2
      log_tail
      exit 1
    fi
    if grep -q 'NEO4J_READY' "$LOG_FILE" 2>/dev/null && bolt_answers "$PORT"; then
      report_ready "$pid"
      return 0
    fi
    sleep 1
  done
  echo "neo4j:start: ERROR: Neo4j did not answer on bolt://127.0.0.1:$PORT within ${START_TIMEOUT}s" \
    "(NEO4J_START_TIMEOUT); stopping it." >&2
  log_tail
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 1
}

# ---------------------------------------------------------------- preconditions
command -v java >/dev/null 2>&1 || die "java not found on PATH (Java 17 or 21 is required)"
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)"
if [[ "$JAVA_MAJOR" =~ ^[0-9]+$ ]] && ((JAVA_MAJOR < 17)); then
  die "Neo4j 5.26 needs Java 17 or 21, but 'java' is version $JAVA_MAJOR"
fi

mkdir -p "$DATA_DIR"

# Serialise concurrent start.sh runs (the second one then sees "already running").
if command -v flock >/dev/null 2>&1; then
  exec 9>"$DATA_DIR/.start.lock"
  flock -w "$((START_TIMEOUT + 60))" 9 || die "another neo4j start is still in progress"
fi

# ---------------------------------------------------------------- already running?
if [[ -f "$PID_FILE" ]]; then
  OLD_PID="$(tr -dc '0-9' <"$PID_FILE" || true)"
  if is_our_launcher "$OLD_PID"; then
    RUNNING_PORT="$(tr -dc '0-9' 2>/dev/null <"$PORT_FILE" || true)"
    if [[ -n "$RUNNING_PORT" && "$RUNNING_PORT" != "$PORT" ]]; then
      die "Neo4j is already running (pid $OLD_PID) on bolt://127.0.0.1:$RUNNING_PORT, not on port $PORT." \
        "Stop it first (bash scripts/neo4j/stop.sh)."
    fi
    if bolt_answers "$PORT"; then
      version="$(ready_version)"
      echo "Neo4j ${version:-5.26} already running at bolt://127.0.0.1:$PORT (pid $OLD_PID)"
      exit 0
    fi
    echo "Neo4j (pid $OLD_PID) is running but Bolt does not answer yet; waiting ..."
    wait_ready "$OLD_PID"
    exit 0
  fi
  echo "Removing stale pid file (pid ${OLD_PID:-?} is not running)."
  rm -f "$PID_FILE" "$PORT_FILE"
fi

if port_open "$PORT"; then
  OTHER_PID="$(listener_pid "$PORT" || true)"
  if [[ -n "$OTHER_PID" ]] && is_our_launcher "$OTHER_PID"; then
    # Our launcher, but its pid file was lost: adopt it.
    echo "$OTHER_PID" >"$PID_FILE"
    echo "$PORT" >"$PORT_FILE"
    echo "Neo4j already running at bolt://127.0.0.1:$PORT (pid $OTHER_PID; pid file restored)"
    exit 0
  fi
  WHO=""
  if [[ -n "$OTHER_PID" ]]; then
    WHO=" by pid $OTHER_PID ($(ps -p "$OTHER_PID" -o comm= 2>/dev/null || echo '?'))"
  fi
  die "port $PORT on 127.0.0.1 is already in use${WHO}, and it is not this project's Neo4j." \
    "Free the port or choose another one with NEO4J_BOLT_PORT=<port>. Nothing was started."
fi

# ---------------------------------------------------------------- build if needed
needs_build() {
  [[ -f "$BUILD_STAMP" && -d "$TARGET_DIR/lib" && -d "$TARGET_DIR/classes" ]] || return 0
  [[ -n "$(find "$SCRIPT_DIR/pom.xml" "$SCRIPT_DIR/src" -newer "$BUILD_STAMP" -print -quit)" ]]
}

if needs_build; then
  command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found on PATH; it is needed to build the launcher"
  echo "Building the Neo4j launcher (Maven; the first build downloads ~170 MB to ~/.m2, about a minute) ..."
  # A changed pom may change dependency versions: never mix old and new jars in target/lib.
  if [[ ! -f "$BUILD_STAMP" || "$SCRIPT_DIR/pom.xml" -nt "$BUILD_STAMP" ]]; then
    rm -rf "${TARGET_DIR:?}/lib"
  fi
  build_start=$SECONDS
  if ! mvn -B -q -Dstyle.color=never -f "$SCRIPT_DIR/pom.xml" package -DskipTests >"$BUILD_LOG" 2>&1; then
    echo "neo4j:start: ERROR: building the launcher failed; last lines of $BUILD_LOG:" >&2
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  fi
  touch "$BUILD_STAMP"
  echo "Launcher built in $((SECONDS - build_start))s."
fi

# ---------------------------------------------------------------- launch
[[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"

JAVA_OPTS=(
  "-Xms$HEAP_INIT" "-Xmx$HEAP_MAX"
  -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)
# Extra JVM flags, e.g. NEO4J_JAVA_OPTS="-XX:+PrintFlagsFinal" (word-split on spaces).
read -r -a EXTRA_OPTS <<<"${NEO4J_JAVA_OPTS:-}"

DETACH=()
command -v setsid >/dev/null 2>&1 && DETACH=(setsid)

cd "$SCRIPT_DIR"
# setsid: own session, so Ctrl-C in this terminal / npm's exit don't reach it.
# 9>&-: don't leak the start lock into the long-running server.
NEO4J_BOLT_PORT="$PORT" nohup "${DETACH[@]}" java "${JAVA_OPTS[@]}" "${EXTRA_OPTS[@]}" \
  -cp "$TARGET_DIR/lib/*:$TARGET_DIR/classes" "$MAIN_CLASS" "$DATA_DIR" \
  >>"$LOG_FILE" 2>&1 </dev/null 9>&- &
NEW_PID=$!
echo "$NEW_PID" >"$PID_FILE"
echo "$PORT" >"$PORT_FILE"
echo "Starting Neo4j (pid $NEW_PID) on 127.0.0.1:$PORT; log: $LOG_FILE"
wait_ready "$NEW_PID"
