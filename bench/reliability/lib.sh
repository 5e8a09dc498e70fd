# Shared by the reliability scripts (sourced, not run): the packaged service on a fresh database on the machine's
# PostgreSQL, a watchdog, and a cleanup that stops what was started (by process id) and leaves PostgreSQL running.
#
# Loopback only: PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), the service on 127.0.0.1.
#
# A script does:   . "$(dirname "$0")/lib.sh"; rel_init NAME; rel_fresh_db; rel_start_service true|false;
#                  python3 ... ; rel_finish $rc
# Settings: REL_DB (councilkpi_rel), REL_PORT (8091, or any free port), REL_XMX (1g), REL_MAX_SECONDS (per script),
#           REL_KEEP=1 keeps the work dir (service log, answers) even on success.
# API keys: every run makes a new random bootstrap administrator key, starts the service with it
# (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY) and exports it as REL_API_KEY: relcommon.Client sends it as
# 'Authorization: Bearer ...' on every request. The key lives only in this run's environment and database.

set -euo pipefail

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REL_ROOT=$(cd "$REL_DIR/../.." && pwd)
REL_JAR=$REL_ROOT/target/quarkus-app/quarkus-run.jar
REL_DB=${REL_DB:-councilkpi_rel}
REL_XMX=${REL_XMX:-1g}
REL_KEEP=${REL_KEEP:-0}
PGHOST=127.0.0.1
PGPORT=5432
PGUSER=postgres
PGOPTIONS='-c client_min_messages=warning'
PYTHONDONTWRITEBYTECODE=1
export PGHOST PGPORT PGUSER PGOPTIONS REL_DB REL_DIR PYTHONDONTWRITEBYTECODE
PG_CLUSTER=(15 main)

SERVICE_PID=
REL_EXTRA_PIDS=
WATCHDOG_PID=
REL_MAIN_PID=$$
REL_WORK=
REL_NAME=

rel_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

rel_stop_pid() { # pid, seconds to wait after TERM before KILL
    local pid=$1 wait_for=${2:-5}
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait_for * 10))); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

rel_pg_up() { pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2; }

# Starts the machine's PostgreSQL if it is not answering (the db-fault script stops it on purpose).
rel_ensure_pg() {
    if ! rel_pg_up; then
        rel_log "PostgreSQL is not answering: starting it (pg_ctlcluster ${PG_CLUSTER[*]} start)"
        pg_ctlcluster --skip-systemctl-redirect "${PG_CLUSTER[@]}" start || true
        for _ in $(seq 1 60); do rel_pg_up && break; sleep 0.5; done
        rel_pg_up || echo "reliability: PostgreSQL still not answering at $PGHOST:$PGPORT" >&2
    fi
}

rel_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    rel_stop_pid "$SERVICE_PID" 20; SERVICE_PID=
    for pid in $REL_EXTRA_PIDS; do rel_stop_pid "$pid" 20; done; REL_EXTRA_PIDS=
    rel_stop_pid "$WATCHDOG_PID" 1; WATCHDOG_PID=
    rel_ensure_pg
    if [ -n "$REL_WORK" ]; then
        if [ "$rc" -ne 0 ] || [ "$REL_KEEP" = 1 ]; then
            echo "$REL_NAME: work dir kept: $REL_WORK (service log, answers)"
        else
            rm -rf "$REL_WORK"
        fi
    fi
    exit "$rc"
}

rel_init() { # name; max seconds
    REL_NAME=$1
    local max_seconds=${REL_MAX_SECONDS:-$2}
    for tool in java psql pg_isready pg_ctlcluster curl python3; do
        command -v "$tool" >/dev/null || { echo "$REL_NAME: needs $tool on the PATH" >&2; exit 2; }
    done
    REL_WORK=$(mktemp -d "/tmp/councilkpi-rel-$REL_NAME.XXXXXX")
    export REL_WORK
    trap rel_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    # The watchdog: after max_seconds it stops the service (so pending requests return) and this script; it ends
    # by itself within a second of the script ending.
    (
        start=$SECONDS
        while kill -0 "$REL_MAIN_PID" 2>/dev/null; do
            if [ $((SECONDS - start)) -ge "$max_seconds" ]; then
                echo "$REL_NAME: time limit of ${max_seconds}s reached, stopping" >&2
                if [ -f "$REL_WORK/service.pid" ]; then kill -TERM "$(cat "$REL_WORK/service.pid")" 2>/dev/null || true; fi
                kill -TERM "$REL_MAIN_PID" 2>/dev/null || true
                exit 0
            fi
            sleep 1
        done
    ) &
    WATCHDOG_PID=$!

    if [ ! -f "$REL_JAR" ]; then
        rel_log "no $REL_JAR: building (./mvnw -q package -DskipTests)"
        (cd "$REL_ROOT" && ./mvnw -q package -DskipTests)
    fi
    if [ -n "$(cd "$REL_ROOT" && find src pom.xml -newer "$REL_JAR" -type f -print -quit 2>/dev/null)" ]; then
        rel_log "note: some sources are newer than $REL_JAR; rebuild (./mvnw -q package -DskipTests) to test them"
    fi
    rel_ensure_pg
    rel_pg_up || { echo "$REL_NAME: PostgreSQL is not up at $PGHOST:$PGPORT" >&2; exit 2; }
}

rel_fresh_db() {
    psql -X -q -v ON_ERROR_STOP=1 -d postgres \
        -c "drop database if exists $REL_DB with (force)" -c "create database $REL_DB"
    rel_log "database $REL_DB dropped and created"
}

rel_start_service() { # demo: true|false
    local demo=$1
    REL_API_KEY=$(python3 -c 'import secrets; print("bench-" + secrets.token_urlsafe(32))')
    export REL_API_KEY
    rel_start_instance service "$demo"
    REL_BASE=$REL_INSTANCE_BASE
    REL_METRICS=$REL_INSTANCE_METRICS
    SERVICE_PID=$REL_INSTANCE_PID
    echo "$SERVICE_PID" >"$REL_WORK/service.pid"
    export REL_BASE REL_METRICS SERVICE_PID
}

# Starts one more instance of the service on the same database and key (log: $REL_WORK/NAME.log), and waits until
# it is ready; sets REL_INSTANCE_BASE, REL_INSTANCE_METRICS and REL_INSTANCE_PID. Stopped by the cleanup.
rel_start_instance() { # name; demo: true|false
    local name=$1 demo=$2 port management
    port=$(python3 "$REL_DIR/relcommon.py" free-port "${REL_PORT:-8091}")
    # Metrics are on the management interface, a port of its own (any free one here).
    management=$(python3 "$REL_DIR/relcommon.py" free-port "$((port + 1000))")
    REL_INSTANCE_BASE=http://127.0.0.1:$port
    REL_INSTANCE_METRICS=http://127.0.0.1:$management/q/metrics
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$REL_DB" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$management" \
    COUNCILKPI_EMBEDDED_POSTGRES_ENABLED=false COUNCILKPI_DEMO_ENABLED="$demo" \
    COUNCILKPI_RATE_LIMIT_ENABLED="${REL_RATE_LIMIT:-false}" \
    COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY="$REL_API_KEY" COUNCILKPI_SECURITY_ANONYMOUS_READ=false \
        java "-Xmx$REL_XMX" -jar "$REL_JAR" >"$REL_WORK/$name.log" 2>&1 &
    REL_INSTANCE_PID=$!
    [ "$name" = service ] || REL_EXTRA_PIDS="$REL_EXTRA_PIDS $REL_INSTANCE_PID"
    local t0=$SECONDS
    for _ in $(seq 1 240); do
        if ! kill -0 "$REL_INSTANCE_PID" 2>/dev/null; then
            echo "$REL_NAME: the service ($name) exited during start; its log:" >&2
            tail -n 40 "$REL_WORK/$name.log" >&2
            exit 1
        fi
        if curl -sf --max-time 2 "$REL_INSTANCE_BASE/q/health/ready" >/dev/null 2>&1; then
            rel_log "$name up on $REL_INSTANCE_BASE (pid $REL_INSTANCE_PID, demo data $demo) in $((SECONDS - t0)) s"
            return 0
        fi
        sleep 0.5
    done
    echo "$REL_NAME: the service ($name) was not ready after 120 s; its log:" >&2
    tail -n 40 "$REL_WORK/$name.log" >&2
    exit 1
}

# Lines of the service log that say something went wrong (for the report), at most N.
rel_service_errors() {
    local n=${1:-20}
    grep -E '^[0-9-]+ [0-9:,.]+ +(ERROR|WARN) ' "$REL_WORK/service.log" \
        | sed -E 's/^[0-9-]+ [0-9:,.]+ +//; s/\(executor-thread-[0-9]+\)|\(vert\.x-[a-z-]+-[0-9]+\)/(thread)/' \
        | cut -c1-300 | sort | uniq -c | sort -rn | head -n "$n" || true
}
