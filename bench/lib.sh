# Shared by every bench and reliability script (sourced, not run): the packaged service on the machine's PostgreSQL,
# a watchdog, and a cleanup that stops what the script started (by process id) on any exit. Python helpers shared by
# the scripts are in bench/benchlib.py (standard library only).
#
# Loopback only: PostgreSQL at $PGHOST:$PGPORT (127.0.0.1:5432, user postgres, trust auth), the service on 127.0.0.1.
#
# A script does:
#   . "$(dirname "$0")/lib.sh"               (bench/reliability/lib.sh sources it the same way)
#   bench_init NAME MAX_SECONDS [TOOL ...]   checks the tools, makes the work dir $BENCH_WORK, arms the cleanup and
#                                            a watchdog that stops everything after MAX_SECONDS
#   bench_ensure_jar                         builds the jar if it is missing; says so if sources are newer
#   bench_fresh_db DB                        drops and creates a database
#   bench_start_service LABEL DB [NAME=VALUE ...] [-- JAVA_OPTION ...]    see below
#   bench_stop_service [PID]                 stops an instance (default: the last one started)
#   bench_track PID                          another background process for the cleanup to stop
# Settings a script may set before bench_init: BENCH_KEEP=1 keeps the work dir after a success (it is always kept
# after a failure); BENCH_ON_EXIT=function, run by the cleanup after the processes are stopped.
# API keys: bench_new_key prints a random key; bench_start_service starts the service with $BENCH_API_KEY (made by
# bench_init) as its bootstrap administrator key (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_ROOT=$(cd "$BENCH_DIR/.." && pwd)
BENCH_JAR=${BENCH_JAR:-$BENCH_ROOT/target/quarkus-app/quarkus-run.jar}   # BENCH_JAR=...: bench another build
BENCH_PY=$BENCH_DIR/benchlib.py
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGOPTIONS=${PGOPTIONS:-'-c client_min_messages=warning'}
PYTHONDONTWRITEBYTECODE=1
export PGHOST PGPORT PGUSER PGOPTIONS PYTHONDONTWRITEBYTECODE

BENCH_NAME=bench
BENCH_WORK=
BENCH_KEEP=${BENCH_KEEP:-0}
BENCH_ON_EXIT=${BENCH_ON_EXIT:-}
BENCH_MAIN_PID=$$
BENCH_WATCHDOG_PID=
BENCH_SERVICE_PIDS=
BENCH_TRACKED_PIDS=
BENCH_FREED_PORTS=

bench_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

bench_new_key() { python3 -c 'import secrets; print("bench-" + secrets.token_urlsafe(32))'; }

bench_free_port() { python3 "$BENCH_PY" free-port "$1"; } # PREFERRED if free on 127.0.0.1, else any free port

bench_stop_pid() { # pid, seconds to wait after TERM before KILL
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

bench_track() { BENCH_TRACKED_PIDS="$BENCH_TRACKED_PIDS $1"; }

bench_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local pid
    for pid in $BENCH_TRACKED_PIDS; do bench_stop_pid "$pid" 2; done
    BENCH_TRACKED_PIDS=
    for pid in $BENCH_SERVICE_PIDS; do bench_stop_pid "$pid" 20; done
    BENCH_SERVICE_PIDS=
    bench_stop_pid "$BENCH_WATCHDOG_PID" 1
    BENCH_WATCHDOG_PID=
    if [ -n "$BENCH_ON_EXIT" ]; then "$BENCH_ON_EXIT" || true; fi
    if [ -n "$BENCH_WORK" ]; then
        if [ "$rc" -ne 0 ]; then
            echo "$BENCH_NAME: failed (exit $rc); work dir kept: $BENCH_WORK (service log, outputs)" >&2
        elif [ "$BENCH_KEEP" = 1 ]; then
            echo "$BENCH_NAME: work dir kept: $BENCH_WORK"
        else
            rm -rf "$BENCH_WORK"
        fi
    fi
    exit "$rc"
}

bench_init() { # name; max seconds; tools needed besides java, psql, pg_isready, curl and python3
    BENCH_NAME=$1
    local max_seconds=$2 tool
    shift 2
    for tool in java psql pg_isready curl python3 "$@"; do
        command -v "$tool" >/dev/null || { echo "$BENCH_NAME: needs $tool on the PATH" >&2; exit 2; }
    done
    case "$PGHOST" in
        127.*|localhost|::1) ;;
        *) echo "$BENCH_NAME: PostgreSQL must be on a loopback address, not $PGHOST" >&2; exit 2 ;;
    esac
    BENCH_WORK=$(mktemp -d "/tmp/councilkpi-$BENCH_NAME.XXXXXX")
    BENCH_API_KEY=$(bench_new_key)
    export BENCH_WORK BENCH_API_KEY
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    # The watchdog: after max_seconds it stops the first service (so pending requests return) and this script, whose
    # cleanup stops the rest; it ends by itself within a second of the script ending.
    (
        start=$SECONDS
        while kill -0 "$BENCH_MAIN_PID" 2>/dev/null; do
            if [ $((SECONDS - start)) -ge "$max_seconds" ]; then
                echo "$BENCH_NAME: time limit of ${max_seconds}s reached, stopping" >&2
                if [ -f "$BENCH_WORK/service.pid" ]; then kill -TERM "$(cat "$BENCH_WORK/service.pid")" 2>/dev/null || true; fi
                kill -TERM "$BENCH_MAIN_PID" 2>/dev/null || true
                exit 0
            fi
            sleep 1
        done
    ) &
    BENCH_WATCHDOG_PID=$!
}

bench_ensure_jar() {
    if [ ! -f "$BENCH_JAR" ]; then
        bench_log "no $BENCH_JAR: building (./mvnw -q package -DskipTests)"
        (cd "$BENCH_ROOT" && ./mvnw -q package -DskipTests)
    fi
    if [ -n "$(cd "$BENCH_ROOT" && find src pom.xml -newer "$BENCH_JAR" -type f -print -quit 2>/dev/null)" ]; then
        bench_log "note: some sources are newer than $BENCH_JAR; rebuild (./mvnw -q package -DskipTests) to use them"
    fi
}

bench_pg_up() { pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2; }

bench_wait_pg() { # PostgreSQL up, waiting up to 30 s (it may be restarting)
    for _ in $(seq 1 30); do
        bench_pg_up && return 0
        sleep 1
    done
    echo "$BENCH_NAME: PostgreSQL is not up at $PGHOST:$PGPORT (pg_ctlcluster --skip-systemctl-redirect 15 main start)" >&2
    exit 2
}

bench_fresh_db() { # database
    bench_wait_pg
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $1 with (force)" -c "create database $1"
}

# Starts the packaged service on 127.0.0.1 against database DB on the machine's PostgreSQL, with its management
# interface (/q/metrics) on a port of its own, and waits until /q/health/ready answers 200 (at most
# BENCH_READY_SECONDS, 120). The port is BENCH_PORT if free (8089), else any free one; a service started after
# bench_stop_service takes the stopped one's ports again (so URLs made for it stay right).
# The service's environment: no demo data, the rate limit off, the read cache on, anonymous read off, the bootstrap
# administrator key $BENCH_API_KEY; each NAME=VALUE argument sets (or overrides) one variable. Java options after --
# (default -Xmx1g). Log: $BENCH_WORK/LABEL.log.
# Sets BENCH_BASE, BENCH_METRICS, BENCH_PID and BENCH_STARTUP_S (seconds from the start to ready). Exits the script,
# with the log's tail, if the service ends or is not ready in time.
bench_start_service() { # label db [NAME=VALUE ...] [-- java option ...]
    local label=$1 db=$2 port management started
    shift 2
    local env_vars=() java_opts=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do env_vars+=("$1"); shift; done
    if [ "${1:-}" = -- ]; then shift; java_opts=("$@"); else java_opts=(-Xmx1g); fi
    bench_wait_pg
    if [ -n "$BENCH_FREED_PORTS" ]; then
        read -r port management <<<"$BENCH_FREED_PORTS"
        BENCH_FREED_PORTS=
    else
        port=$(bench_free_port "${BENCH_PORT:-8089}")
        management=$(bench_free_port "$((port + 1000))")
    fi
    BENCH_BASE=http://127.0.0.1:$port
    BENCH_METRICS=http://127.0.0.1:$management/q/metrics
    started=$(date +%s.%N)
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=postgres \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$management" \
        COUNCILKPI_EMBEDDED_POSTGRES_ENABLED=false COUNCILKPI_DEMO_ENABLED=false \
        COUNCILKPI_RATE_LIMIT_ENABLED=false COUNCILKPI_READ_CACHE_ENABLED=true \
        COUNCILKPI_SECURITY_ANONYMOUS_READ=false COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY="$BENCH_API_KEY" \
        "${env_vars[@]}" \
        java "${java_opts[@]}" -jar "$BENCH_JAR" >"$BENCH_WORK/$label.log" 2>&1 &
    BENCH_PID=$!
    echo "$port $management" >"$BENCH_WORK/ports.$BENCH_PID"
    [ -n "$BENCH_SERVICE_PIDS" ] || echo "$BENCH_PID" >"$BENCH_WORK/service.pid"
    BENCH_SERVICE_PIDS="$BENCH_SERVICE_PIDS $BENCH_PID"
    if ! BENCH_STARTUP_S=$(python3 "$BENCH_PY" wait-ready "$BENCH_BASE/q/health/ready" "$started" \
            "${BENCH_READY_SECONDS:-120}" "$BENCH_PID"); then
        echo "$BENCH_NAME: the service ($label) did not become ready; its log:" >&2
        tail -n 40 "$BENCH_WORK/$label.log" >&2
        exit 1
    fi
    export BENCH_BASE BENCH_METRICS BENCH_PID BENCH_STARTUP_S
    bench_log "$label up on $BENCH_BASE (pid $BENCH_PID) in $BENCH_STARTUP_S s"
}

bench_stop_service() { # [pid]: default the last instance started
    local pid=${1:-$BENCH_PID} kept= p
    bench_stop_pid "$pid" 20
    if [ -f "$BENCH_WORK/ports.$pid" ]; then BENCH_FREED_PORTS=$(cat "$BENCH_WORK/ports.$pid"); rm -f "$BENCH_WORK/ports.$pid"; fi
    for p in $BENCH_SERVICE_PIDS; do [ "$p" = "$pid" ] || kept="$kept $p"; done
    BENCH_SERVICE_PIDS=$kept
    [ -n "$BENCH_SERVICE_PIDS" ] || rm -f "$BENCH_WORK/service.pid"
}

# Lines of a service log that say something went wrong (for the report), at most N, counted.
bench_service_errors() { # log file; n
    local n=${2:-20}
    grep -E '^[0-9-]+ [0-9:,.]+ +(ERROR|WARN) ' "$1" \
        | sed -E 's/^[0-9-]+ [0-9:,.]+ +//; s/\(executor-thread-[0-9]+\)|\(vert\.x-[a-z-]+-[0-9]+\)/(thread)/' \
        | cut -c1-300 | sort | uniq -c | sort -rn | head -n "$n" || true
}
