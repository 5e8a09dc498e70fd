#!/usr/bin/env python3
"""Database fault: a light load (readers and one importer), then the machine's PostgreSQL is stopped in the middle of
it, left down a few seconds and started again. Every answer's status and latency is recorded. Run by db-fault.sh,
which starts the service (and, on any exit, starts PostgreSQL again if it is down).

Criteria: while the database is down every answer is a 503 problem, each within REL_DOWN_ANSWER_S (3 s), none hanging
beyond REL_HANG_S (5 s); the service answers 200 again within REL_RECOVERY_S (10 s) of the database being back, and
answers nothing but 2xx after that; every import is all or nothing (no half-written batch).

Settings (environment): REL_READERS (4), REL_WARMUP_S (8), REL_DOWN_S (5), REL_AFTER_S (15), REL_INDICATORS (1000),
REL_BATCH_ROWS (20000), REL_TIMEOUT (20 s per request), REL_PG_CLUSTER ("15 main").
"""
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import (PROBLEM, Client, ImportSpace, csv_of, latency_line, pick_read, psql, run_threads,  # noqa: E402
                      same_number, seed, stop_threads, stored_figures, verdict)

READERS = int(os.environ.get("REL_READERS", "4"))
WARMUP_S = float(os.environ.get("REL_WARMUP_S", "8"))
DOWN_S = float(os.environ.get("REL_DOWN_S", "5"))
AFTER_S = float(os.environ.get("REL_AFTER_S", "15"))
INDICATORS = int(os.environ.get("REL_INDICATORS", "1000"))
BATCH_ROWS = int(os.environ.get("REL_BATCH_ROWS", "20000"))
TIMEOUT = float(os.environ.get("REL_TIMEOUT", "20"))
DOWN_ANSWER_S = float(os.environ.get("REL_DOWN_ANSWER_S", "3"))
HANG_S = float(os.environ.get("REL_HANG_S", "5"))
RECOVERY_S = float(os.environ.get("REL_RECOVERY_S", "10"))
CLUSTER = os.environ.get("REL_PG_CLUSTER", "15 main").split()

REFS = [f"F{i:04d}" for i in range(1, INDICATORS + 1)]
SEED_PERIODS = ["2017-18-Q1", "2017-18-Q2"]
# What a reader reads: (share, kind, path of a ref).
READS = [
    (0.2, "scorecard", lambda ref, rnd: "/api/v1/scorecards/2017-18-Q2?directorate=" + quote("Fault")),
    (0.25, "history", lambda ref, rnd: f"/api/v1/indicators/{ref}/history"),
    (0.55, "value", lambda ref, rnd: f"/api/v1/indicators/{ref}/values/{SEED_PERIODS[rnd.randrange(2)]}"),
]


def pg_ctl(action):
    cmd = ["pg_ctlcluster", "--skip-systemctl-redirect"] + CLUSTER + [action] + (["-m", "fast"] if action == "stop" else [])
    t = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    print(f"  {' '.join(cmd)} -> exit {out.returncode} in {time.monotonic() - t:.2f} s"
          + (f" ({(out.stderr or out.stdout).strip()[:200]})" if out.returncode else ""))
    return out.returncode == 0


def pg_ready():
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432", "-t", "1"]).returncode == 0


def main():
    t_setup = time.monotonic()
    # "Fault": the scorecard the readers read
    seed_rows, _ = seed({"Fault": REFS[:100], "Fault bulk": REFS[100:]}, SEED_PERIODS)
    print(f"setup: {len(REFS)} indicators, {len(seed_rows)} seed figures in {time.monotonic() - t_setup:.1f} s")

    space = ImportSpace(REFS, SEED_PERIODS, BATCH_ROWS)
    batch_rows = space.rows

    lock = threading.Lock()
    stop = threading.Event()
    log = []   # (kind, what, started, ended, status, content_type, problem_type, body head)
    batches = []  # (g, started, ended, status, batchId or None)

    def record(kind, what, a):
        with lock:
            log.append((kind, what, a.started, a.ended, a.status, a.content_type.split(";")[0],
                        a.problem_type(), a.body[:200] if isinstance(a.body, bytes) else b""))

    def reader(n):
        rnd = random.Random(n)
        c = Client(timeout=TIMEOUT)
        while not stop.is_set():
            kind, _, path = pick_read(rnd, REFS, READS)
            record(kind, path, c.get(path))
            time.sleep(0.1)
        c.close()

    def importer():
        c = Client(timeout=TIMEOUT)
        g = 0
        while not stop.is_set() and g < space.batches:
            body = csv_of(batch_rows(g))
            importing[0] = time.monotonic()
            a = c.import_csv(body, "fault-importer")
            importing[0] = None
            record("import", f"POST /api/v1/imports (batch {g}, {BATCH_ROWS} rows)", a)
            j = a.json() if a.status == 200 else None
            with lock:
                batches.append((g, a.started, a.ended, a.status, j.get("batchId") if isinstance(j, dict) else None))
            g += 1
            time.sleep(0.3)
        c.close()

    health = []  # (t, status)
    importing = [None]  # when the import in flight was sent

    def health_poller():
        c = Client(timeout=TIMEOUT)
        while not stop.is_set():
            a = c.get("/q/health/ready")
            with lock:
                health.append((a.started, a.status))
            time.sleep(0.5)
        c.close()

    threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(READERS)]
    threads += [threading.Thread(target=importer, daemon=True), threading.Thread(target=health_poller, daemon=True)]
    print(f"load: {READERS} readers (0.1 s apart) + 1 importer ({BATCH_ROWS} rows a batch); database stopped after"
          f" {WARMUP_S:.0f} s for {DOWN_S:.0f} s, then {AFTER_S:.0f} s more")
    t0 = time.monotonic()
    run_threads(threads, stop)
    time.sleep(WARMUP_S)
    # Stop just after an import was sent (a 20,000-row import takes a second or two; pg_ctlcluster takes a few
    # tenths of a second to signal), so that the stop lands in the middle of it; if none comes within 8 s, stop anyway.
    wait_until = time.monotonic() + 8
    while time.monotonic() < wait_until:
        sent = importing[0]
        if sent is not None and 0.2 < time.monotonic() - sent < 0.4:
            break
        time.sleep(0.01)
    t_stop_cmd = time.monotonic()
    stopped = pg_ctl("stop")
    t_down = time.monotonic()
    if pg_ready():
        print("  PostgreSQL still answers after the stop")
    time.sleep(DOWN_S)
    t_start_cmd = time.monotonic()
    started_ok = pg_ctl("start")
    while not pg_ready() and time.monotonic() < t_start_cmd + 60:
        time.sleep(0.1)
    t_back = time.monotonic()
    print(f"  database down from {t_down - t0:.2f} s to {t_start_cmd - t0:.2f} s (stop took {t_down - t_stop_cmd:.2f} s),"
          f" back (pg_isready) at {t_back - t0:.2f} s")
    time.sleep(AFTER_S)
    stop_threads(threads, stop, TIMEOUT + 5)
    if not stopped or not started_ok:
        print("FAIL  could not stop or start PostgreSQL")
        return 2

    def rel(t):
        return f"{t - t0:6.2f}"

    # --- the answers, by phase -----------------------------------------------------------------------------------
    # Phases: by when a request was sent; "while down" = sent and answered while the database was stopped.
    before = [r for r in log if r[3] <= t_stop_cmd]
    inflight = [r for r in log if r[2] < t_stop_cmd < r[3]]
    stopping = [r for r in log if t_stop_cmd <= r[2] < t_down]
    down = [r for r in log if t_down <= r[2] and r[3] <= t_start_cmd]
    straddling = [r for r in log if t_down <= r[2] < t_start_cmd < r[3]]
    starting = [r for r in log if t_start_cmd <= r[2] < t_back]
    after = [r for r in log if r[2] >= t_back]

    def describe(rows):
        c = Counter((r[4], r[5] or "-", (r[6] or "-").replace("urn:councilkpi:problem:", "")) for r in rows)
        return ", ".join(f"{n} x {s} {ct} {pt}" for (s, ct, pt), n in c.most_common())

    print(f"\nanswers: {len(log)} in all")
    for name, rows in (("before the stop", before), ("in flight at the stop", inflight),
                       ("sent while stopping", stopping), ("sent+answered while down", down),
                       ("sent down, answered up", straddling),
                       ("sent while starting", starting), ("sent after it was back", after)):
        print(f"  {name:24s} {latency_line([r[3] - r[2] for r in rows])}")
        if rows:
            print(f"  {'':24s} {describe(rows)}")
    errors_before = [r for r in before if not (isinstance(r[4], int) and 200 <= r[4] < 300)]

    hit = [b for b in batches if b[1] < t_stop_cmd < b[2]]
    for g, s, e, status, batch_id in hit:
        print(f"\nthe import in flight at the stop: batch {g} ({BATCH_ROWS} rows), sent t={rel(s)}, answered"
              f" t={rel(e)}: {status}" + (f" (batch id {batch_id})" if batch_id else ""))
    if not hit:
        print("\nno import was in flight at the stop")

    # While down: each answer must be a 503 problem, quickly.
    outage = inflight + stopping + down + straddling + starting
    not_503 = [r for r in down if not (r[4] == 503 and r[5] == PROBLEM)]
    outage_bad = [r for r in outage if not (isinstance(r[4], int) and 200 <= r[4] < 300)
                  and not (r[4] == 503 and r[5] == PROBLEM)]
    slow = [r for r in down if r[3] - r[2] > DOWN_ANSWER_S]
    hung = [r for r in outage if r[3] - r[2] > HANG_S or r[4] == "timeout"]
    print("\nexamples of answers while down:")
    for r in sorted(down, key=lambda r: r[2])[:3] + sorted(not_503, key=lambda r: -(r[3] - r[2]))[:3]:
        print(f"  t={rel(r[2])} {r[1][:70]} -> {r[4]} {r[5]} in {r[3] - r[2]:.2f} s: {r[7][:160]!r}")
    if hung:
        print(f"requests hanging beyond {HANG_S:.0f} s (or timed out at {TIMEOUT:.0f} s): {len(hung)}")
        for r in sorted(hung, key=lambda r: r[2])[:8]:
            print(f"  sent t={rel(r[2])}, answered t={rel(r[3])} ({r[3] - r[2]:.2f} s): {r[1][:70]} -> {r[4]}")

    # Recovery: the first 200 after the database is back, and any failure after that.
    ok_after = sorted((r for r in after if isinstance(r[4], int) and 200 <= r[4] < 300), key=lambda r: r[3])
    first_ok = ok_after[0][3] - t_back if ok_after else None
    fails_after = sorted((r for r in after if not (isinstance(r[4], int) and 200 <= r[4] < 300)), key=lambda r: r[3])
    last_fail = fails_after[-1][3] - t_back if fails_after else None
    late_fails = [r for r in fails_after if r[2] >= t_back + RECOVERY_S]
    health_down = [t for t, s in health if s != 200 and t_down <= t < t_start_cmd]
    health_back = [t for t, s in health if s == 200 and t >= t_back]
    print(f"\nrecovery: first 200 {first_ok if first_ok is None else round(first_ok, 2)} s after the database was back;"
          f" {len(fails_after)} failures after it was back"
          + (f", the last {last_fail:.2f} s after" if fails_after else "")
          + f"; readiness: {len(health_down)} non-200 while down,"
          + f" first 200 {round(health_back[0] - t_back, 2) if health_back else None} s after")
    for r in fails_after[:5]:
        print(f"  t={rel(r[2])} (+{r[2] - t_back:.2f} s) {r[1][:70]} -> {r[4]} {r[5]} {r[7][:160]!r}")

    # --- the database afterwards: all-or-nothing batches -----------------------------------------------------------
    stored, _ = stored_figures()
    acked_missing = []
    half = []
    unacked_committed = []
    for g, s, e, status, batch_id in batches:
        rows = batch_rows(g)
        present = [(ref, p) for ref, p, n in rows if (ref, p) in stored and same_number(stored[(ref, p)][0], n)]
        if batch_id is not None:
            if len(present) != len(rows) or any(stored[k][1] != batch_id for k in present):
                acked_missing.append((g, batch_id, len(present), len(rows)))
        elif 0 < len(present) < len(rows):
            half.append((g, status, len(present), len(rows)))
        elif present:
            unacked_committed.append((g, status))
    db_batches = psql("select b.id, b.rows, b.created, b.updated, b.unchanged,"
                      " (select count(*) from indicator_value v where v.batch_id = b.id)"
                      " + (select count(*) from indicator_value_history h where h.batch_id = b.id)"
                      " from import_batch b order by b.id")
    bad_rows = [b for b in db_batches if not (int(b[2]) + int(b[3]) + int(b[4]) == int(b[1])
                                              and int(b[2]) + int(b[3]) == int(b[5]))]
    print(f"\nimports: {len(batches)} sent, {sum(1 for b in batches if b[4] is not None)} acknowledged;"
          f" statuses {dict(Counter(b[3] for b in batches))}; import_batch rows {len(db_batches)}")
    print(f"  acknowledged but not all stored: {len(acked_missing)}; refused but half-written: {len(half)};"
          f" refused but wholly stored: {len(unacked_committed)}; import_batch rows whose counts disagree with"
          f" the figures written: {len(bad_rows)}")
    for x in acked_missing[:3] + half[:3] + bad_rows[:3]:
        print(f"  {x}")
    if unacked_committed:
        print(f"  refused (or timed out) but committed: {unacked_committed[:5]}")

    print()
    ok = True
    ok &= verdict("no errors before the stop", not errors_before, f"{len(errors_before)} of {len(before)}")
    ok &= verdict("database down long enough to be tested", len(down) >= 5, f"{len(down)} requests sent while down")
    ok &= verdict("while down, every answer a 503 problem", not not_503 and bool(down),
                  f"{len(down) - len(not_503)} of {len(down)}; the others: {describe(not_503) or 'none'}")
    ok &= verdict("around the outage (in flight, stopping, down, starting), every failure a 503 problem",
                  not outage_bad, f"{len(outage_bad)} of {len(outage)} are not: {describe(outage_bad) or 'none'}")
    ok &= verdict(f"while down, every answer within {DOWN_ANSWER_S:.0f} s", not slow and bool(down),
                  f"max {max((r[3] - r[2] for r in down), default=0):.2f} s")
    ok &= verdict(f"no request hanging beyond {HANG_S:.0f} s around the outage", not hung,
                  f"{len(hung)} of {len(outage)}; max {max((r[3] - r[2] for r in outage), default=0):.2f} s")
    ok &= verdict(f"a 200 within {RECOVERY_S:.0f} s of the database being back",
                  first_ok is not None and first_ok <= RECOVERY_S,
                  f"first after {first_ok if first_ok is None else round(first_ok, 2)} s")
    ok &= verdict(f"nothing but 2xx from {RECOVERY_S:.0f} s after the database was back", not late_fails,
                  f"{len(late_fails)} failures" + (f", e.g. {late_fails[0][1][:60]} -> {late_fails[0][4]}"
                                                   if late_fails else ""))
    ok &= verdict("no batch half-written (all or nothing; acknowledged ones all stored)",
                  not half and not acked_missing and not bad_rows,
                  f"{len(half)} half-written, {len(acked_missing)} acknowledged but incomplete,"
                  f" {len(bad_rows)} import_batch rows disagree")
    print(f"\ndb-fault: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
