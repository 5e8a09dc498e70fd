#!/usr/bin/env python3
"""Helpers for bench/import-vs-copy.sh (standard library only).

  indicators BASE_URL COUNT PREFIX        create COUNT indicators PREFIX0001.. through POST /api/v1/indicators
                                          (with 'Authorization: Bearer $BENCH_API_KEY', an administrator's key)
  csv FILE INDICATORS QUARTERS PREFIX VARIANT TARGET_EVERY
                                          write the deterministic import CSV (VARIANT 0 = first figures,
                                          1, 2.. = every figure changed); a target on every TARGET_EVERY-th row
                                          (0: no targets)
  import-counts RESPONSE_JSON ROWS        check an import answer, print "rows created updated unchanged | targets"
  heap JSTAT_FILE GC_LOG                  heap figures from `jstat -gc -t` samples and the GC log (window = samples)
  profile JFR_JSON                        where the import thread was, from `jfr print --json` samples
  median X Y ..                           the median
"""
import http.client
import json
import os
import re
import statistics
import sys
import threading
import time


def create_indicators(base_url, count, prefix, threads=4):
    m = re.match(r"http://([^:/]+):(\d+)", base_url)
    host, port = m.group(1), int(m.group(2))
    refs = [f"{prefix}{i:04d}" for i in range(1, count + 1)]
    errors = []
    lock = threading.Lock()
    next_index = [0]
    headers = {"Content-Type": "application/json"}
    if os.environ.get("BENCH_API_KEY"):
        headers["Authorization"] = f"Bearer {os.environ['BENCH_API_KEY']}"

    def work():
        try:
            post_all()
        except Exception as e:  # noqa: BLE001 - any failure stops the run
            with lock:
                errors.append(f"{type(e).__name__}: {e}")

    def post_all():
        conn = http.client.HTTPConnection(host, port, timeout=30)
        while True:
            with lock:
                if next_index[0] >= len(refs) or errors:
                    break
                i = next_index[0]
                next_index[0] += 1
            ref = refs[i]
            body = json.dumps({"ref": ref, "title": f"Bench {i + 1}", "unit": "PERCENT",
                               "polarity": "HIGHER_IS_BETTER", "directorate": "Bench"})
            conn.request("POST", "/api/v1/indicators", body, headers)
            resp = conn.getresponse()
            text = resp.read()
            if resp.status != 201:
                with lock:
                    errors.append(f"{ref}: HTTP {resp.status} {text[:300]!r}")
        conn.close()

    start = time.monotonic()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if errors:
        raise SystemExit("creating indicators failed: " + errors[0])
    print(f"{count} {time.monotonic() - start:.1f}")


def quarters(n):
    """n quarters from 2005-06-Q1 on."""
    out = []
    for k in range(n):
        year, q = 2005 + k // 4, k % 4 + 1
        out.append(f"{year}-{(year + 1) % 100:02d}-Q{q}")
    return out


def write_csv(path, n_indicators, n_quarters, prefix, variant, target_every):
    periods = quarters(n_quarters)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("ref,period,value,state,target,provisional,estimated,note,commentary\n")
        for i in range(1, n_indicators + 1):
            ref = f"{prefix}{i:04d}"
            for k, period in enumerate(periods):
                n = (i - 1) * n_quarters + k  # row number, 0-based
                # a figure between 0 and 100 with up to 2 decimals; VARIANT shifts every one of them
                value = ((i * 7919 + k * 104729 + variant * 3301) % 10000) / 100
                state, number = "", f"{value:g}"
                if n % 97 == 0:
                    state, number = "SUPPRESSED", ""
                elif n % 89 == 0:
                    state, number = "NOT_YET_AVAILABLE", ""
                target = ""
                if target_every and n % target_every == 0:
                    target = str(50 + (i % 40))
                provisional = "true" if k == n_quarters - 1 else ""
                estimated = "true" if n % 53 == 0 else ""
                note = "July fig" if n % 211 == 0 else ""
                commentary = ('"Improved, as planned; see ""Plan B"" for detail"' if n % 401 == 0 else "")
                f.write(f"{ref},{period},{number},{state},{target},{provisional},{estimated},{note},{commentary}\n")
                rows += 1
    print(rows)


def import_counts(path, rows):
    with open(path, encoding="utf-8") as f:
        answer = json.load(f)
    values = answer.get("values", {})
    created, updated, unchanged = (values.get(k, 0) for k in ("created", "updated", "unchanged"))
    if answer.get("rows") != rows or created + updated + unchanged != rows:
        print(f"WARNING: answer does not add up to {rows} rows: {json.dumps(answer)}", file=sys.stderr)
    targets = answer.get("targets", {})
    target_text = " ".join(f"{k}={v}" for k, v in targets.items()) if isinstance(targets, dict) else str(targets)
    print(f"{answer.get('rows')} {created} {updated} {unchanged} batch={answer.get('batchId')} targets: {target_text}")


def heap(jstat_file, gc_log):
    samples = []
    header = None
    with open(jstat_file, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "Timestamp":
                header = parts
                continue
            if header is None or len(parts) != len(header):
                continue
            try:
                row = dict(zip(header, (float(p) if p != "-" else 0.0 for p in parts)))
            except ValueError:
                continue
            used_kb = row["S0U"] + row["S1U"] + row["EU"] + row["OU"]
            samples.append((row["Timestamp"], used_kb / 1024, row["OU"] / 1024,
                            row.get("YGC", 0), row.get("FGC", 0)))
    if not samples:
        raise SystemExit("no jstat samples")
    t0, t1 = samples[0][0], samples[-1][0]
    before = samples[0][1]
    peak = max(s[1] for s in samples)
    old_peak = max(s[2] for s in samples)
    young_gcs = samples[-1][3] - samples[0][3]
    full_gcs = samples[-1][4] - samples[0][4]
    # heap after each collection inside the window: what survived, i.e. what the import really keeps
    after_max = None
    pauses = 0
    pause_ms = 0.0
    pattern = re.compile(r"^\[(\d+(?:\.\d+)?)s\].*GC\(\d+\) Pause .* (\d+)M->(\d+)M\((\d+)M\) (\d+(?:\.\d+)?)ms")
    try:
        with open(gc_log, encoding="utf-8") as f:
            for line in f:
                m = pattern.match(line)
                if m and t0 <= float(m.group(1)) <= t1 + 0.2:
                    after = int(m.group(3))
                    after_max = after if after_max is None else max(after_max, after)
                    pauses += 1
                    pause_ms += float(m.group(5))
    except FileNotFoundError:
        pass
    after_text = f"{after_max}" if after_max is not None else "-"
    # before peak growth samples old_peak live_after_gc_max gc_pauses gc_pause_ms young full
    print(f"{before:.0f} {peak:.0f} {peak - before:.0f} {len(samples)} {old_peak:.0f} {after_text} "
          f"{pauses} {pause_ms:.0f} {young_gcs:.0f} {full_gcs:.0f}")


def profile(path, package="uk/org/councilkpi/importing", top=12):
    """Where the import's thread was, from a JFR recording printed as JSON (execution and native-method samples,
    20 ms and 20 ms apart with settings=profile): by event, by innermost project method, by top frame."""
    from collections import Counter
    with open(path, encoding="utf-8") as f:
        events = json.load(f)["recording"]["events"]

    def name(frame):
        m = frame["method"]
        return m["type"]["name"].replace("/", ".") + "." + m["name"]

    # settings=profile samples a thread running Java every 10 ms and one in native code every 20 ms: weigh them so
    # that the shares are shares of the thread's wall time
    weight = {"jdk.ExecutionSample": 0.010, "jdk.NativeMethodSample": 0.020}
    kinds, ours, tops, total = Counter(), Counter(), Counter(), 0.0
    for e in events:
        frames = (e["values"].get("stackTrace") or {}).get("frames") or []
        names = [name(fr) for fr in frames]
        if not any(package.replace("/", ".") in n for n in names):
            continue
        w = weight.get(e["type"], 0.0)
        total += w
        native = e["type"] == "jdk.NativeMethodSample"
        kinds["in native code (waiting on a socket: PostgreSQL, or the request body)" if native else "running Java"] += w
        own = [n for n in names if n.startswith("uk.org.councilkpi.")][:2]
        ours[" < ".join(own)] += w
        tops[names[0]] += w
    # JFR samples only a few threads per period, so the shares count, not the sum
    print("JFR: shares of the import thread's time (samples weighed by their period)")
    for title, counter in (("", kinds), ("by the two innermost project methods (callee < caller):", ours), ("by top frame:", tops)):
        if title:
            print("  " + title)
        for k, n in counter.most_common(top):
            print(f"  {100 * n / max(total, 1e-9):4.0f}%  {k}")


def main(argv):
    cmd = argv[1]
    if cmd == "indicators":
        create_indicators(argv[2], int(argv[3]), argv[4])
    elif cmd == "csv":
        write_csv(argv[2], int(argv[3]), int(argv[4]), argv[5], int(argv[6]), int(argv[7]))
    elif cmd == "import-counts":
        import_counts(argv[2], int(argv[3]))
    elif cmd == "heap":
        heap(argv[2], argv[3])
    elif cmd == "profile":
        profile(argv[2])
    elif cmd == "median":
        print(f"{statistics.median(float(x) for x in argv[2:]):.2f}")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
