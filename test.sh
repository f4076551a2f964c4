#!/usr/bin/env bash
# Runs every test on a fresh machine: each tools/setup/*.sh installs or starts what some tests need
# (Debian packages, npm data, a throwaway PostgreSQL), then `dotnet test` runs the whole solution.
set -euo pipefail
cd "$(dirname "$0")"
for step in tools/setup/*.sh; do
  [ -e "$step" ] || continue
  echo "== $step"
  bash "$step"
done
dotnet test Raidlog.slnx -c Release --nologo
