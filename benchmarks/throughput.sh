#!/usr/bin/env bash
# Throughput benchmark: `raidlog extract` against wink-nlp (readDoc + entities) on the same generated
# reports, both pinned to core 0, in the same run. Prints articles/s, MB/s, peak RSS and the ratio.
#   benchmarks/throughput.sh [COUNT]        (default 10000; reports are generated once and reused)
#   RUNS=5 benchmarks/throughput.sh         (alternating runs of each; medians are printed, default 3)
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

# The two run in turn, RUNS times (default 3), and every figure is the median: on a shared machine one run can
# be a third off either way, and alternating keeps a drift in the machine's speed from favouring either side.
runs="${RUNS:-3}"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/raidlog.runs"; : > "$work/wink.runs"
for ((i = 1; i <= runs; i++)); do
  run raidlog "$root/raidlog" extract "$folder" --format jsonl >> "$work/raidlog.runs"
  run wink node "$root/benchmarks/wink/bench.js" "$folder" >> "$work/wink.runs"
done
r_lines=$(wc -l < "$work/raidlog.out")
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$2" '{ print $c }' "$work/$1.runs" | median; }
r_sec=$(column raidlog 1); r_kb=$(column raidlog 2); r_cpu=$(column raidlog 3)
w_sec=$(column wink 1); w_kb=$(column wink 2); w_cpu=$(column wink 3)
# the speed ratio of each pair (raidlog run i against wink run i), then the median of those
ratio() { paste -d' ' "$work/raidlog.runs" "$work/wink.runs" | awk -v c="$1" '{ print $(c + 3) / $c }' | median; }
wall_ratio=$(ratio 1); cpu_ratio=$(ratio 3)

report() { # name wall_seconds peak_kb cpu_seconds
  awk -v n="$1" -v s="$2" -v kb="$3" -v cpu="$4" -v a="$articles" -v b="$bytes" \
    'BEGIN { printf "%-8s %6d articles %6.1f MB  wall %6.2f s: %6.0f articles/s %5.2f MB/s  cpu %6.2f s: %6.0f articles/s %5.2f MB/s  peak RSS %4.0f MB\n",
             n, a, b/1e6, s, a/s, b/1e6/s, cpu, a/cpu, b/1e6/cpu, kb/1024 }'
}
echo "pinned to core 0 (taskset -c 0); whole process incl. start-up; cpu = user+sys (fairer when the core is shared)"
echo "medians of $runs alternating runs each; load average before the runs: $load on $(nproc) cores"
report raidlog "$r_sec" "$r_kb" "$r_cpu"
report wink "$w_sec" "$w_kb" "$w_cpu"
echo "wink in-process (after model load): $(cat "$work/wink.out")"
awk -v w="$wall_ratio" -v c="$cpu_ratio" -v rl="$(awk '{ printf "%.2f ", $3 }' "$work/raidlog.runs")" -v wl="$(awk '{ printf "%.2f ", $3 }' "$work/wink.runs")" \
  'BEGIN { printf "raidlog/wink speed ratio (median of pairs): %.2fx by wall time, %.2fx by cpu time\ncpu seconds per run: raidlog %s/ wink %s\n", w, c, rl, wl }'
echo "raidlog wrote $r_lines JSON lines; $(grep -c . "$work/raidlog.err" || true) diagnostics on stderr"
