#!/usr/bin/env python3
"""Two instances, one database (run by two-instances.sh, which starts both on the same fresh database):

1. Read cache: a write through one instance is never served stale by the other once committed. For each of N rounds,
   B's history of an indicator and its scorecard are read (so that B keeps them), a new figure is written through A,
   and as soon as A has answered, B is asked again: the figure must be there. Stale answers are counted, with how
   long B took to show the write (polling every 5 ms).
2. Revocation: a key used on both instances, revoked through A, is refused (401) by both at once, on the next request.
3. Sign-off: a period signed off through A refuses writes through B at once (409 period-signed-off), and through A;
   reopened through B, A takes writes again.
4. Metrics (not about two instances, but measured here): /q/metrics is not on the API's port, and 300 invented HTTP
   methods and 300 unknown paths do not grow it.

Settings (environment): REL_ROUNDS (200 read-cache rounds), REL_KEY_ROUNDS (30), REL_SIGNOFF_ROUNDS (20).
"""
import os
import sys
import time
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import Client, verdict  # noqa: E402

V = "/api/v1"
A = os.environ["REL_BASE"]
B = os.environ["REL_BASE_B"]
ROUNDS = int(os.environ.get("REL_ROUNDS", "200"))
KEY_ROUNDS = int(os.environ.get("REL_KEY_ROUNDS", "30"))
SIGNOFF_ROUNDS = int(os.environ.get("REL_SIGNOFF_ROUNDS", "20"))


def must(answer, *statuses):
    if answer.status not in statuses:
        raise SystemExit(f"unexpected answer: {answer.short()}")
    return answer


def indicator(c, ref):
    must(c.json_req("POST", f"{V}/indicators", {"ref": ref, "title": f"Two instances {ref}", "unit": "COUNT",
                                                 "polarity": "HIGHER_IS_BETTER", "directorate": f"Two {ref}"}), 201)


def read_cache(a, b):
    ref = "TWO-RC"
    indicator(a, ref)
    period = "2005-06-Q1"
    must(a.json_req("PUT", f"{V}/indicators/{ref}/values/{period}", {"number": 0, "enteredBy": "two"}), 200, 201)
    history = f"{V}/indicators/{ref}/history"
    scorecard = f"{V}/scorecards/{period}?directorate={quote('Two ' + ref)}"
    stale_history = stale_scorecard = 0
    worst = 0.0
    for i in range(1, ROUNDS + 1):
        for path in (history, scorecard):
            must(b.get(path), 200)
            must(b.get(path), 200)  # kept by B now
        must(a.json_req("PUT", f"{V}/indicators/{ref}/values/{period}", {"number": i, "enteredBy": "two"}), 200)
        answered = time.monotonic()
        h = must(b.get(history), 200).json()
        s = must(b.get(scorecard), 200).json()
        fresh_h = h["entries"][-1]["figure"]["number"] == i
        fresh_s = s["indicators"][0]["current"]["number"] == i
        stale_history += not fresh_h
        stale_scorecard += not fresh_s
        if not (fresh_h and fresh_s):
            while time.monotonic() - answered < 10:
                h = b.get(history).json()
                s = b.get(scorecard).json()
                if h["entries"][-1]["figure"]["number"] == i and s["indicators"][0]["current"]["number"] == i:
                    break
                time.sleep(0.005)
            worst = max(worst, time.monotonic() - answered)
    print(f"read cache: {ROUNDS} writes through A, each read back at once through B (history and scorecard, both"
          f" kept by B before the write): stale histories {stale_history}, stale scorecards {stale_scorecard};"
          f" longest wait for a stale one to turn fresh {worst * 1000:.0f} ms")
    return stale_history + stale_scorecard


def revocation(a, b):
    late = 0
    for i in range(KEY_ROUNDS):
        issued = must(a.json_req("POST", f"{V}/keys", {"client": f"two instances {i}", "role": "viewer"}), 201).json()
        ka, kb = Client(base=A, key=issued["key"]), Client(base=B, key=issued["key"])
        must(ka.get(f"{V}/indicators?size=1"), 200)
        must(kb.get(f"{V}/indicators?size=1"), 200)
        must(a.request("DELETE", f"{V}/keys/{issued['id']}"), 200)
        rb, ra = kb.get(f"{V}/indicators?size=1"), ka.get(f"{V}/indicators?size=1")
        late += (rb.status != 401) + (ra.status != 401)
        ka.close()
        kb.close()
    print(f"revocation: {KEY_ROUNDS} keys used on both, revoked through A, then used at once on B and A:"
          f" {late} answers other than 401")
    return late


def signoff(a, b):
    ref = "TWO-SO"
    indicator(a, ref)
    wrong = 0
    for i in range(SIGNOFF_ROUNDS):
        period = f"{2040 + i}-{(41 + i) % 100:02d}-Q2"
        path = f"{V}/indicators/{ref}/values/{period}"
        must(b.json_req("PUT", path, {"number": i, "enteredBy": "two"}), 200, 201)
        must(a.json_req("POST", f"{V}/periods/{period}/sign-off", {"by": "two", "note": "two instances"}), 200, 201)
        for client, label in ((b, "B"), (a, "A")):
            r = client.json_req("PUT", path, {"number": i + 1000, "enteredBy": "two"})
            if r.status != 409 or r.problem_type() != "urn:councilkpi:problem:period-signed-off":
                wrong += 1
                print(f"  write through {label} after sign-off through A: {r.short(200)}")
        must(b.json_req("POST", f"{V}/periods/{period}/reopen", {"by": "two", "note": "reopened"}), 200, 201)
        r = a.json_req("PUT", path, {"number": i + 2000, "enteredBy": "two"})
        if r.status != 200:
            wrong += 1
            print(f"  write through A after reopening through B: {r.short(200)}")
    print(f"sign-off: {SIGNOFF_ROUNDS} periods signed off through A, written at once through B and A, reopened through"
          f" B, written through A: {wrong} answers not as expected")
    return wrong


def metrics(a):
    """The metrics registry stays bounded whatever methods and paths clients invent (issue 10, item 6)."""
    import urllib.request
    url = os.environ["REL_METRICS"]

    def lines():
        with urllib.request.urlopen(url, timeout=10) as r:
            return len(r.read().decode().splitlines())
    on_api = a.get("/q/metrics").status
    before = lines()
    for i in range(300):
        a.request(f"INVENTED{i}", f"{V}/indicators")
        a.get(f"{V}/no-such-route-{i}")
    after = lines()
    print(f"metrics: /q/metrics on the API port answers {on_api}; on the management port {before} lines, {after} after"
          f" 300 invented methods and 300 unknown paths")
    return after - before, on_api


def main():
    a, b = Client(base=A), Client(base=B)
    print(f"instance A {A}, instance B {B}, one database")
    stale = read_cache(a, b)
    late = revocation(a, b)
    wrong = signoff(a, b)
    grown, on_api = metrics(a)
    print()
    ok = True
    ok &= verdict("a write through A is never served stale by B once committed", stale == 0, f"{stale} stale")
    ok &= verdict("a key revoked through A is refused by both at once", late == 0, f"{late} not refused")
    ok &= verdict("a sign-off through A locks writes through both; a reopen through B unlocks A", wrong == 0,
                  f"{wrong} wrong")
    ok &= verdict("metrics only on the management port, bounded", on_api == 404 and grown < 50,
                  f"API port {on_api}, {grown} lines more")
    print(f"\ntwo-instances: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
