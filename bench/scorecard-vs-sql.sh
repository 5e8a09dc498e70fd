#!/usr/bin/env bash
# The scorecard and an indicator's history through the service, against the SQL they need at minimum (pgbench), in one
# run; the scorecard's growth with the number of indicators; start-up time and resident memory.
# Run from anywhere:  bench/scorecard-vs-sql.sh        (bench/PERF.md: what it does, settings, how to read it)
#
# Loopback only: the machine's PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and the service on 127.0.0.1.
# Bounded: every load run has a fixed duration, every HTTP call a timeout, and the whole run stops itself after
# PERF_MAX_SECONDS. On any exit it stops what it started (the service, wrk, pgbench, samplers, watchdog) by process id
# (bench/lib.sh).
#
# API keys: each run makes a random bootstrap administrator key (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY) for the
# service; the generator uses it (and publishes every period it generates). Once the service is up on the council,
# the script issues a viewer key (POST /api/v1/keys) and measures every read as that viewer (wrk -H, curl -H), as a
# dashboard reads: published figures only.
set -euo pipefail

cd "$(dirname "$0")/.."
H=bench/perf_helpers.py
GEN=bench/generate-council.py

PGHOST=${PERF_PGHOST:-127.0.0.1}
PGPORT=${PERF_PGPORT:-5432}
PGUSER=${PERF_PGUSER:-postgres}
DB=${PERF_DB:-councilkpi_perf}
INDICATORS=${PERF_INDICATORS:-2000}
SEED=${PERF_SEED:-42}
PERIOD=${PERF_PERIOD:-2017-18-Q2}
CONNECTIONS=${PERF_CONNECTIONS:-4}
SECONDS_RUN=${PERF_SECONDS:-20}          # each measured run, service and SQL alike
GROWTH_SECONDS=${PERF_GROWTH_SECONDS:-10}
WARMUP_SECONDS=${PERF_WARMUP_SECONDS:-30}
JAVA_OPTS=${PERF_JAVA_OPTS--Xmx1g}     # as docker/Dockerfile runs the service; set it empty for the JVM's defaults
BENCH_PORT=${PERF_PORT:-8090}
MAX_SECONDS=${PERF_MAX_SECONDS:-1200}
PROFILE=${PERF_PROFILE:-1}               # 1: a last, unmeasured run with JFR, top and thread dumps: where time goes
REUSE=${PERF_REUSE:-0}                   # 1: keep the database if it has the council (skip generating it)
BENCH_KEEP=${PERF_KEEP:-0}               # 1: keep the work dir (logs, wrk and pgbench outputs, JFR recording)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BG_PIDS=()
stop_background() {
    local pid
    for pid in "${BG_PIDS[@]}"; do bench_stop_pid "$pid" 2; done
}
. bench/lib.sh
BENCH_ON_EXIT=stop_background
bench_init perf "$MAX_SECONDS" jcmd pgbench
WORK=$BENCH_WORK
# This run's administrator key (stored hashed by the service at start; a new one each run) and, later, a viewer key.
PERF_ADMIN_KEY=$BENCH_API_KEY
PERF_API_KEY=
export PERF_ADMIN_KEY
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "wrk is missing: apt-get install -y wrk" >&2
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q wrk >/dev/null 2>&1; } || true
fi
if command -v wrk >/dev/null; then LOADGEN=wrk; else LOADGEN=python; echo "no wrk: using the python load generator" >&2; fi

log() { bench_log "$@"; }
SERVICE_PID=

# --- the packaged service and the database -------------------------------------------------------------------------
bench_ensure_jar
if ! bench_pg_up; then
    echo "PostgreSQL is not up at $PGHOST:$PGPORT (pg_ctlcluster --skip-systemctl-redirect 15 main start)" >&2
    exit 2
fi

start_service() { # label [read cache: true|false]; sets SERVICE_PID, BASE, METRICS, STARTUP_S, QUARKUS_S
    local label=$1 cache=${2:-true}
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    BENCH_READY_SECONDS=90 bench_start_service "service-$label" "$DB" COUNCILKPI_READ_CACHE_ENABLED="$cache" -- $JAVA_OPTS
    SERVICE_PID=$BENCH_PID
    BASE=$BENCH_BASE
    METRICS=$BENCH_METRICS   # the management interface, a port of its own
    STARTUP_S=$BENCH_STARTUP_S
    QUARKUS_S=$(grep -o 'started in [0-9.]*s' "$WORK/service-$label.log" | head -1 | grep -o '[0-9.]*' || echo '-')
}

stop_service() {
    [ -z "$SERVICE_PID" ] || bench_stop_service "$SERVICE_PID"
    SERVICE_PID=
}

rss_of() { python3 "$H" rss "$SERVICE_PID"; }   # "VmRSS VmHWM" in MB

db_has_council() {
    psql -X -qAt -d "$DB" -c "select count(*) from indicator" 2>/dev/null | grep -qx "$INDICATORS"
}

MANIFEST_CACHE=/tmp/councilkpi-perf-$DB.manifest.json   # for PERF_REUSE=1
if [ "$REUSE" = 1 ] && db_has_council && [ -f "$MANIFEST_CACHE" ]; then
    log "PERF_REUSE=1: keeping database $DB and its council"
    cp "$MANIFEST_CACHE" "$WORK/manifest.json"
    FIRST_STARTUP="(reused database)"
else
    log "database $DB: drop and create"
    bench_fresh_db "$DB"
    log "start 1: the packaged service on an empty database (Flyway creates the schema)"
    start_service first
    FIRST_STARTUP="${STARTUP_S} s to ready (Quarkus: ${QUARKUS_S} s), with the schema migration"
    log "  ready in ${STARTUP_S} s"
    log "generating the council: $INDICATORS indicators, 10 years, seed $SEED"
    COUNCILKPI_API_KEY="$PERF_ADMIN_KEY" \
    python3 "$GEN" --base-url "$BASE" --indicators "$INDICATORS" --seed "$SEED" --manifest "$WORK/manifest.json" \
        | tee "$WORK/generate.log"
    GENERATE_LINE=$(tail -1 "$WORK/generate.log")
    cp "$WORK/manifest.json" "$MANIFEST_CACHE"
    stop_service
fi
log "vacuum analyze (as autovacuum would after a bulk load)"
psql -X -q -d "$DB" -c "vacuum analyze"
DB_SIZE=$(psql -X -qAt -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")
COUNTS=$(psql -X -qAt -F ' ' -d "$DB" -c "select (select count(*) from indicator), (select count(*) from indicator_value),
    (select count(*) from target), (select count(*) from comparator), (select count(*) from rag_override)")

log "start 2: the packaged service on the council's database, read cache off (every request computed)"
start_service second false
log "  ready in ${STARTUP_S} s (Quarkus: ${QUARKUS_S} s); idle 5 s"
sleep 5
read -r RSS_IDLE _ < <(rss_of)
MAX_HEAP=$(jcmd "$SERVICE_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | grep -o '[0-9]*' || echo 0)
GC_NAME=$(jcmd "$SERVICE_PID" VM.flags 2>/dev/null | grep -o -- '-XX:+Use[A-Za-z0-9]*GC' | head -1 || echo '?')
log "  RSS idle ${RSS_IDLE} MB (max heap $((MAX_HEAP / 1048576)) MB, ${GC_NAME#-XX:+})"

# A council generated before the generator published its periods (PERF_REUSE=1): publish them now, as it would.
if ! python3 -c "import json,sys; sys.exit(0 if 'published_periods' in json.load(open(sys.argv[1])) else 1)" \
        "$WORK/manifest.json"; then
    log "the reused council's periods were not published by its generator: publishing them"
    for p in $(python3 -c "import json,sys; m=json.load(open(sys.argv[1]))
for y in m['years']: print(*[f'{y}-Q{q}' for q in range(1, 5)], y)" "$WORK/manifest.json"); do
        code=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' -X POST -H "Authorization: Bearer $PERF_ADMIN_KEY" \
            -H 'Content-Type: application/json' -d '{"note": "bench"}' "$BASE/api/v1/periods/$p/publish")
        case "$code" in 200|409) ;; *) echo "publishing $p answered $code" >&2; exit 1 ;; esac
    done
fi
# Every read below is a viewer's (a dashboard's): published figures only, as wrk -H / curl -H send it.
PERF_API_KEY=$(python3 "$H" issue-key "$BASE" viewer "scorecard-vs-sql bench (viewer)")
export PERF_API_KEY
AUTH=(-H "Authorization: Bearer $PERF_API_KEY")
log "  a viewer key issued (POST /api/v1/keys); the reads below are a viewer's"

HISTORY_REF=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['history_ref'])" "$WORK/manifest.json")
urlenc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=''))" "$1"; }
SCORECARD_URL="$BASE/api/v1/scorecards/$PERIOD"
HISTORY_URL="$BASE/api/v1/indicators/$(urlenc "$HISTORY_REF")/history"

# the first requests after start (cold: classes loaded, nothing compiled yet)
probe() { # url -> "status bytes seconds"
    curl -s -o /dev/null --max-time 60 "${AUTH[@]}" -w '%{http_code} %{size_download} %{time_total}\n' "$1"
}
read -r SC_STATUS SC_BYTES SC_FIRST_S < <(probe "$SCORECARD_URL")
read -r H_STATUS H_BYTES H_FIRST_S < <(probe "$HISTORY_URL")
[ "$SC_STATUS" = 200 ] || { echo "scorecard answered $SC_STATUS" >&2; exit 1; }
[ "$H_STATUS" = 200 ] || { echo "history answered $H_STATUS" >&2; exit 1; }
curl -s --max-time 60 "${AUTH[@]}" "$SCORECARD_URL" -o "$WORK/scorecard-response.json"
SC_ROWS=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['indicators']), json.dumps(d['summary'], separators=(',', ':')))" "$WORK/scorecard-response.json")
log "scorecard $PERIOD: $SC_BYTES bytes, first request ${SC_FIRST_S} s; rows and summary: $SC_ROWS"
log "history of $HISTORY_REF: $H_BYTES bytes, first request ${H_FIRST_S} s"
SC_GZIP=$(curl -s --max-time 60 "${AUTH[@]}" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$SCORECARD_URL")

# --- load runners --------------------------------------------------------------------------------------------------
run_service() { # label url seconds -> JSON in $WORK/label.json, CPU in $WORK/label.cpu.json
    local label=$1 url=$2 secs=$3 cpu_pid
    python3 "$H" cpu-watch "$secs" "$WORK/$label.cpu.json" "$SERVICE_PID" "$DB" &
    cpu_pid=$!; BG_PIDS+=("$cpu_pid")
    if [ "$LOADGEN" = wrk ]; then
        wrk -t 2 -c "$CONNECTIONS" -d "${secs}s" --timeout 30s --latency -H "Authorization: Bearer $PERF_API_KEY" \
            "$url" >"$WORK/$label.out" 2>&1
        python3 "$H" wrk-json "$WORK/$label.out" >"$WORK/$label.json"
    else
        python3 "$H" load "$url" "$CONNECTIONS" "$secs" >"$WORK/$label.json"
    fi
    wait "$cpu_pid" 2>/dev/null || true
}

run_sql() { # label script seconds [pgbench -D options..] -> JSON in $WORK/label.json
    local label=$1 script=$2 secs=$3 cpu_pid
    shift 3
    mkdir -p "$WORK/$label.log"
    python3 "$H" cpu-watch "$secs" "$WORK/$label.cpu.json" "$SERVICE_PID" "$DB" &
    cpu_pid=$!; BG_PIDS+=("$cpu_pid")
    pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$secs" -f "$script" "$@" \
        -l --log-prefix="$WORK/$label.log/tx" -d "$DB" >"$WORK/$label.out" 2>&1 \
        || { cat "$WORK/$label.out" >&2; exit 1; }
    python3 "$H" pgbench-json "$WORK/$label.out" "$WORK/$label.log/tx" >"$WORK/$label.json"
    wait "$cpu_pid" 2>/dev/null || true
}

json_field() { python3 -c "import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print('-' if v is None else (f'{v:.1f}' if isinstance(v, float) else v))" "$1" "$2"; }

python3 "$H" scorecard-sql "$PERIOD" "$WORK/scorecard.sql"
python3 "$H" scorecard-sql "$PERIOD" "$WORK/scorecard-filtered.sql" filter
python3 "$H" history-sql "$WORK/history.sql"
psql -X -qAt -d "$DB" -c "select id from indicator order by id" >"$WORK/ids.txt"
python3 "$H" scorecard-sql-as-sent "$PERIOD" "$WORK/scorecard-as-sent.sql" "$WORK/ids.txt"

log "warm-up: the service ${WARMUP_SECONDS} s on the scorecard, 5 s on the history; pgbench 5 s each"
run_service warmup-scorecard "$SCORECARD_URL" "$WARMUP_SECONDS"
run_service warmup-history "$HISTORY_URL" 5
run_sql warmup-scorecard-sql "$WORK/scorecard.sql" 5
run_sql warmup-history-sql "$WORK/history.sql" 5 -D "ref=$HISTORY_REF"

# --- 1. the scorecard, 2. the history: service then SQL ------------------------------------------------------------
log "scorecard $PERIOD, all $INDICATORS indicators: service ($LOADGEN, $CONNECTIONS connections, ${SECONDS_RUN} s)"
run_service scorecard "$SCORECARD_URL" "$SECONDS_RUN"
log "scorecard $PERIOD: the same SQL through pgbench ($CONNECTIONS clients, ${SECONDS_RUN} s)"
run_sql scorecard-sql "$WORK/scorecard.sql" "$SECONDS_RUN"
log "scorecard $PERIOD: the SQL as the service sends it (ids listed), ${GROWTH_SECONDS} s, for comparison"
run_sql scorecard-sql-as-sent "$WORK/scorecard-as-sent.sql" "$GROWTH_SECONDS"
log "history of $HISTORY_REF: service"
run_service history "$HISTORY_URL" "$SECONDS_RUN"
log "history of $HISTORY_REF: SQL"
run_sql history-sql "$WORK/history.sql" "$SECONDS_RUN" -D "ref=$HISTORY_REF"

# --- 3. growth -----------------------------------------------------------------------------------------------------
# directorates whose sizes are closest to 100 and 500, and all indicators
mapfile -t GROWTH < <(python3 - "$WORK/manifest.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
d = m["directorates"]
for want in (m["indicators"] / 20, m["indicators"] / 4):  # 100 and 500 of 2,000
    name = min(d, key=lambda k: (abs(d[k] - want), k))
    print(f"{d[name]}\t{name}")
print(f"{m['indicators']}\t")
EOF
)
GROWTH_LINES=()
for entry in "${GROWTH[@]}"; do
    size=${entry%%$'\t'*}; dir=${entry#*$'\t'}
    if [ -n "$dir" ]; then
        url="$SCORECARD_URL?directorate=$(urlenc "$dir")"
        log "growth: $size indicators (directorate $dir), ${GROWTH_SECONDS} s each side"
        run_service "growth-$size" "$url" "$GROWTH_SECONDS"
        run_sql "growth-$size-sql" "$WORK/scorecard-filtered.sql" "$GROWTH_SECONDS" -D "dir=$dir"
    else
        url="$SCORECARD_URL"
        log "growth: $size indicators (no filter), ${GROWTH_SECONDS} s each side"
        run_service "growth-$size" "$url" "$GROWTH_SECONDS"
        run_sql "growth-$size-sql" "$WORK/scorecard.sql" "$GROWTH_SECONDS"
    fi
    bytes=$(curl -s --max-time 60 "${AUTH[@]}" -o /dev/null -w '%{size_download}' "$url")
    GROWTH_LINES+=("$size $(json_field "$WORK/growth-$size.json" rps) $(json_field "$WORK/growth-$size.json" mean_ms) $(json_field "$WORK/growth-$size-sql.json" rps) $(json_field "$WORK/growth-$size-sql.json" mean_ms) $bytes")
done

read -r RSS_AFTER RSS_PEAK < <(rss_of)
log "RSS after the load: ${RSS_AFTER} MB (peak ${RSS_PEAK} MB)"

# --- 4. where the time goes (not measured: JFR and thread dumps slow the service a little) -------------------------
PROFILE_TEXT=
if [ "$PROFILE" = 1 ]; then
    log "profile: 15 s of scorecard load with a JFR recording, top, 4 thread dumps"
    scorecards_served() { # from the service's own metrics: scorecard requests answered so far
        curl -s --max-time 10 "$METRICS" | awk '/^http_server_requests_seconds_count/ && /scorecards/ {n += $2} END {printf "%d\n", n}'
    }
    SERVED_BEFORE=$(scorecards_served)
    jcmd "$SERVICE_PID" JFR.start name=perf settings=profile filename="$WORK/scorecard.jfr" >/dev/null
    run_service profile "$SCORECARD_URL" 15 &
    PROFILE_LOAD=$!; BG_PIDS+=("$PROFILE_LOAD")
    python3 "$H" thread-cpu "$SERVICE_PID" 12 >"$WORK/thread-cpu.txt" &
    BG_PIDS+=($!)
    sleep 5
    for _ in 1 2 3 4; do jcmd "$SERVICE_PID" Thread.print >>"$WORK/threads.txt" 2>/dev/null || true; sleep 0.7; done
    top -b -n 1 -w 200 | head -16 >"$WORK/top.txt" || true
    wait "$PROFILE_LOAD" || true
    wait "${BG_PIDS[-1]}" 2>/dev/null || true
    jcmd "$SERVICE_PID" JFR.stop name=perf >/dev/null
    PROFILED=$(( $(scorecards_served) - SERVED_BEFORE ))
    PROFILE_TEXT=$(
        echo "top during the scorecard load (the service is java pid $SERVICE_PID):"
        sed -n '1,3p' "$WORK/top.txt" | sed 's/^/  /'
        sed -n '/PID/,$p' "$WORK/top.txt" | head -8 | sed 's/^/  /'
        cat "$WORK/thread-cpu.txt"
        echo "thread dumps (request threads at work, by top frame):"
        python3 "$H" threads "$WORK/threads.txt"
        echo "JFR, $PROFILED scorecards answered while it recorded (the service's metrics):"
        python3 "$H" jfr-summary "$WORK/scorecard.jfr" "$PROFILED" 2>&1
    )
fi

# --- 5. the same with the read cache on (the default): repeated requests get the answer kept since the last change -
log "start 3: the service with its read cache on (the default)"
stop_service
start_service third true
log "  ready in ${STARTUP_S} s; warm-up 5 s each"
run_service warmup-cached-scorecard "$SCORECARD_URL" 5
run_service warmup-cached-history "$HISTORY_URL" 5
log "scorecard $PERIOD, read cache on: service"
run_service scorecard-cached "$SCORECARD_URL" "$SECONDS_RUN"
log "history of $HISTORY_REF, read cache on: service"
run_service history-cached "$HISTORY_URL" "$SECONDS_RUN"
read -r RSS_CACHED _ < <(rss_of)

# --- summary -------------------------------------------------------------------------------------------------------
{
echo
echo "== scorecard-vs-sql: $INDICATORS indicators (seed $SEED), period $PERIOD, $CONNECTIONS connections, ${SECONDS_RUN} s per side; $(nproc) cores =="
echo "machine: load average $LOAD_BEFORE at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (a quiet machine is below 1; the CPU lines' 'other' is what other processes took)"
echo "data: indicators, values, targets, comparators, overrides: $COUNTS; database $DB_SIZE"
echo "caller: a viewer key (published figures only; the generator published every period it made)"
[ -n "${GENERATE_LINE:-}" ] && echo "generator: $GENERATE_LINE"
echo "start-up: $STARTUP_S s to /q/health/ready (Quarkus says ${QUARKUS_S} s); first start $FIRST_STARTUP"
echo "RSS: idle $RSS_IDLE MB, after the load $RSS_AFTER MB, peak $RSS_PEAK MB; with the read cache on, after its load $RSS_CACHED MB (max heap $((MAX_HEAP / 1048576)) MB, ${GC_NAME#-XX:+}, JAVA_OPTS '${JAVA_OPTS}')"
echo "service log: $(grep -c ' ERROR ' "$WORK/service-second.log" || true) ERROR lines, $(grep -c 'Failed to write' "$WORK/service-second.log" || true) of them 'Failed to write' (wrk closing its connections at the end of a run)"
echo "responses: scorecard $SC_BYTES bytes ($SC_GZIP with gzip asked), first after start ${SC_FIRST_S} s; history $H_BYTES bytes, first ${H_FIRST_S} s"
python3 "$H" compare "scorecard ($INDICATORS indicators), computed on every request (read cache off)" "$WORK/scorecard.json" "$WORK/scorecard-sql.json" \
    "$WORK/scorecard.cpu.json" "$WORK/scorecard-sql.cpu.json" 2>/dev/null
echo "  the same SQL with the $INDICATORS ids listed, as the service sends it: $(json_field "$WORK/scorecard-sql-as-sent.json" rps) req/s, mean $(json_field "$WORK/scorecard-sql-as-sent.json" mean_ms) ms (${GROWTH_SECONDS} s)"
python3 "$H" compare "scorecard ($INDICATORS indicators), read cache on (the default; pgbench figures from the same run)" \
    "$WORK/scorecard-cached.json" "$WORK/scorecard-sql.json" "$WORK/scorecard-cached.cpu.json" "$WORK/scorecard-sql.cpu.json" 2>/dev/null
python3 "$H" compare "history ($HISTORY_REF, $(python3 -c "import sys,json; print(len(json.load(sys.stdin)['entries']))" < <(curl -s --max-time 30 "${AUTH[@]}" "$HISTORY_URL")) entries), computed on every request (read cache off)" \
    "$WORK/history.json" "$WORK/history-sql.json" "$WORK/history.cpu.json" "$WORK/history-sql.cpu.json" 2>/dev/null
python3 "$H" compare "history, read cache on (the default)" \
    "$WORK/history-cached.json" "$WORK/history-sql.json" "$WORK/history-cached.cpu.json" "$WORK/history-sql.cpu.json" 2>/dev/null
echo "growth (${GROWTH_SECONDS} s each, read cache off):"
python3 - "${GROWTH_LINES[@]}" <<'EOF'
import sys
rows = [line.split() for line in sys.argv[1:]]
print(f"  {'indicators':>10} {'service req/s':>14} {'mean ms':>9} {'ms/indicator':>13} {'SQL req/s':>10} {'SQL mean ms':>12} {'ratio':>6} {'bytes':>10}")
pts = []
for n, rps, mean, qrps, qmean, size in rows:
    n = int(n)
    per = float(mean) / n if mean != "-" else float("nan")
    ratio = float(rps) / float(qrps) if qrps not in ("-", "0.0") else float("nan")
    pts.append((n, float(mean)))
    print(f"  {n:>10} {rps:>14} {mean:>9} {per:>13.3f} {qrps:>10} {qmean:>12} {ratio:>6.2f} {int(size):>10}")
if len(pts) >= 2:
    xs, ys = zip(*pts)
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x in xs)
    a = my - b * mx
    worst = max(abs(y - (a + b * x)) / y for x, y in pts)
    lo, hi = min(pts), max(pts)
    print(f"  linear fit: mean ms = {a:.2f} + {b:.4f} x indicators (worst point {100 * worst:.0f}% off the line); "
          f"{hi[0] / lo[0]:.0f}x the indicators cost {hi[1] / lo[1]:.1f}x the time")
EOF
if [ -n "$PROFILE_TEXT" ]; then echo "$PROFILE_TEXT"; fi
} | tee "$WORK/summary.txt"
