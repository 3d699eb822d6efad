#!/usr/bin/env bash
# Runs a command with TEST_POSTGRES_URL pointing at a PostgreSQL server on loopback.
#
# When TEST_POSTGRES_URL is already set, that server is used as it is. Otherwise a throw-away cluster is made in a
# temporary folder from the PostgreSQL binaries installed on this machine (Debian: `apt-get install postgresql`),
# started on 127.0.0.1 on a free port, and removed when the command ends. Each test file makes its own database
# in it and drops it afterwards.
set -euo pipefail

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  exec "$@"
fi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
fi
if [ -z "$bindir" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server not found: install it (Debian: apt-get install postgresql) or set TEST_POSTGRES_URL." >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/hub-pg-XXXXXX")"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

# PostgreSQL refuses to run as root: under root the cluster belongs to the "postgres" account.
as_owner() { "$@"; }
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
  chown postgres "$dir"
  chmod 755 "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi

cleanup() {
  status=$?
  # A failed run shows what the server refused or broke off (deadlocks, lock waits), which the hub's error hides.
  if [ "$status" != "0" ] && [ -f "$dir/server.log" ]; then
    echo "--- PostgreSQL server log: errors ---" >&2
    grep -E -A4 "(ERROR|FATAL|PANIC):" "$dir/server.log" | tail -n 200 >&2 || true
  fi
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# Tests only: no fsync, room for every test file's connection pool.
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
