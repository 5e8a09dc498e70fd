#!/usr/bin/env bash
# Bulk import through the API against PostgreSQL COPY of the same rows, with the service's heap during the import.
# Run from the repo root:  bench/import-vs-copy.sh     (bench/README.md: what it does, settings, how to read it)
#
# Loopback only: the machine's PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and the service on
# 127.0.0.1. Bounded: every HTTP call has a timeout and the whole run stops itself after BENCH_MAX_SECONDS.
# It stops the processes it started (the service, jstat, the watchdog) on any exit (bench/lib.sh).
# API keys: each run makes a random bootstrap administrator key, starts the service with it
# (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY) and sends it on every request (curl -H, and the helpers via BENCH_API_KEY).
set -euo pipefail

cd "$(dirname "$0")/.."
HELPERS=bench/import_copy_helpers.py

PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-councilkpi_bench}
INDICATORS=${BENCH_INDICATORS:-2000}
QUARTERS=${BENCH_QUARTERS:-50}
RUNS=${BENCH_RUNS:-3}
REPEAT=${BENCH_REPEAT:-fresh-db}        # fresh-db | changed
TARGET_EVERY=${BENCH_TARGET_EVERY:-0}   # a target on every Nth row; 0: none
XMX=${BENCH_XMX:-1g}
BENCH_PORT=${BENCH_PORT:-8089}
MAX_SECONDS=${BENCH_MAX_SECONDS:-1500}
PROFILE=${BENCH_PROFILE:-0}             # 1: a JFR recording of each import, summarised
DRY_RUN=${BENCH_DRY_RUN:-0}             # 1: a dry run (?dryRun=true) of the same file before each import, timed
BENCH_KEEP=${BENCH_KEEP:-0}             # 1: keep the work dir (CSV, logs, samples)
PREFIX=B
ROWS=$((INDICATORS * QUARTERS))

case "$REPEAT" in
    fresh-db|changed) ;;
    *) echo "BENCH_REPEAT must be fresh-db or changed, not $REPEAT" >&2; exit 2 ;;
esac
. bench/lib.sh
BENCH_ON_EXIT=stop_sampling
bench_init bench "$MAX_SECONDS" jcmd jstat jfr
WORK=$BENCH_WORK
AUTH=(-H "Authorization: Bearer $BENCH_API_KEY")
SERVICE_PID=
JSTAT_PID=

log() { bench_log "$@"; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

stop_sampling() {
    bench_stop_pid "$JSTAT_PID" 2; JSTAT_PID=
}

stop_service() {
    stop_sampling
    [ -z "$SERVICE_PID" ] || bench_stop_service "$SERVICE_PID"
    SERVICE_PID=
}

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# --- 1. the packaged service ---------------------------------------------------------------------------------------
bench_ensure_jar

# --- 2. database and service ---------------------------------------------------------------------------------------
recreate_db() { bench_fresh_db "$DB"; }

start_service() { # run label
    local run=$1
    bench_start_service "service-$run" "$DB" -- "-Xmx$XMX" "-Xlog:gc:file=$WORK/gc-$run.log:uptime"
    SERVICE_PID=$BENCH_PID
    BASE=$BENCH_BASE
}

create_indicators() {
    local out
    out=$(python3 "$HELPERS" indicators "$BASE" "$INDICATORS" "$PREFIX")
    log "created ${out% *} indicators through the API in ${out#* } s"
}

make_csv() { # variant -> path
    local variant=$1 path="$WORK/values-$1.csv" rows
    if [ ! -f "$path" ]; then
        rows=$(python3 "$HELPERS" csv "$path" "$INDICATORS" "$QUARTERS" "$PREFIX" "$variant" "$TARGET_EVERY")
        [ "$rows" = "$ROWS" ] || { echo "CSV has $rows rows, expected $ROWS" >&2; exit 1; }
        log "CSV $path: $rows rows, $(du -k "$path" | cut -f1) KB" >&2
    fi
    echo "$path"
}

rss_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }

# --- 4a/5. the import through the API, with the heap sampled every 100 ms ------------------------------------------
declare -a IMPORT_S COPY_S HEAP_BEFORE HEAP_PEAK HEAP_GROWTH RSS_PEAK
run_import() { # run label, csv
    local run=$1 csv=$2 t0 t1 code curl_s counts heap
    if [ "$DRY_RUN" = 1 ]; then
        local d0 d1 dcode
        d0=$(now)
        dcode=$(curl -sS --max-time 900 -o "$WORK/dry-$run.json" -w '%{http_code}' "${AUTH[@]}" -H 'Content-Type: text/csv' \
            --data-binary "@$csv" "$BASE/api/v1/imports?enteredBy=bench&dryRun=true" || echo 000)
        d1=$(now)
        [ "$dcode" = 200 ] || { echo "dry run $run answered HTTP $dcode" >&2; head -c 2000 "$WORK/dry-$run.json" >&2; exit 1; }
        log "dry run $run: $(elapsed "$d0" "$d1") s (reads, checks and stages every row, counts; writes nothing) |" \
            "$(python3 "$HELPERS" import-counts "$WORK/dry-$run.json" "$ROWS")"
    fi
    jcmd "$SERVICE_PID" GC.run >/dev/null   # a settled heap to start from
    local rss_before
    rss_before=$(rss_kb "$SERVICE_PID" VmRSS)
    jstat -gc -t "$SERVICE_PID" 100 >"$WORK/jstat-$run.txt" 2>&1 &
    JSTAT_PID=$!
    if [ "$PROFILE" = 1 ]; then
        jcmd "$SERVICE_PID" JFR.start name=bench settings=profile >/dev/null
    fi
    sleep 0.5
    t0=$(now)
    read -r code curl_s < <(curl -sS --max-time 900 -o "$WORK/import-$run.json" -w '%{http_code} %{time_total}\n' \
        "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$csv" \
        "$BASE/api/v1/imports?enteredBy=bench" || echo "000 0")
    t1=$(now)
    sleep 0.5
    stop_sampling
    if [ "$PROFILE" = 1 ]; then
        jcmd "$SERVICE_PID" JFR.stop name=bench "filename=$WORK/import-$run.jfr" >/dev/null
    fi
    if [ "$code" != 200 ]; then
        echo "import $run answered HTTP $code:" >&2
        head -c 2000 "$WORK/import-$run.json" >&2 2>/dev/null || true
        echo >&2
        tail -n 20 "$WORK/service-$run.log" >&2
        exit 1
    fi
    counts=$(python3 "$HELPERS" import-counts "$WORK/import-$run.json" "$ROWS")
    heap=$(python3 "$HELPERS" heap "$WORK/jstat-$run.txt" "$WORK/gc-$run.log")
    read -r h_before h_peak h_growth h_samples h_old_peak h_after_gc gc_pauses gc_ms young full <<<"$heap"
    IMPORT_S+=("$(elapsed "$t0" "$t1")")
    HEAP_BEFORE+=("$h_before"); HEAP_PEAK+=("$h_peak"); HEAP_GROWTH+=("$h_growth")
    local hwm
    hwm=$(rss_kb "$SERVICE_PID" VmHWM)   # the kernel updates it lazily: it can lag VmRSS by a few MB
    RSS_PEAK+=("$(( (hwm > rss_before ? hwm : rss_before) / 1024 ))")
    read -r c_rows c_created c_updated c_unchanged c_rest <<<"$counts"
    log "import $run: ${IMPORT_S[-1]} s (curl ${curl_s} s) | rows $c_rows: created $c_created, updated $c_updated," \
        "unchanged $c_unchanged | $c_rest"
    if [ "$PROFILE" = 1 ]; then
        jfr print --json --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 \
            "$WORK/import-$run.jfr" >"$WORK/import-$run.jfr.json"
        python3 "$HELPERS" profile "$WORK/import-$run.jfr.json" | sed 's/^/    /'
    fi
    log "  heap: before $h_before MB, peak $h_peak MB, growth $h_growth MB ($h_samples samples); old gen peak" \
        "$h_old_peak MB; max after a GC $h_after_gc MB; $gc_pauses GC pauses, $gc_ms ms | RSS before" \
        "$((rss_before / 1024)) MB, peak (VmHWM) ${RSS_PEAK[-1]} MB"
}

# --- 4b. COPY of the same file into a plain table ------------------------------------------------------------------
run_copy() { # run label, csv
    local run=$1 csv=$2 t0 t1 count
    psql_db -c "drop table if exists bench_plain" \
        -c "create table bench_plain (ref text, period text, value numeric, state text, target text,
            provisional text, estimated text, note text, commentary text)"
    t0=$(now)
    psql_db -c "\\copy bench_plain from '$csv' with (format csv, header true)"
    t1=$(now)
    count=$(psql_db -tAc "select count(*) from bench_plain")
    [ "$count" = "$ROWS" ] || { echo "COPY loaded $count rows, expected $ROWS" >&2; exit 1; }
    COPY_S+=("$(elapsed "$t0" "$t1")")
    log "COPY $run: ${COPY_S[-1]} s ($count rows into bench_plain)"
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
log "bench: $INDICATORS indicators x $QUARTERS quarters = $ROWS rows; $RUNS runs ($REPEAT); database $DB on" \
    "$PGHOST:$PGPORT; $(nproc) cores, load average $LOAD_START; work dir $WORK"
if [ "$REPEAT" = fresh-db ]; then
    HOW="database recreated and service restarted before each run: every run creates $ROWS values"
    CSV=$(make_csv 0)
    for run in $(seq 1 "$RUNS"); do
        log "--- run $run of $RUNS: fresh database"
        recreate_db
        start_service "$run"
        create_indicators
        run_import "$run" "$CSV"
        run_copy "$run" "$CSV"
        stop_service
    done
else
    HOW="one database and service; a first import creates $ROWS values (not in the median), then each run imports a file with every number changed (the rows with no number stay as they were)"
    recreate_db
    start_service 0
    create_indicators
    run_import 0 "$(make_csv 0)"
    log "(run 0 creates the values; it is not in the median)"
    IMPORT_S=(); COPY_S=(); HEAP_BEFORE=(); HEAP_PEAK=(); HEAP_GROWTH=(); RSS_PEAK=()
    for run in $(seq 1 "$RUNS"); do
        log "--- run $run of $RUNS: every number changed"
        CSV=$(make_csv "$run")
        run_import "$run" "$CSV"
        run_copy "$run" "$CSV"
    done
    stop_service
fi

# --- 6. summary ----------------------------------------------------------------------------------------------------
med() { python3 "$HELPERS" median "$@"; }
IMPORT_MED=$(med "${IMPORT_S[@]}")
COPY_MED=$(med "${COPY_S[@]}")
RATIO=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$IMPORT_MED" "$COPY_MED")
echo
echo "== summary: median of $RUNS runs; $HOW =="
echo "   import runs (s): ${IMPORT_S[*]} | COPY runs (s): ${COPY_S[*]} | heap growth runs (MB): ${HEAP_GROWTH[*]}"
printf 'import %s rows: %s s | COPY: %s s | ratio %s | heap before %.0f MB, peak %.0f MB, growth %.0f MB | RSS peak %.0f MB\n' \
    "$ROWS" "$IMPORT_MED" "$COPY_MED" "$RATIO" "$(med "${HEAP_BEFORE[@]}")" "$(med "${HEAP_PEAK[@]}")" \
    "$(med "${HEAP_GROWTH[@]}")" "$(med "${RSS_PEAK[@]}")"
echo "   aims: ratio <= 3, heap growth < 256 MB (-Xmx$XMX); $(nproc) cores, 1-minute load average $LOAD_START at the" \
    "start, $(cut -d' ' -f1 /proc/loadavg) at the end (above 1 or so, other work shares the machine: figures inflated)"
