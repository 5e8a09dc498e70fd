#!/usr/bin/env bash
# Load: 16 readers (scorecards, histories, values) and 2 importers (distinct batches) for 60 s against the packaged
# service on a fresh database; then every imported figure must be in the database exactly once with its number,
# and no request may fail (non-2xx or timeout). Run from anywhere:  bench/reliability/load.sh
# Settings: see bench/reliability/README.md (REL_SECONDS, REL_READERS, REL_IMPORTERS, REL_BATCH_ROWS, ...).
. "$(dirname "$0")/lib.sh"
rel_init load $(( ${REL_SECONDS:-60} + 400 ))
rel_fresh_db
rel_start_service false
rc=0
python3 "$REL_DIR/load.py" || rc=$?
echo
echo "service log, warnings and errors (count x line):"
rel_service_errors 15
exit "$rc"
