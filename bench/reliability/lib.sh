# Shared by the reliability scripts (sourced, not run): bench/lib.sh (the packaged service on a fresh database on the
# machine's PostgreSQL, a watchdog, and a cleanup that stops what was started, by process id), with the reliability
# settings, and PostgreSQL started again on exit if it is down (db-fault stops it on purpose).
#
# Loopback only: PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), the service on 127.0.0.1.
#
# A script does:   . "$(dirname "$0")/lib.sh"; rel_init NAME MAX_SECONDS; rel_fresh_db; rel_start_service true|false;
#                  python3 ... ; exit $rc
# Settings: REL_DB (councilkpi_rel), REL_PORT (8091, or any free port), REL_XMX (1g), REL_MAX_SECONDS (per script),
#           REL_KEEP=1 keeps the work dir (service log, answers) even on success, REL_RATE_LIMIT (false).
# API keys: every run makes a new random bootstrap administrator key, starts the service with it
# (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY) and exports it as REL_API_KEY: benchlib.Client sends it as
# 'Authorization: Bearer ...' on every request. The key lives only in this run's environment and database.

set -euo pipefail

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PGHOST=127.0.0.1
PGPORT=5432
PGUSER=postgres
# shellcheck source=../lib.sh
. "$REL_DIR/../lib.sh"

REL_DB=${REL_DB:-councilkpi_rel}
REL_XMX=${REL_XMX:-1g}
BENCH_KEEP=${REL_KEEP:-0}
BENCH_PORT=${REL_PORT:-8091}
BENCH_ON_EXIT=rel_ensure_pg
export REL_DB REL_DIR
PG_CLUSTER=(15 main)

rel_log() { bench_log "$@"; }

# Starts the machine's PostgreSQL if it is not answering (the db-fault script stops it on purpose).
rel_ensure_pg() {
    if ! bench_pg_up; then
        rel_log "PostgreSQL is not answering: starting it (pg_ctlcluster ${PG_CLUSTER[*]} start)"
        pg_ctlcluster --skip-systemctl-redirect "${PG_CLUSTER[@]}" start || true
        for _ in $(seq 1 60); do bench_pg_up && break; sleep 0.5; done
        bench_pg_up || echo "reliability: PostgreSQL still not answering at $PGHOST:$PGPORT" >&2
    fi
}

rel_init() { # name; max seconds
    bench_init "rel-$1" "${REL_MAX_SECONDS:-$2}" pg_ctlcluster
    BENCH_NAME=$1
    REL_WORK=$BENCH_WORK
    REL_API_KEY=$BENCH_API_KEY
    export REL_WORK REL_API_KEY
    bench_ensure_jar
    rel_ensure_pg
    bench_pg_up || { echo "$BENCH_NAME: PostgreSQL is not up at $PGHOST:$PGPORT" >&2; exit 2; }
}

rel_fresh_db() {
    bench_fresh_db "$REL_DB"
    rel_log "database $REL_DB dropped and created"
}

# Starts one instance of the service on $REL_DB with the run's key (log: $REL_WORK/NAME.log) and waits until it is
# ready; sets REL_INSTANCE_BASE, REL_INSTANCE_METRICS and REL_INSTANCE_PID. Stopped by the cleanup.
rel_start_instance() { # name; demo: true|false
    bench_start_service "$1" "$REL_DB" COUNCILKPI_DEMO_ENABLED="$2" \
        COUNCILKPI_RATE_LIMIT_ENABLED="${REL_RATE_LIMIT:-false}" -- "-Xmx$REL_XMX"
    REL_INSTANCE_BASE=$BENCH_BASE
    REL_INSTANCE_METRICS=$BENCH_METRICS
    REL_INSTANCE_PID=$BENCH_PID
}

rel_start_service() { # demo: true|false
    rel_start_instance service "$1"
    REL_BASE=$REL_INSTANCE_BASE
    REL_METRICS=$REL_INSTANCE_METRICS
    SERVICE_PID=$REL_INSTANCE_PID
    export REL_BASE REL_METRICS SERVICE_PID
}

# Lines of the service log that say something went wrong (for the report), at most N.
rel_service_errors() { bench_service_errors "$REL_WORK/service.log" "${1:-20}"; }
