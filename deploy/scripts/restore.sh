#!/usr/bin/env bash
# Restore of a backup.sh dump into an EMPTY database, optionally followed by a replay of the read models.
#
#   deploy/scripts/restore.sh <dump-file> [--replay]
#
# Stop every Yui node first. The target database (PGDATABASE, default "yui") must exist and be empty
# (createdb yui). Without --replay the read models come back exactly as they were in the dump (consistent with the
# processors' tokens: one snapshot). With --replay the dead letters of the read models are dropped and the script says
# how to rebuild every read model from the restored events: start one node with --yui.replay.on-start=true (the replay
# resets each processor's tokens and empties its tables through its reset handler). The integrity chain is never
# replayed (it must not be recomputed from restored rows): verify it after the restore (README "Tamper evidence").
set -euo pipefail
dump="${1:?usage: restore.sh <dump-file> [--replay]}"
replay="${2:-}"
: "${PGDATABASE:=yui}"
export PGDATABASE
if [ -f "$dump.sha256" ]; then
    sha256sum --check --quiet "$dump.sha256"
fi
existing=$(psql -X -A -t -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$existing" != "0" ]; then
    echo "database $PGDATABASE is not empty ($existing tables): restore into a fresh database" >&2
    exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$PGDATABASE" "$dump"
events=$(psql -X -A -t -c "select count(*) from domain_event_entry")
echo "restored $events events into $PGDATABASE"
if [ "$replay" = "--replay" ]; then
    psql -X -q -c "delete from dead_letter_entry where processing_group <> 'integrity'"
    echo "start ONE node with --yui.replay.on-start=true to rebuild the read models (progress in its log, or"
    echo "FindReplayProgress); start the other nodes when it has caught up."
fi
