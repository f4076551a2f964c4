#!/usr/bin/env bash
# Ingest benchmark (issue 4). Two measurements, each printing articles/s, incidents and peak memory:
#  1. store + merge alone: COUNT ready-extracted articles (1-3 reports each, every attack told by several outlets)
#     through IRaidlogStore.IngestMany, one transaction per batch of 256 as `raidlog ingest` does, into SQLite and PostgreSQL;
#  2. the whole `raidlog ingest` (read, extract, store, merge) over PIPELINE generated report files into SQLite.
#   benchmarks/ingest.sh [COUNT=100000] [PIPELINE=10000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
pipeline="${2:-10000}"
out="$root/artifacts/bench/ingest"
mkdir -p "$out"
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build "$root/benchmarks/Raidlog.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
bench="$root/benchmarks/Raidlog.Benchmarks/bin/Release/net10.0/Raidlog.Benchmarks.dll"
peak() { awk -F': ' '/Maximum resident set size/ { printf "peak RSS %.0f MB", $2 / 1024 }' "$1"; }

echo "== store + merge, $count articles, SQLite"
rm -f "$out/store.db" "$out/store.db-wal" "$out/store.db-shm"
/usr/bin/time -v -o "$out/sqlite.time" dotnet "$bench" ingest-store "$out/store.db" "$count"
echo "   $(peak "$out/sqlite.time")"

echo "== store + merge, $count articles, PostgreSQL"
bash "$root/tools/setup/postgres.sh" >&2
admin="$(cat "$root/.build/pg.conn")"
psql_args=(-h 127.0.0.1 -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$admin")" -U postgres -d postgres -qc)
psql "${psql_args[@]}" "DROP DATABASE IF EXISTS raidlog_bench WITH (FORCE)"
psql "${psql_args[@]}" "CREATE DATABASE raidlog_bench"
/usr/bin/time -v -o "$out/pg.time" dotnet "$bench" ingest-store "${admin/Database=postgres/Database=raidlog_bench}" "$count"
echo "   $(peak "$out/pg.time")"

echo "== raidlog ingest (read + extract + store + merge), $pipeline generated reports, SQLite"
reports="$root/artifacts/bench/reports-$pipeline"
if [ ! -f "$reports/.complete" ]; then
  rm -rf "$reports" && dotnet "$bench" generate "$reports" "$pipeline" >&2 && touch "$reports/.complete"
fi
"$root/raidlog" --help >/dev/null   # builds the CLI outside the timed run
rm -f "$out/pipeline.db" "$out/pipeline.db-wal" "$out/pipeline.db-shm"
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/pipeline.time" "$root/raidlog" ingest "$reports" --db "$out/pipeline.db" --quiet
end=$(date +%s.%N)
awk -v n="$pipeline" -v a="$start" -v b="$end" 'BEGIN { s = b - a; printf "   %d articles in %.1f s = %.0f articles/s, ", n, s, n / s }'
echo "$(peak "$out/pipeline.time")"
