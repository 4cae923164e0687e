#!/usr/bin/env bash
# Cluster benchmarks (issue 11), on loopback only:
#  1. search requests/s through nginx with 1 node, then with 2 nodes, on the same database of
#     generated demo mentors (wrk, the rotating searches of bench/search-http.lua);
#     then how long a change written on node 1 takes to be searchable on node 2;
#  2. the catch-up of a node that missed CHANGES profile changes: node 2 is stopped, CHANGES
#     mentors are changed in PostgreSQL exactly as the product writes a change (the row and an
#     index_outbox row in one transaction), node 2 is started again and timed until ready, and
#     its index is checked to hold every change; a restart with nothing missed is timed beside it.
#   bench/cluster/run.sh [profiles=100000] [seconds=30] [connections=8] [changes=100000]
# Output goes to the console and bench/cluster/results/cluster-<profiles>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PROFILES=${1:-100000}
DURATION=${2:-30}
CONNECTIONS=${3:-8}
CHANGES=${4:-100000}
WORK=$ROOT/bench/target/cluster-work
OUT=$ROOT/bench/cluster/results/cluster-$PROFILES.txt
mkdir -p "$(dirname "$OUT")"
exec > >(tee "$OUT") 2>&1

command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

export CLUSTER_DIR=$WORK PORT=$(free_port) PG_PORT=$(free_port)
export NODE_PORT_BASE=$(( $(free_port) % 20000 + 20000 ))
export MENTORHUB_DEMO_MENTORS=$PROFILES MENTORHUB_DEMO_MENTEES=300
# Node 2 stays down for a while in part 2: it must catch up, not be pruned past.
export MENTORHUB_CLUSTER_NODE_TIMEOUT_SECONDS=3600
export JAVA_OPTS=${JAVA_OPTS:--Xmx1536m}
rm -rf "$WORK"
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT/mentorhub"
CLUSTER_PID=
stop_cluster() {
  if [ -n "$CLUSTER_PID" ]; then
    kill "$CLUSTER_PID" 2>/dev/null || true
    wait "$CLUSTER_PID" 2>/dev/null || true
    CLUSTER_PID=
  fi
  # A node started again on its own ("script/cluster node 2") is not the cluster script's child.
  for pid in "$WORK"/node*/pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
}
trap stop_cluster EXIT

echo "Cluster benchmark: $PROFILES demo mentors, wrk $DURATION s x $CONNECTIONS connections, $(nproc) cores, $(date -u +%FT%TZ)"
echo "load before: $(uptime)"

start_cluster() { # start_cluster N
  script/cluster "$1" >"$WORK/cluster-$1.log" 2>&1 &
  CLUSTER_PID=$!
  for _ in $(seq 1 900); do
    grep -q "cluster is ready" "$WORK/cluster-$1.log" && return 0
    kill -0 "$CLUSTER_PID" 2>/dev/null || { cat "$WORK/cluster-$1.log"; exit 1; }
    sleep 1
  done
  echo "cluster of $1 not ready" >&2
  exit 1
}
token() {
  curl -s -X POST "http://127.0.0.1:$1/mentorhub/dev/token" -H 'Content-Type: application/json' \
    -d '{"sub":"bench","name":"Bench","groups":["member","admin"]}' \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
total() { # total PORT QUERY
  curl -s "http://127.0.0.1:$1/mentorhub/api/v1/mentors/search?size=1&$2" -H "Authorization: Bearer $TOKEN" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin).get("total", 0))' 2>/dev/null || echo 0
}
measure() { # measure LABEL
  echo
  echo "== $1: warm-up 10 s (not counted), then wrk ${DURATION} s through nginx"
  wrk -t2 -c"$CONNECTIONS" -d10s -s bench/search-http.lua "$BASE/api/v1/mentors/search" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/search-http.lua "$BASE/api/v1/mentors/search"
}

# --- 1. one node, then two ---------------------------------------------------------------------
started=$(date +%s)
start_cluster 1
TOKEN=$(token "$PORT"); export TOKEN
# A demo mentor or two is closed and at capacity, so unlisted: wait for 99 % of them.
for _ in $(seq 1 600); do [ "$(total "$PORT" "")" -ge $((PROFILES * 99 / 100)) ] && break; sleep 1; done
echo "1 node ready with $(total "$PORT" "") mentors searchable after $(($(date +%s) - started)) s"
measure "1 node"
stop_cluster

start_cluster 2
echo "2 nodes ready (node 2 built its index from the database at start)"
measure "2 nodes"
echo
python3 bench/cluster/convergence.py $((NODE_PORT_BASE + 1)) $((NODE_PORT_BASE + 2)) 100

# --- 2. catch-up of a node that missed CHANGES changes ----------------------------------------
NODE2=$((NODE_PORT_BASE + 2))
ready() { # as script/cluster judges it: our health checks UP, and the API answering
  curl -s "http://127.0.0.1:$1/health/ready" | grep -q '"search-index"' \
    && curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready" \
    && curl -s -i "http://127.0.0.1:$1/mentorhub/api/v1/me" | grep -qi '^content-type: application/problem+json'
}
restart_node2() { # restart_node2 -> seconds until ready
  kill "$(cat "$WORK/node2/pid")"
  while kill -0 "$(cat "$WORK/node2/pid")" 2>/dev/null; do sleep 0.2; done
  [ -n "${1:-}" ] && "$@"
  local t0 t1
  t0=$(date +%s.%N)
  script/cluster node 2 >>"$WORK/node2-restarts.log" 2>&1 &
  until ready "$NODE2"; do sleep 0.2; done
  t1=$(date +%s.%N)
  python3 -c "print(f'{$t1 - $t0:.1f}')"
}
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d mentorhub -qtA)
change_mentors() {
  # One transaction, as the product writes a change: the rows and their outbox rows together.
  "${PSQL[@]}" -c "BEGIN;
    UPDATE mentor_profile SET headline = 'Catchupdrill ' || id, version = version + 1
      WHERE id IN (SELECT id FROM mentor_profile ORDER BY id LIMIT $CHANGES);
    INSERT INTO index_outbox (mentor_id, created_at)
      SELECT id, now() FROM mentor_profile ORDER BY id LIMIT $CHANGES;
    COMMIT;"
}
PATH=$PATH:$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
echo
echo "== catch-up: node 2 stopped, $CHANGES mentors changed, node 2 started again"
plain=$(restart_node2)
echo "restart of node 2 with nothing missed: ready after $plain s"
missed=$(restart_node2 change_mentors)
echo "restart of node 2 after missing $CHANGES changes: ready after $missed s"
grep -h "Caught up with" "$WORK/node2/server.log" | tail -n 1 | sed 's/.*Caught up/node 2 log: Caught up/'
found=$(total "$NODE2" "q=catchupdrill")
echo "node 2 finds $found of $CHANGES changed mentors by their new headline right after ready"
python3 -c "print(f'catch-up cost: {$missed - $plain:.1f} s for $CHANGES changes')"
echo "load after: $(uptime)"
