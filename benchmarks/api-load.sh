#!/usr/bin/env bash
# API load benchmark: `raidlog serve` over a SQLite store of COUNT merged incidents (default 100000), then
# wrk on loopback against GET /api/incidents with several filter mixes, each a bounded number of requests,
# one connection (latency) and eight (under load). Prints p50/p95/p99 per query. The goal: p95 < 50 ms.
#   benchmarks/api-load.sh [COUNT] [REQUESTS]     (defaults 100000, 1000; the store is seeded once into artifacts/bench and reused)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
requests="${2:-1000}"
db="$root/artifacts/bench/api-$count.db"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

if [ ! -f "$db.complete" ]; then
  echo "== seeding $count incidents into $db (once)" >&2
  mkdir -p "$(dirname "$db")" && rm -f "$db" "$db-wal" "$db-shm"
  dotnet build "$root/benchmarks/Raidlog.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
  dotnet "$root/benchmarks/Raidlog.Benchmarks/bin/Release/net10.0/Raidlog.Benchmarks.dll" seed-store "$db" "$count"
  touch "$db.complete"
fi
"$root/raidlog" --help >/dev/null   # builds the CLI outside the measured run

log="$(mktemp)"
"$root/raidlog" serve --db "$db" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q 'serving' "$log" && break; sleep 0.1; done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)"
[ -n "$base" ] || { cat "$log" >&2; exit 1; }
echo "== $base over $db: $(curl -s "$base/api/incidents?limit=1" | grep -o '"total":[0-9]*')"

queries=(
  ""                                   # newest 100
  "country=UA&mode=drone"
  "from=2024-06-01&to=2024-06-30"
  "sort=-launched&offset=5000"
  "bbox=30,46,37,52&disputed=false&limit=500"   # a country-sized box: 60% of the store
  "bbox=30.4,50.3,30.7,50.6"                    # a city-sized box
  "text=Kharkiv"                                # a place in 1 of 15 incidents (trigram index)
)
REQUESTS=500 wrk -t1 -c1 -d120s -s "$root/benchmarks/api-load.lua" "$base/api/incidents" >/dev/null   # warm-up: JIT, page cache
for query in "${queries[@]}"; do
  for connections in 1 8; do
    printf '%-44s c=%d  ' "/api/incidents?$query" "$connections"
    REQUESTS=$requests wrk -t1 -c"$connections" -d300s -s "$root/benchmarks/api-load.lua" "$base/api/incidents?$query" | tail -1
  done
done
