#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on loopback for the storage tests (installing Debian's postgresql if
# missing) and writes its connection string to .build/pg.conn. Idempotent: a cluster already running is reused.
# Each checkout gets its own data folder and port, so parallel checkouts do not collide.
# Stop it: su postgres -c "$(cat .build/pg.bin)/pg_ctl -D $(cat .build/pg.dir) -m fast stop"
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$root/.build"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: installing postgresql (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

key=$(printf '%s' "$root" | md5sum | cut -c1-8)
port=$((55000 + 0x${key:0:4} % 900))
data="${TMPDIR:-/tmp}/raidlog-pg-$key"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }

if [ ! -f "$data/PG_VERSION" ]; then
  rm -rf "$data" && mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  as_pg "$bin/initdb -D '$data' -A trust -U postgres -E UTF8 >/dev/null"
fi
if ! as_pg "$bin/pg_ctl -D '$data' status" >/dev/null 2>&1; then
  # fsync off: a test cluster needs no durability, and it makes the suite faster.
  as_pg "$bin/pg_ctl -D '$data' -o \"-p $port -k '$data' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l '$data/log' -w -t 30 start" >/dev/null
fi
conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc "select 1" >/dev/null
printf '%s\n' "$conn" > "$root/.build/pg.conn"
printf '%s\n' "$bin" > "$root/.build/pg.bin"
printf '%s\n' "$data" > "$root/.build/pg.dir"
echo "postgres.sh: PostgreSQL on 127.0.0.1:$port ($data); connection string in .build/pg.conn"
