#!/usr/bin/env bash
# Backup of Yui's whole database (event store, snapshots, tokens, dead letters, read models, integrity chain, users):
# one consistent pg_dump snapshot in PostgreSQL's custom format. Safe while the nodes run (MVCC snapshot).
#
#   deploy/scripts/backup.sh [output-file]        default: yui-<UTC timestamp>.dump
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; default database "yui").
# The embedded PostgreSQL of a single node listens on 127.0.0.1:54329 (user postgres, database postgres).
set -euo pipefail
: "${PGDATABASE:=yui}"
export PGDATABASE
out="${1:-yui-$(date -u +%Y%m%dT%H%M%SZ).dump}"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$out"
events=$(psql -X -A -t -c "select count(*) from domain_event_entry")
echo "backup written: $out ($events events; $(du -h "$out" | cut -f1))"
sha256sum "$out" > "$out.sha256"
echo "checksum: $out.sha256"
