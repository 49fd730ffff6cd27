#!/usr/bin/env bash
# Stop the local development Neo4j started by scripts/neo4j/start.sh.
#
#   bash scripts/neo4j/stop.sh         (npm run neo4j:stop)
#
# Sends SIGTERM to the launcher named in <repo>/.neo4j/neo4j.pid (its shutdown hook shuts the
# DBMS down cleanly), waits up to ${NEO4J_STOP_TIMEOUT:-60}s, then SIGKILLs as a last resort.
# Stopping when nothing is running is not an error.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
DATA_DIR="$REPO_ROOT/.neo4j"
PID_FILE="$DATA_DIR/neo4j.pid"
PORT_FILE="$DATA_DIR/neo4j.port"
LOG_FILE="$DATA_DIR/neo4j.log"
MAIN_CLASS="dev.aiconcepts.neo4j.Launcher"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

[[ "$STOP_TIMEOUT" =~ ^[0-9]+$ ]] || { echo "neo4j:stop: NEO4J_STOP_TIMEOUT must be a number of seconds" >&2; exit 1; }

# $1 is a live process that is this repo's launcher (guards against recycled pids).
is_our_launcher() {
  local pid="$1" args
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  args="$(ps -ww -p "$pid" -o args= 2>/dev/null)" || return 1
  [[ "$args" == *"$MAIN_CLASS"* && "$args" == *"$DATA_DIR"* ]]
}

if [[ ! -f "$PID_FILE" ]]; then
  echo "Neo4j is not running (no pid file at $PID_FILE)."
  exit 0
fi

PID="$(tr -dc '0-9' <"$PID_FILE" || true)"
if ! is_our_launcher "$PID"; then
  rm -f "$PID_FILE" "$PORT_FILE"
  echo "Neo4j is not running (removed stale pid file; pid ${PID:-?} is gone)."
  exit 0
fi

PORT="$(tr -dc '0-9' 2>/dev/null <"$PORT_FILE" || true)"
echo "Stopping Neo4j (pid $PID${PORT:+, bolt://127.0.0.1:$PORT}) ..."
kill -TERM "$PID" 2>/dev/null || true

deadline=$((SECONDS + STOP_TIMEOUT))
while kill -0 "$PID" 2>/dev/null && ((SECONDS < deadline)); do
  sleep 0.5
done

if kill -0 "$PID" 2>/dev/null; then
  echo "neo4j:stop: WARNING: Neo4j did not exit within ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL." \
    "The store will be recovered on the next start. See $LOG_FILE and $DATA_DIR/logs/debug.log." >&2
  kill -KILL "$PID" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.5
  done
fi

rm -f "$PID_FILE" "$PORT_FILE"
echo "Neo4j stopped."
