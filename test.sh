#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Raidlog.slnx -c Release --nologo
