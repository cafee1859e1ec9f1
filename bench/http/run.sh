#!/usr/bin/env bash
# HTTP benchmark of the site with wrk: a static file, home, an article, a term page, a feed and the read API.
#
#   bench/http/run.sh [REPO_ROOT]
#
# Builds REPO_ROOT (default: this repository) in Release, starts the site in Production on a loopback port with a
# throwaway data directory (seeded from content/), warms every URL up, then runs
# `wrk -t2 -c50 -d10s --latency` on each in turn. Prints requests/s, p50 and p99 per URL and the ratio to the static
# file's requests/s; the last line is JSON. The server and wrk share the machine's cores, so the figures are for the
# pair. On a shared build machine run it under the build lock (flock /work/notes/build.lock bench/http/run.sh).
#
# Environment: PORT (5899), DURATION (10s), CONNECTIONS (50), THREADS (2), ACCEPT_ENCODING (none: wrk sends no
# Accept-Encoding; e.g. br to measure what browsers get).
set -euo pipefail

ROOT=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
PORT=${PORT:-5899}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
SERVER=""
cleanup() {
    if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }
echo "building $ROOT (Release)…" >&2
dotnet build -c Release "$ROOT/src/Cms.Web/Cms.Web.csproj" -o "$WORK/bin" -nologo -v quiet >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }

mkdir -p "$WORK/data"
(
    cd "$ROOT/src/Cms.Web"
    exec env ASPNETCORE_ENVIRONMENT=Production Cms__DataDirectory="$WORK/data" \
        dotnet "$WORK/bin/Cms.Web.dll" --urls "$BASE" >"$WORK/server.log" 2>&1
) &
SERVER=$!
for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$BASE/ru/"; then break; fi
    sleep 0.5
done
curl -fs -o /dev/null "$BASE/ru/" || { echo "the site did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }

home=$(curl -fs "$BASE/ru/")
css=$(grep -o 'href="/css/site\.css[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
article=$(grep -o 'href="/ru/news/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
term=$(curl -fs "$BASE$article" | grep -oE 'href="/ru/(place|tag|organisation|project)/[^"]*"' | head -1 | cut -d'"' -f2)
feed="/ru/feed.xml"
feed_status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$feed")

names=(static home article term feed api)
urls=("$css" "/ru/" "$article" "$term" "$feed" "/api/v1/stories?lang=ru")
header=()
if [[ -n "${ACCEPT_ENCODING:-}" ]]; then header=(-H "Accept-Encoding: $ACCEPT_ENCODING"); fi

# wrk prints latencies as 1.23us / 4.56ms / 1.20s: in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A rps p50 p99 errors
for i in "${!names[@]}"; do
    name=${names[$i]}; url=${urls[$i]}
    if [[ "$name" == feed && "$feed_status" != 200 ]]; then
        echo "skipping the feed: $feed answers $feed_status on this tree" >&2
        continue
    fi
    [[ -n "$url" ]] || { echo "no URL found for $name" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "${header[@]}" "$BASE$url" >/dev/null # warm-up (JIT, caches)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$BASE$url")
    rps[$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    p50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors[$name]=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { e = 1 } END { }' <<<"$out")
    errors[$name]=${errors[$name]:-0}
done

static=${rps[static]}
printf '%-8s %-70s %10s %8s %8s %7s %6s\n' name url req/s p50_ms p99_ms ratio non2xx
json="{\"connections\":$CONNECTIONS,\"threads\":$THREADS,\"duration\":\"$DURATION\",\"acceptEncoding\":\"${ACCEPT_ENCODING:-}\",\"results\":["
sep=""
for i in "${!names[@]}"; do
    name=${names[$i]}
    [[ -n "${rps[$name]:-}" ]] || continue
    ratio=$(awk -v a="${rps[$name]}" -v b="$static" 'BEGIN { printf "%.2f", a / b }')
    printf '%-8s %-70s %10s %8s %8s %7s %6s\n' "$name" "${urls[$i]:0:70}" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio" "${errors[$name]}"
    json+="$sep{\"name\":\"$name\",\"url\":\"${urls[$i]}\",\"rps\":${rps[$name]},\"p50Ms\":${p50[$name]},\"p99Ms\":${p99[$name]},\"ratioToStatic\":$ratio,\"non2xx\":${errors[$name]}}"
    sep=","
done
echo "$json]}"
