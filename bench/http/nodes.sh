#!/usr/bin/env bash
# HTTP benchmark of several nodes behind nginx (deploy/start.sh) with wrk: an article page, through nginx with two
# nodes, with one node stopped, and a run during which one node is killed (SIGKILL) halfway.
#
#   bench/http/nodes.sh
#
# Publishes this tree (Release) into a throwaway deployment (its own state directory, ports 5111/5112 and 8089, database
# cms_bench_nodes, dropped before and after), seeded from content/. Each node is first warmed up directly (WARMUP),
# then ROUNDS times: two nodes through nginx, the second node stopped (SIGTERM) and one through nginx, the second
# started again; then one node directly (what nginx costs), and a run through nginx of twice DURATION that kills
# the first node (SIGKILL) at half time. Each phase: a 2s warm-up, then `wrk -t2 -c50 -d10s --latency`. Prints requests/s, p50, p99,
# non-2xx responses and socket errors per phase; the last line is JSON. The target of the kill phase is no error:
# nginx passes what the dead node drops to the other one. nginx, both nodes, PostgreSQL and wrk share the machine's
# cores. On a shared build machine run it under the build lock (flock /work/notes/build.lock bench/http/nodes.sh).
#
# Environment: DURATION (10s), CONNECTIONS (50), THREADS (2), WARMUP (5s), ROUNDS (2), and deploy/common.sh's NODE_PORTS, PROXY_PORT, DB_NAME.
set -euo pipefail

export DEPLOY_DIR=$(mktemp -d)
export NODE_PORTS=${NODE_PORTS:-5111 5112}
export PROXY_PORT=${PROXY_PORT:-8089}
export DB_NAME=${DB_NAME:-cms_bench_nodes}
source "$(dirname "$0")/../../deploy/common.sh"
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-2}
read -r -a ports <<<"$NODE_PORTS"
((${#ports[@]} >= 2)) || fail "NODE_PORTS needs two ports"
PROXY="http://127.0.0.1:$PROXY_PORT"
pg_port=$(pg_field "$(pg_cluster)" 3)

drop_database() { psql_admin "$pg_port" -v db="$DB_NAME" <<<"SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec"; }
cleanup() {
    "$ROOT/deploy/stop.sh" >/dev/null || true
    drop_database || true
    rm -rf "$DEPLOY_DIR"
}
trap cleanup EXIT

command -v wrk >/dev/null || fail "wrk is not installed"
drop_database
"$ROOT/deploy/start.sh" >&2

home=$(curl -fs "$PROXY/ru/")
article=$(grep -o 'href="/ru/news/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
[[ -n "$article" ]] || fail "no article linked from /ru/"

# wrk prints latencies as 1.23us / 4.56ms / 1.20s: in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
seconds() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /m$/) n *= 60; printf "%d", n }'; }

names=(); declare -A rps p50 p99 requests non2xx socket
record() { # record NAME WRK_OUTPUT
    local name=$1 out=$2
    names+=("$name")
    rps[$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    p50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    requests[$name]=$(awk '/requests in/ { print $1 }' <<<"$out")
    non2xx[$name]=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
    non2xx[$name]=${non2xx[$name]:-0}
    # "Socket errors: connect 0, read 0, write 0, timeout 0", only when there were some
    socket[$name]=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<<"$out")
    socket[$name]=${socket[$name]:-0}
    printf '%s\n%s\n' "== $name" "$out" >&2
}
run() { # run NAME URL [DURATION]
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$2" >/dev/null
    record "$1" "$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3:-$DURATION}" --latency "$2")"
}

warm_node() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$1$article" >/dev/null; } # JIT, tiering, caches
for port in "${ports[@]}"; do warm_node "$port"; done
for round in $(seq 1 "$ROUNDS"); do
    run "two-nodes-$round" "$PROXY$article"
    stop_pid "$(node_dir "${ports[1]}")/node.pid" "$PUBLISH_DIR/Cms.Web.dll" "node 127.0.0.1:${ports[1]}" >&2
    run "one-node-$round" "$PROXY$article"
    "$ROOT/deploy/start.sh" >&2 # starts the stopped node again
    warm_node "${ports[1]}"
done
run "one-node-direct" "http://127.0.0.1:${ports[0]}$article"

half=$(( $(seconds "$DURATION") ))
out_file="$DEPLOY_DIR/kill.wrk"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( 2 * half ))s" --latency "$PROXY$article" >"$out_file" &
wrk_pid=$!
sleep "$half"
victim=$(<"$(node_dir "${ports[0]}")/node.pid")
kill -KILL "$victim"
echo "killed the node on ${ports[0]} (pid $victim) after ${half}s" >&2
wait "$wrk_pid"
record "kill-one-mid-run" "$(<"$out_file")"
if (( ${non2xx[kill-one-mid-run]} > 0 )); then # what they were, before the state directory goes
    sleep 2 # the access log is flushed every second
    echo "non-2xx answers during the kill (status, upstream, count):" >&2
    awk '$9 !~ /^2/ { print $9 }' "$NGINX_DIR/logs/access.log" | sort | uniq -c >&2
    tail -n 20 "$NGINX_DIR/logs/error.log" >&2
fi
rm -f "$(node_dir "${ports[0]}")/node.pid"

printf '%-18s %10s %10s %8s %8s %8s %8s\n' phase requests req/s p50_ms p99_ms non2xx socket
json="{\"url\":\"$article\",\"connections\":$CONNECTIONS,\"threads\":$THREADS,\"duration\":\"$DURATION\",\"results\":["
sep=""
for name in "${names[@]}"; do
    printf '%-18s %10s %10s %8s %8s %8s %8s\n' "$name" "${requests[$name]}" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "${non2xx[$name]}" "${socket[$name]}"
    json+="$sep{\"phase\":\"$name\",\"requests\":${requests[$name]},\"rps\":${rps[$name]},\"p50Ms\":${p50[$name]},\"p99Ms\":${p99[$name]},\"non2xx\":${non2xx[$name]},\"socketErrors\":${socket[$name]}}"
    sep=","
done
echo "$json]}"
