#!/usr/bin/env python3
"""Concurrent edits of one figure: no lost update. Run by concurrent-edits.sh, which starts the service.

Phase 1, rounds: N clients read the figure (GET, its ETag), wait for each other, then all PUT a different number at
once with If-Match: that ETag. In every round exactly one must succeed and every other must get 412 (the figure
changed since they read it); the figure afterwards must be the winner's number, its version one more.

Phase 2, read-modify-write: N clients each add 1 to the figure K times (GET, +1, PUT with If-Match; on a refusal,
read again and retry). Afterwards the figure must be exactly N*K more: no increment lost.

Last, the database: the figure's history (indicator_value_history) must hold exactly one version per successful
write, and no two writes may have replaced the same version.

Settings (environment): REL_CLIENTS (8), REL_ROUNDS (50), REL_INCREMENTS (15 per client), REL_TIMEOUT (30 s).
"""
import os
import sys
import threading
import time
from collections import Counter
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import Client, create_indicators, latency_line, psql, verdict  # noqa: E402

CLIENTS = int(os.environ.get("REL_CLIENTS", "8"))
ROUNDS = int(os.environ.get("REL_ROUNDS", "50"))
INCREMENTS = int(os.environ.get("REL_INCREMENTS", "15"))
TIMEOUT = float(os.environ.get("REL_TIMEOUT", "30"))
REF, PERIOD, PERIOD2 = "CE1", "2017-18-Q2", "2017-18-Q3"
PATH = f"/api/v1/indicators/{REF}/values/{PERIOD}"
PATH2 = f"/api/v1/indicators/{REF}/values/{PERIOD2}"


def version_of(etag):
    return int(etag.strip().removeprefix("W/").strip('"'))


def main():
    create_indicators([REF], threads=1, directorate="Concurrent")
    c = Client(timeout=TIMEOUT)
    for path in (PATH, PATH2):
        a = c.json_req("PUT", path, {"number": 0, "enteredBy": "setup"})
        if a.status != 201:
            raise SystemExit(f"setup PUT {path}: {a.short()}")
    print(f"setup: indicator {REF}, figures {PERIOD} and {PERIOD2} = 0")

    # --- phase 1: rounds ------------------------------------------------------------------------------------------------
    barrier = threading.Barrier(CLIENTS + 1)
    reads = [None] * CLIENTS     # (status, etag) per client, this round
    writes = [None] * CLIENTS    # (status, number sent, etag answered, latency, problem type)
    stop = threading.Event()

    def client(i):
        cc = Client(timeout=TIMEOUT)
        for rnd in range(ROUNDS):
            try:
                barrier.wait()                      # round starts: read
            except threading.BrokenBarrierError:
                return
            a = cc.get(PATH)
            reads[i] = (a.status, a.headers.get("etag"))
            try:
                barrier.wait()                      # everyone has read: write at once
            except threading.BrokenBarrierError:
                return
            number = Decimal(rnd * 1000 + i + 1) + Decimal("0.25")
            etag = reads[i][1] or '"none"'
            a = cc.json_req("PUT", PATH, {"number": float(number), "enteredBy": f"client-{i}"}, {"If-Match": etag})
            writes[i] = (a.status, number, a.headers.get("etag"), a.latency, a.body[:260])
            try:
                barrier.wait()                      # round done
            except threading.BrokenBarrierError:
                return
        cc.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    round_fail = []
    status_count = Counter()
    conflicts_409 = 0
    success_latency, refused_latency = [], []
    winners = 0
    examples = {}
    t0 = time.monotonic()
    for rnd in range(ROUNDS):
        barrier.wait()          # start the round: clients read
        barrier.wait()          # clients have read; they write now
        barrier.wait()          # clients have written
        etags = {r[1] for r in reads}
        ok_reads = all(r[0] == 200 for r in reads)
        statuses = Counter(w[0] for w in writes)
        status_count.update(w[0] for w in writes)
        won = [w for w in writes if isinstance(w[0], int) and 200 <= w[0] < 300]
        for w in writes:
            (success_latency if w in won else refused_latency).append(w[3])
        conflicts_409 += statuses.get(409, 0)
        for w in writes:
            examples.setdefault(w[0], w[4])
        a = c.get(PATH)
        now = a.json() or {}
        problems = []
        if not ok_reads or len(etags) != 1:
            problems.append(f"reads: {[r for r in reads]}")
        if len(won) != 1:
            problems.append(f"{len(won)} writes succeeded")
        else:
            winners += 1
            if Decimal(str(now.get("number"))) != won[0][1]:
                problems.append(f"figure is {now.get('number')}, the winner sent {won[0][1]}")
            if len(etags) == 1 and a.headers.get("etag") and list(etags)[0]:
                if version_of(a.headers["etag"]) != version_of(list(etags)[0]) + 1:
                    problems.append(f"version {list(etags)[0]} -> {a.headers['etag']}, not one more")
        others = {s: n for s, n in statuses.items() if not (isinstance(s, int) and 200 <= s < 300)}
        if set(others) - {412}:
            problems.append(f"refused with {others}, not only 412")
        if problems:
            round_fail.append((rnd, dict(statuses), problems))
    elapsed1 = time.monotonic() - t0
    for t in threads:
        t.join(timeout=TIMEOUT)

    print(f"\nphase 1: {ROUNDS} rounds x {CLIENTS} clients in {elapsed1:.1f} s; answers to the PUTs:"
          f" {dict(sorted(status_count.items(), key=lambda x: str(x[0])))}")
    print(f"  rounds with exactly one success: {winners} of {ROUNDS}; rounds with a problem: {len(round_fail)}")
    print(f"  successful PUT {latency_line(success_latency)}; refused PUT {latency_line(refused_latency)}")
    for rnd, st, problems in round_fail[:8]:
        print(f"  round {rnd}: {st}: {'; '.join(problems)[:300]}")
    for status, body in sorted(examples.items(), key=lambda x: str(x[0])):
        if status != 200:
            print(f"  a {status} answer: {body!r}")
    if conflicts_409:
        print(f"  {conflicts_409} stale writers got 409 instead of 412: they passed the If-Match check before the"
              f" winner committed, and failed at the row's version (an optimistic-lock conflict)")

    # --- phase 2: read-modify-write increments --------------------------------------------------------------------
    inc_status = Counter()
    inc_done = [0] * CLIENTS
    inc_errors = []
    max_attempts = 200

    def incrementer(i):
        cc = Client(timeout=TIMEOUT)
        for _ in range(INCREMENTS):
            for attempt in range(max_attempts):
                a = cc.get(PATH2)
                if a.status != 200:
                    inc_errors.append(("GET", a.short(200)))
                    continue
                n = Decimal(str(a.json()["number"]))
                w = cc.json_req("PUT", PATH2, {"number": float(n + 1), "enteredBy": f"inc-{i}"},
                                {"If-Match": a.headers.get("etag", '"none"')})
                inc_status[w.status] += 1
                if w.status == 200:
                    inc_done[i] += 1
                    break
                if w.status not in (409, 412):
                    inc_errors.append(("PUT", w.short(200)))
            else:
                inc_errors.append(("gave up", f"after {max_attempts} attempts"))
        cc.close()

    t1 = time.monotonic()
    ts = [threading.Thread(target=incrementer, args=(i,), daemon=True) for i in range(CLIENTS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=600)
    elapsed2 = time.monotonic() - t1
    final = c.get(PATH2)
    final_number = Decimal(str((final.json() or {}).get("number")))
    expected = sum(inc_done)
    print(f"\nphase 2: {CLIENTS} clients x {INCREMENTS} increments in {elapsed2:.1f} s; PUT answers"
          f" {dict(sorted(inc_status.items(), key=lambda x: str(x[0])))}; final figure {final_number},"
          f" increments acknowledged {expected} (of {CLIENTS * INCREMENTS})")
    for e in inc_errors[:5]:
        print(f"  error: {e}")

    # --- the database ---------------------------------------------------------------------------------------------
    hist = {}
    for period in (PERIOD, PERIOD2):
        rows = psql("select h.version, h.number, h.entered_by from indicator_value_history h join indicator i on"
                    f" i.id = h.indicator_id where i.ref = '{REF}' and h.period = '{period}' order by h.version")
        cur = psql("select v.version, v.number from indicator_value v join indicator i on i.id = v.indicator_id"
                   f" where i.ref = '{REF}' and v.period = '{period}'")
        hist[period] = (rows, cur)
    h1, cur1 = hist[PERIOD]
    h2, cur2 = hist[PERIOD2]
    versions1 = [int(r[0]) for r in h1]
    versions2 = [int(r[0]) for r in h2]
    chain_ok = (versions1 == list(range(len(versions1))) and versions2 == list(range(len(versions2)))
                and int(cur1[0][0]) == len(versions1) and int(cur2[0][0]) == len(versions2))
    print(f"\ndatabase: {PERIOD}: {len(h1)} earlier versions kept, current version {cur1[0][0]} (number {cur1[0][1]});"
          f" {PERIOD2}: {len(h2)} earlier versions, current version {cur2[0][0]} (number {cur2[0][1]})")
    print(f"  versions form one unbroken chain 0..n (no version replaced twice): {chain_ok}")

    print()
    ok = True
    ok &= verdict("every round: exactly one writer succeeded", winners == ROUNDS, f"{winners} of {ROUNDS}")
    ok &= verdict("every round: the figure is the winner's, its version one more",
                  not any("figure is" in p or "not one more" in p for _, _, ps in round_fail for p in ps))
    ok &= verdict("every stale writer refused with 412", set(status_count) <= {200, 412},
                  f"{status_count.get(412, 0)} x 412, {conflicts_409} x 409"
                  + (f", other: { {s: n for s, n in status_count.items() if s not in (200, 409, 412)} }"
                     if set(status_count) - {200, 409, 412} else ""))
    ok &= verdict("no 5xx, no timeout", not any(not isinstance(s, int) or s >= 500
                                                for s in list(status_count) + list(inc_status)))
    ok &= verdict("no lost update (read-modify-write)", final_number == expected == CLIENTS * INCREMENTS
                  and not inc_errors, f"final {final_number}, expected {CLIENTS * INCREMENTS}")
    ok &= verdict("history: one version per successful write", chain_ok and len(h1) == winners
                  and len(h2) == expected, f"{len(h1)} / {winners} and {len(h2)} / {expected}")
    print(f"\nconcurrent-edits: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
