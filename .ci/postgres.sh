#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests and prints its URL on stdout.
set -euo pipefail
as_postgres() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PORT="${PATHWAY_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
PGDATA="$(mktemp -d /tmp/pathway-pg.XXXXXX)"
if [ "$(id -u)" = "0" ]; then chown postgres "$PGDATA"; fi
as_postgres "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDATA" start >/dev/null
"$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE DATABASE pathway_test" >/dev/null
echo "postgres://postgres@127.0.0.1:$PORT/pathway_test"
