#!/usr/bin/env bash
# Bad input: several thousand generated malformed requests against every endpoint (bad-input.py says what), with the
# demo data set loaded; zero 5xx answers, every malformed write refused, and the database unchanged.
# Run from anywhere:  bench/reliability/bad-input.sh     (bench/reliability/README.md: settings)
. "$(dirname "$0")/lib.sh"
rel_init bad-input 900
rel_fresh_db
rel_start_service true
rc=0
python3 "$REL_DIR/bad-input.py" || rc=$?
exit "$rc"
