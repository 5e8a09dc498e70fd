#!/usr/bin/env bash
# Runs every reliability script in turn (each starts and stops its own service on a fresh database), keeps each
# one's output in a log, and prints one line per script. Exit 0 only if every one passed.
# Run from anywhere:  bench/reliability/run-all.sh          (about 5-6 minutes)
#   REL_ONLY="load bad-input"  runs only those;  REL_LOG_DIR=DIR  keeps the logs there (default: a new /tmp dir)
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
scripts=${REL_ONLY:-"load db-fault bad-input concurrent-edits two-instances"}
logs=${REL_LOG_DIR:-$(mktemp -d /tmp/councilkpi-rel-all.XXXXXX)}
mkdir -p "$logs"
declare -A result
overall=0
for name in $scripts; do
    [ -x "$dir/$name.sh" ] || { echo "run-all: no script $name.sh" >&2; overall=2; continue; }
    echo "=== $name ($(date +%H:%M:%S)) ==="
    start=$SECONDS
    "$dir/$name.sh" 2>&1 | tee "$logs/$name.log"
    rc=${PIPESTATUS[0]}
    result[$name]="$([ "$rc" = 0 ] && echo PASS || echo "FAIL (exit $rc)") in $((SECONDS - start)) s"
    [ "$rc" = 0 ] || overall=1
    echo
done
echo "=== summary (logs in $logs) ==="
for name in $scripts; do
    printf '%-18s %s\n' "$name" "${result[$name]:-not run}"
    grep -E '^(PASS|FAIL|WARN)  ' "$logs/$name.log" 2>/dev/null | sed 's/^/    /'
done
echo "reliability: $([ "$overall" = 0 ] && echo PASS || echo FAIL)"
exit "$overall"
