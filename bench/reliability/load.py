#!/usr/bin/env python3
"""Load: readers (scorecards, histories, values) and importers (distinct batches) at once, then a check in SQL that
every imported figure is there exactly once with the number sent. Run by load.sh, which starts the service.

Settings (environment): REL_READERS (16), REL_IMPORTERS (2), REL_SECONDS (60), REL_INDICATORS (400, a multiple of 4),
REL_BATCH_ROWS (200), REL_READ_TIMEOUT (30 s), REL_IMPORT_TIMEOUT (60 s).
"""
import os
import random
import sys
import threading
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import (Client, ImportSpace, csv_of, latency_line, number_for, pick_read, psql,  # noqa: E402
                      run_threads, same_number, seed, stored_figures, verdict)
from urllib.parse import quote  # noqa: E402

READERS = int(os.environ.get("REL_READERS", "16"))
IMPORTERS = int(os.environ.get("REL_IMPORTERS", "2"))
SECONDS = float(os.environ.get("REL_SECONDS", "60"))
INDICATORS = int(os.environ.get("REL_INDICATORS", "400"))
BATCH_ROWS = int(os.environ.get("REL_BATCH_ROWS", "200"))
READ_TIMEOUT = float(os.environ.get("REL_READ_TIMEOUT", "30"))
IMPORT_TIMEOUT = float(os.environ.get("REL_IMPORT_TIMEOUT", "60"))

DIRECTORATES = [f"Reliability {c}" for c in "ABCD"]
REFS = [f"R{i:04d}" for i in range(1, INDICATORS + 1)]
SEED_PERIODS = ["2017-18-Q1", "2017-18-Q2"]
SCORECARD_PERIOD = "2017-18-Q2"
# What a reader reads: (share, kind, path of a ref).
READS = [
    (0.25, "scorecard", lambda ref, rnd: f"/api/v1/scorecards/{SCORECARD_PERIOD}?directorate="
     + quote(DIRECTORATES[rnd.randrange(len(DIRECTORATES))])),
    (0.25, "history", lambda ref, rnd: f"/api/v1/indicators/{ref}/history"),
    (0.4, "value", lambda ref, rnd: f"/api/v1/indicators/{ref}/values/{SEED_PERIODS[rnd.randrange(len(SEED_PERIODS))]}"),
    (0.1, "values", lambda ref, rnd: f"/api/v1/indicators/{ref}/values"),
]


def main():
    t_setup = time.monotonic()
    per = len(REFS) // len(DIRECTORATES)
    seed_rows, seed_answer = seed({d: REFS[k * per:(k + 1) * per] for k, d in enumerate(DIRECTORATES)}, SEED_PERIODS)
    print(f"setup: {len(REFS)} indicators in {len(DIRECTORATES)} directorates, {len(seed_rows)} seed figures"
          f" (batch {seed_answer['batchId']}) in {time.monotonic() - t_setup:.1f} s")

    space = ImportSpace(REFS, SEED_PERIODS, BATCH_ROWS)
    batch_rows = space.rows

    lock = threading.Lock()
    stop = threading.Event()
    reads = defaultdict(list)          # kind -> latencies of 2xx
    read_status = Counter()            # (kind, status) -> n
    errors = []                        # (what, answer) for every error
    wrong = []                         # reads whose content was not what was stored
    imports = []                       # (g, batchId, latency) acknowledged
    failed_imports = []                # (g, answer)
    import_status = Counter()
    exhausted = [False]

    def record_error(what, a):
        with lock:
            errors.append((what, a.short(400), round(a.latency, 3)))

    def reader(seed_no):
        rnd = random.Random(seed_no)
        c = Client(timeout=READ_TIMEOUT)
        while not stop.is_set():
            kind, ref, path = pick_read(rnd, REFS, READS)
            a = c.get(path)
            with lock:
                read_status[(kind, a.status)] += 1
                if a.ok:
                    reads[kind].append(a.latency)
            if not a.ok:
                record_error(f"GET {path}", a)
                continue
            if kind == "value":
                j = a.json() or {}
                period = path.rsplit("/", 1)[1]
                if not same_number(str(j.get("number")), number_for(ref, period)) or "etag" not in a.headers:
                    with lock:
                        wrong.append((f"GET {path}", a.short(200)))
            elif kind == "scorecard":
                j = a.json() or {}
                if len(j.get("indicators", [])) != len(REFS) // len(DIRECTORATES):
                    with lock:
                        wrong.append((f"GET {path}", f"{len(j.get('indicators', []))} indicators"))
        c.close()

    def importer(k):
        c = Client(timeout=IMPORT_TIMEOUT)
        j = 0
        while not stop.is_set():
            g = j * IMPORTERS + k
            j += 1
            if g >= space.batches:
                exhausted[0] = True
                break
            rows = batch_rows(g)
            a = c.import_csv(csv_of(rows), f"importer-{k}")
            with lock:
                import_status[a.status] += 1
            body = a.json() if a.ok else None
            if a.status == 200 and isinstance(body, dict) and body.get("values", {}).get("created") == len(rows):
                with lock:
                    imports.append((g, body["batchId"], a.latency))
            else:
                with lock:
                    failed_imports.append((g, a.short(400)))
                record_error(f"POST /api/v1/imports batch {g} ({len(rows)} rows)", a)
        c.close()

    threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(READERS)]
    threads += [threading.Thread(target=importer, args=(k,), daemon=True) for k in range(IMPORTERS)]
    print(f"load: {READERS} readers + {IMPORTERS} importers ({BATCH_ROWS} rows a batch) for {SECONDS:.0f} s")
    t0 = time.monotonic()
    hung = run_threads(threads, stop, SECONDS, max(READ_TIMEOUT, IMPORT_TIMEOUT) + 5)
    elapsed = time.monotonic() - t0

    # --- figures -----------------------------------------------------------------------------------------------------
    n_reads = sum(read_status.values())
    print(f"\nran {elapsed:.1f} s; reads: {n_reads} ({n_reads / elapsed:.0f}/s)")
    for kind in ("scorecard", "history", "value", "values"):
        statuses = {s: n for (k, s), n in read_status.items() if k == kind}
        print(f"  {kind:9s} {latency_line(reads[kind])}  statuses {statuses}")
    imp_lat = [x[2] for x in imports]
    rows_imported = len(imports) * BATCH_ROWS
    print(f"imports: {len(imports)} batches acknowledged, {rows_imported} rows ({rows_imported / elapsed:.0f} rows/s);"
          f" {latency_line(imp_lat)}; statuses {dict(import_status)}")
    if exhausted[0]:
        print("  note: the importers used up the whole (period, ref) space before the time was up")

    # --- the database afterwards -------------------------------------------------------------------------------------
    expected = {(ref, p): n for ref, p, n in seed_rows}
    batch_of = {}
    for g, batch_id, _ in imports:
        for ref, p, n in batch_rows(g):
            expected[(ref, p)] = n
            batch_of[(ref, p)] = batch_id
    stored, seen = stored_figures()
    missing = [k for k in expected if k not in stored]
    twice = [k for k, n in seen.items() if n > 1]
    wrong_number = [k for k, n in expected.items() if k in stored and not same_number(stored[k][0], n)]
    wrong_batch = [k for k, b in batch_of.items() if k in stored and stored[k][1] != b]
    # Rows of imports that were not acknowledged: all or none of each.
    partial = []
    unacked_present = 0
    for g, _ in failed_imports:
        keys = [(ref, p) for ref, p, _ in batch_rows(g)]
        present = sum(k in stored for k in keys)
        unacked_present += present
        if 0 < present < len(keys):
            partial.append((g, present, len(keys)))
    failed_keys = {(r, p) for g, _ in failed_imports for r, p, _ in batch_rows(g)}
    unexpected = [k for k in stored if k not in expected and k not in failed_keys]
    history_rows = int(psql("select count(*) from indicator_value_history")[0][0])
    batches = psql("select b.id, b.rows, b.created, b.updated, b.unchanged,"
                   " (select count(*) from indicator_value v where v.batch_id = b.id) from import_batch b order by b.id")
    bad_batches = [b for b in batches
                   if not (int(b[1]) == int(b[2]) + int(b[3]) + int(b[4]) == int(b[5]) and int(b[3]) == int(b[4]) == 0)]
    acked_ids = {x[1] for x in imports} | {seed_answer["batchId"]}
    stray_batches = [b[0] for b in batches if int(b[0]) not in acked_ids]

    print(f"\ndatabase: {sum(seen.values())} figures stored, {len(expected)} expected (seed + acknowledged batches);"
          f" {len(batches)} import_batch rows; {history_rows} history rows")
    print(f"  missing {len(missing)}, stored more than once {len(twice)}, wrong number {len(wrong_number)},"
          f" wrong batch {len(wrong_batch)}, unexpected {len(unexpected)}")
    print(f"  import_batch rows whose counts disagree with the figures they wrote: {len(bad_batches)};"
          f" batches not acknowledged to a client: {len(stray_batches)}")
    if failed_imports:
        print(f"  unacknowledged imports: {len(failed_imports)}, their rows present: {unacked_present},"
              f" half-written: {len(partial)}")

    if errors:
        print(f"\nerrors ({len(errors)}), by request kind and answer:")
        by = Counter((w.split(" ")[0] + " " + w.split(" ")[1].split("?")[0].rsplit("/", 1)[0], s[:120])
                     for w, s, _ in errors)
        for (w, s), n in by.most_common(15):
            print(f"  {n:5d} x {w} -> {s}")
        print("  first errors:")
        for w, s, lat in errors[:10]:
            print(f"    {w} -> {s} ({lat} s)")
    if wrong:
        print(f"\nwrong read answers ({len(wrong)}), first: {wrong[:5]}")
    for what, keys in (("missing", missing), ("twice", twice), ("wrong number", wrong_number),
                       ("wrong batch", wrong_batch), ("unexpected", unexpected)):
        if keys:
            print(f"  {what}, first: {keys[:5]}")
    if bad_batches:
        print(f"  import_batch rows that disagree (id, rows, created, updated, unchanged, figures): {bad_batches[:5]}")

    print()
    ok = True
    ok &= verdict("zero errors (non-2xx or timeouts)", not errors and hung == 0,
                  f"{len(errors)} errors of {n_reads + sum(import_status.values())} requests"
                  + (f", {hung} threads still waiting" if hung else ""))
    ok &= verdict("reads answered what is stored", not wrong, f"{len(wrong)} wrong")
    ok &= verdict("importers made progress", len(imports) >= IMPORTERS, f"{len(imports)} batches")
    ok &= verdict("every imported figure present exactly once with its number",
                  not (missing or twice or wrong_number or wrong_batch or unexpected or history_rows),
                  f"{len(expected)} expected, {len(missing)} missing, {len(twice)} twice, {len(wrong_number)}"
                  f" wrong, {len(unexpected)} unexpected, {history_rows} replaced")
    ok &= verdict("every import_batch row matches the figures it wrote; no batch half-written",
                  not bad_batches and not partial and not stray_batches,
                  f"{len(bad_batches)} disagree, {len(partial)} half-written, {len(stray_batches)} unacknowledged")
    print(f"\nload: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
