#!/usr/bin/env bash
# Bench: the committee report as PDF for Cheshire East's 73 measures (the demo data set), computed on every request.
#
#   bench/report-pdf.sh                 # 5 warm-up requests, then 10 timed PDF requests and 5 timed HTML ones
#   REPORT_RUNS=20 bench/report-pdf.sh
#
# Needs Java 17, curl, python3 (standard library only) and the machine's PostgreSQL at 127.0.0.1:5432 (user postgres,
# trust auth). Starts the packaged service (building it if target/quarkus-app/quarkus-run.jar is missing) on a fresh
# database councilkpi_bench_report with the demo data set, the read cache off (every request builds the report and
# prints the PDF), the rate limit off and a random bootstrap administrator key; the reads are a viewer's (a key issued
# through POST /api/v1/keys). Target: the median PDF under 2 s on the 2-core machine. Everything stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=councilkpi_bench_report
RUNS=${REPORT_RUNS:-10}
DIRECTORATE="Cheshire%20East%20Children%20and%20Families"
PERIOD=2017-18-Q2
PGHOST=127.0.0.1
PGPORT=5432
. bench/lib.sh
bench_init report-bench "${REPORT_MAX_SECONDS:-900}"
WORK=$BENCH_WORK
ADMIN_KEY=$BENCH_API_KEY

log() { bench_log "$@" >&2; }

bench_ensure_jar >&2
bench_pg_up || { echo "PostgreSQL is not up at $PGHOST:$PGPORT" >&2; exit 2; }

log "database $DB: drop and create"
bench_fresh_db "$DB"

log "starting the service (demo data set, read cache off)"
BENCH_READY_SECONDS=90 bench_start_service service "$DB" COUNCILKPI_DEMO_ENABLED=true \
    COUNCILKPI_READ_CACHE_ENABLED=false >&2
BASE=$BENCH_BASE

VIEWER=$(curl -sf -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
    -d '{"client": "report bench viewer", "role": "viewer"}' "$BASE/api/v1/keys" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
URL="$BASE/api/v1/reports/$PERIOD/document?directorate=$DIRECTORATE"

fetch() { # accept output -> "seconds http_code bytes"
    curl -s -o "$2" -w '%{time_total} %{http_code} %{size_download}\n' \
        -H "Authorization: Bearer $VIEWER" -H "Accept: $1" "$URL"
}

log "first request (cold: classes, fonts and templates load)"
read -r FIRST CODE BYTES < <(fetch application/pdf "$WORK/report.pdf")
[ "$CODE" = 200 ] || { echo "the report answered $CODE" >&2; tail -40 "$WORK/service.log" >&2; exit 1; }
log "warm-up: 5 requests (a running service is warm)"
for _ in 1 2 3 4 5; do fetch application/pdf /dev/null >/dev/null; done
log "timing $RUNS PDF requests and 5 HTML requests"
: >"$WORK/pdf.times"
for _ in $(seq 1 "$RUNS"); do fetch application/pdf "$WORK/report.pdf" >>"$WORK/pdf.times"; done
: >"$WORK/html.times"
for _ in 1 2 3 4 5; do fetch text/html "$WORK/report.html" >>"$WORK/html.times"; done

PAGES=$( (pdfinfo "$WORK/report.pdf" 2>/dev/null || true) | awk '/^Pages:/ {print $2}')
python3 - "$WORK" "$FIRST" "$BYTES" "${PAGES:-?}" <<'PY'
import statistics, sys
work, first, size, pages = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def read(name):
    rows = [line.split() for line in open(f"{work}/{name}") if line.strip()]
    bad = [r for r in rows if r[1] != "200"]
    if bad:
        sys.exit(f"{name}: non-200 answers {bad}")
    return sorted(float(r[0]) for r in rows)
pdf, html = read("pdf.times"), read("html.times")
def line(label, t):
    p90 = t[min(len(t) - 1, int(round(0.9 * (len(t) - 1))))]
    return (f"{label:<22} n={len(t):<3} min {t[0]:.3f} s  median {statistics.median(t):.3f} s  "
            f"p90 {p90:.3f} s  max {t[-1]:.3f} s")
print("Committee report, Cheshire East Q2 2017-18 (73 measures), viewer, read cache off")
print(f"PDF size               {size:,} bytes, {pages} pages (pdfinfo, where installed)")
print(f"first PDF (cold)       {first:.3f} s")
print(line("PDF (warm)", pdf))
print(line("HTML (warm)", html))
verdict = "PASS" if statistics.median(pdf) < 2.0 else "FAIL"
print(f"target: median PDF < 2 s: {verdict}")
PY
