#!/usr/bin/env bash
# Throughput benchmark: `raidlog extract` against wink-nlp (readDoc + entities) on the same generated
# reports, both pinned to core 0, in the same run. Prints articles/s, MB/s, peak RSS and the ratio.
#   benchmarks/throughput.sh [COUNT]        (default 10000; reports are generated once and reused)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
folder="${BENCH_DIR:-$root/artifacts/bench/reports-$count}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Tools: GNU time for peak RSS, taskset (util-linux) for pinning, node/npm for the baseline.
if [ ! -x /usr/bin/time ] || ! command -v taskset >/dev/null; then
  apt-get update -qq && apt-get install -y -qq time util-linux >/dev/null
fi
if [ ! -d "$root/benchmarks/wink/node_modules/wink-nlp" ]; then
  (cd "$root/benchmarks/wink" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ ! -f "$folder/.complete" ]; then
  echo "== generating $count reports in $folder" >&2
  dotnet build "$root/benchmarks/Raidlog.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
  rm -rf "$folder"
  dotnet "$root/benchmarks/Raidlog.Benchmarks/bin/Release/net10.0/Raidlog.Benchmarks.dll" generate "$folder" "$count" >&2
  touch "$folder/.complete"
fi
"$root/raidlog" --help >/dev/null   # builds the CLI (Release) outside the timed run

articles=$(find "$folder" -name '*.txt' | wc -l)
bytes=$(find "$folder" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

# run NAME COMMAND...: one timed, pinned run; prints "wall_seconds peak_kb cpu_seconds"
run() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/$name.time" taskset -c 0 "$@" > "$work/$name.out" 2> "$work/$name.err" || {
    echo "$name failed:" >&2; tail -5 "$work/$name.err" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 } /(User|System) time/ { cpu += $2 }
              END { print s, kb, cpu }' "$work/$name.time"
}

load="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r r_sec r_kb r_cpu < <(run raidlog "$root/raidlog" extract "$folder" --format jsonl)
r_lines=$(wc -l < "$work/raidlog.out")
read -r w_sec w_kb w_cpu < <(run wink node "$root/benchmarks/wink/bench.js" "$folder")

report() { # name wall_seconds peak_kb cpu_seconds
  awk -v n="$1" -v s="$2" -v kb="$3" -v cpu="$4" -v a="$articles" -v b="$bytes" \
    'BEGIN { printf "%-8s %6d articles %6.1f MB  wall %6.2f s: %6.0f articles/s %5.2f MB/s  cpu %6.2f s: %6.0f articles/s %5.2f MB/s  peak RSS %4.0f MB\n",
             n, a, b/1e6, s, a/s, b/1e6/s, cpu, a/cpu, b/1e6/cpu, kb/1024 }'
}
echo "pinned to core 0 (taskset -c 0); whole process incl. start-up; cpu = user+sys (fairer when the core is shared)"
echo "load average before the runs: $load on $(nproc) cores"
report raidlog "$r_sec" "$r_kb" "$r_cpu"
report wink "$w_sec" "$w_kb" "$w_cpu"
echo "wink in-process (after model load): $(cat "$work/wink.out")"
awk -v r="$r_sec" -v w="$w_sec" -v rc="$r_cpu" -v wc="$w_cpu" \
  'BEGIN { printf "raidlog/wink speed ratio: %.2fx by wall time, %.2fx by cpu time\n", w/r, wc/rc }'
echo "raidlog wrote $r_lines JSON lines; $(grep -c . "$work/raidlog.err" || true) diagnostics on stderr"
