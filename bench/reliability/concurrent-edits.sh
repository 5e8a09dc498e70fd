#!/usr/bin/env bash
# Concurrent edits of one figure: N clients read its ETag and PUT at once with If-Match; exactly one may win each
# round, the others must get 412; then read-modify-write increments must not lose any update.
# Run from anywhere:  bench/reliability/concurrent-edits.sh     (bench/reliability/README.md: settings)
. "$(dirname "$0")/lib.sh"
rel_init concurrent-edits 600
rel_fresh_db
rel_start_service false
rc=0
python3 "$REL_DIR/concurrent-edits.py" || rc=$?
echo
echo "service log, warnings and errors (count x line):"
rel_service_errors 10
exit "$rc"
