#!/usr/bin/env bash
# Database fault: stops the machine's PostgreSQL (pg_ctlcluster 15 main stop) in the middle of a light load, starts it
# again ~5 s later, and checks the service's answers while it is down (503 problems, quickly), its recovery (a 200
# within 10 s) and that no import batch is half-written. PostgreSQL is started again on any exit.
# Run from anywhere:  bench/reliability/db-fault.sh     (bench/reliability/README.md: settings)
# Warning: this restarts the machine's PostgreSQL: every other client of it (other databases too) loses its connections.
. "$(dirname "$0")/lib.sh"
rel_init db-fault $(( 600 + ${REL_PG_IDLE_WAIT:-300} ))

# Restarting PostgreSQL cuts every other client of it: wait (up to REL_PG_IDLE_WAIT s, default 300) until no other
# database has a session, unless REL_FORCE_PG_RESTART=1.
others_sql="select coalesce(string_agg(datname || ' (' || n || ')', ', '), '') from (select datname, count(*) n
  from pg_stat_activity where datname is not null and datname not in ('$REL_DB', 'postgres') group by 1) s"
waited=0
while [ "${REL_FORCE_PG_RESTART:-0}" != 1 ]; do
    others=$(psql -X -At -d postgres -c "$others_sql")
    [ -z "$others" ] && break
    if [ "$waited" -ge "${REL_PG_IDLE_WAIT:-300}" ]; then
        echo "db-fault: other clients still use PostgreSQL after ${waited}s: $others; not restarting it" \
             "(REL_FORCE_PG_RESTART=1 to restart anyway)" >&2
        exit 2
    fi
    [ "$waited" = 0 ] && rel_log "other clients use PostgreSQL ($others): waiting for them to finish"
    sleep 5; waited=$((waited + 5))
done
rel_fresh_db
rel_start_service false
rc=0
python3 "$REL_DIR/db_fault.py" || rc=$?
echo
echo "service log, warnings and errors (count x line):"
rel_service_errors 15
exit "$rc"
