#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests of the PostgreSQL search backend, the same in CI and on a
# developer's machine. Debian's server is installed with apt-get when no PostgreSQL binaries are found.
#
#   eval "$(.ci/postgres.sh start)"   initdb into a fresh folder, start on 127.0.0.1, create the database,
#                                      print `export DATABASE_URL=...`
#   .ci/postgres.sh restart            restart the running server (same data, same port)
#   .ci/postgres.sh down | up          stop the server keeping its data (an outage), start it again
#   .ci/postgres.sh stop               stop it (and its replica) and delete its folder
#   .ci/postgres.sh url                print its DATABASE_URL
#   eval "$(.ci/postgres.sh replica)"  a streaming replica of it (pg_basebackup) on another free port, once
#                                      it streams; prints `export DATABASE_REPLICA_URL=...`
#
# Settings (environment): RELAIS_PG_DIR (default ${TMPDIR:-/tmp}/relais-pg), RELAIS_PG_PORT (default: a
# free port), RELAIS_PG_DB (default relais). Run as root, the server runs as the `postgres` user
# (PostgreSQL refuses to run as root); run as anyone else, as that user. Authentication is `trust` on
# loopback only: for tests, never for a real deployment.
set -euo pipefail

DIR="${RELAIS_PG_DIR:-${TMPDIR:-/tmp}/relais-pg}"
DB="${RELAIS_PG_DB:-relais}"
DATA="$DIR/data"
REPLICA="$DIR/replica"
STATE="$DIR/state"

say() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "no PostgreSQL server binaries found; install PostgreSQL (Debian: apt-get install postgresql) or run as root on Debian"
    exit 1
  fi
  say "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # Debian's server package ships the contrib extensions (fuzzystrmatch, pg_trgm) too.
  apt-get install -y -qq --no-install-recommends postgresql >&2
}

# Runs a server command as the user that owns the data folder.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su -s /bin/sh postgres -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

load_state() {
  if [ ! -f "$STATE" ]; then say "no server started from $DIR (run: $0 start)"; exit 1; fi
  # shellcheck disable=SC1090
  . "$STATE"
}

start() {
  local bindir port
  bindir="$(find_bindir || true)"
  if [ -z "$bindir" ]; then install_postgres; bindir="$(find_bindir)"; fi
  if [ -f "$STATE" ]; then
    # A server from an earlier run: stop it and start afresh.
    stop >/dev/null 2>&1 || true
  fi
  port="${RELAIS_PG_PORT:-$(free_port)}"
  rm -rf "$DIR"
  mkdir -p "$DATA"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /bin/sh postgres
    chown -R postgres: "$DIR"
  fi
  chmod 700 "$DATA"
  as_owner "$bindir/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; exit 1; }
  cat >"$STATE" <<EOF
BINDIR='$bindir'
PORT='$port'
EOF
  # Throw-away data: durability settings off, sockets in the folder, TCP on loopback only. In the
  # configuration file, so that restart and up keep them.
  cat >>"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  as_owner "$bindir/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE \"$DB\"" >&2
  say "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, data in $DATA"
  url
}

url() {
  load_state
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
}

restart() {
  load_state
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 -m fast restart >&2
}

down() {
  load_state
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -w -t 60 -m fast stop >&2
}

up() {
  load_state
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >&2
}

stop() {
  load_state
  if [ -d "$REPLICA" ]; then as_owner "$BINDIR/pg_ctl" -D "$REPLICA" -w -t 60 -m fast stop >&2 || true; fi
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -w -t 60 -m fast stop >&2 || true
  rm -rf "$DIR"
}

# A hot standby streaming from the server: what instances read from in a deployment with read replicas.
# Tests pause its replay (SELECT pg_wal_replay_pause()) to make it lag.
replica() {
  local port i status
  load_state
  if [ -d "$REPLICA" ]; then
    as_owner "$BINDIR/pg_ctl" -D "$REPLICA" -w -t 60 -m fast stop >/dev/null 2>&1 || true
    rm -rf "$REPLICA"
  fi
  port="${RELAIS_PG_REPLICA_PORT:-$(free_port)}"
  mkdir -p "$REPLICA"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$REPLICA"; fi
  chmod 700 "$REPLICA"
  # -R writes primary_conninfo and standby.signal: the copy starts as a standby of the server.
  as_owner "$BINDIR/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres -D "$REPLICA" -R -X stream -c fast >&2
  printf "port = %s\nhot_standby = on\n" "$port" >>"$REPLICA/postgresql.conf"
  echo "REPLICA_PORT='$port'" >>"$STATE"
  as_owner "$BINDIR/pg_ctl" -D "$REPLICA" -l "$DIR/replica.log" -w -t 60 start >&2 || { cat "$DIR/replica.log" >&2; exit 1; }
  for i in $(seq 1 150); do
    status="$(as_owner "$BINDIR/psql" -X -A -t -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "SELECT status FROM pg_stat_wal_receiver" 2>/dev/null || true)"
    if [ "$status" = "streaming" ]; then
      say "replica streaming on 127.0.0.1:$port, data in $REPLICA"
      echo "export DATABASE_REPLICA_URL=postgres://postgres@127.0.0.1:$port/$DB"
      return 0
    fi
    sleep 0.2
  done
  say "the replica did not start streaming; see $DIR/replica.log"
  exit 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  down) down ;;
  up) up ;;
  url) url ;;
  replica) replica ;;
  *) echo "usage: $0 start|stop|restart|down|up|url|replica" >&2; exit 2 ;;
esac
