#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on 127.0.0.1 for the database tests and prints the
# URL of its scratch database. Installs Debian's postgresql when it is missing. Data, socket and
# log live outside the repository.
set -euo pipefail
PORT="${PGPORT_TEST:-54329}"
BASE="${PG_TEST_DIR:-/tmp/kasko-pg}"
if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq > /dev/null
  apt-get install -y -qq postgresql > /dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
# A server left running by an earlier run in the same place is stopped before its files go.
if [ -f "$BASE/data/postmaster.pid" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$BASE/data" -m fast -w stop > /dev/null 2>&1 || true
fi
rm -rf "$BASE"
mkdir -p "$BASE/data" "$BASE/sock" "$BASE/log"
chown -R postgres:postgres "$BASE"
runuser -u postgres -- "$BIN/initdb" -D "$BASE/data" -A trust -U postgres > /dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$BASE/data" -l "$BASE/log/pg.log" -o "-c listen_addresses=127.0.0.1 -p $PORT -k $BASE/sock" -w start > /dev/null
runuser -u postgres -- "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres kasko_test
echo "postgres://postgres@127.0.0.1:$PORT/kasko_test"
