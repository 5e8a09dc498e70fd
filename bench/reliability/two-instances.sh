#!/usr/bin/env bash
# Two instances, one database: two services on the same fresh database (the demo data set loaded by the first) and
# the promises that must hold across them (two_instances.py says which). The rate limit is per instance: see the
# README. Run from anywhere:  bench/reliability/two-instances.sh     (about 1-2 minutes)
. "$(dirname "$0")/lib.sh"
rel_init two-instances 600
rel_fresh_db
rel_start_service true
rel_start_instance second false
REL_BASE_B=$REL_INSTANCE_BASE
export REL_BASE_B
rc=0
python3 "$REL_DIR/two_instances.py" || rc=$?
echo "service logs, warnings and errors (count x line):"
rel_service_errors 10
for f in "$REL_WORK"/second.log; do
    grep -E '^[0-9-]+ [0-9:,.]+ +(ERROR|WARN) ' "$f" | sed -E 's/^[0-9-]+ [0-9:,.]+ +//' | cut -c1-200 \
        | sort | uniq -c | sort -rn | head -5 || true
done
exit "$rc"
