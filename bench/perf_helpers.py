#!/usr/bin/env python3
"""Helpers for bench/scorecard-vs-sql.sh (python3 standard library only).

  rss PID                                     "VmRSS_MB VmHWM_MB" of a process
  periods PERIOD                              the periods a scorecard of PERIOD loads (as ScorecardService does)
  scorecard-sql PERIOD FILE [filter]          write the pgbench script of a scorecard's minimal SQL; with
                                              "filter", the indicators are those of directorate :dir
  scorecard-sql-as-sent PERIOD FILE IDS_FILE   the same with the ids listed, as the service binds them
  history-sql FILE                            write the pgbench script of an indicator's history (ref :ref)
  wrk-json WRK_OUTPUT                         wrk --latency output -> one JSON line (rps, p50/p99/mean ms, ..)
  pgbench-json PGBENCH_OUTPUT LOG_PREFIX      pgbench output and its -l logs -> the same JSON line
  load URL CONNECTIONS SECONDS                a small load generator (threads, keep-alive), wrk's stand-in:
                                              prints the same JSON line; sends 'Authorization: Bearer
                                              $PERF_API_KEY' when that is set (as wrk -H does)
  issue-key BASE_URL ROLE CLIENT              issue an API key (POST /api/v1/keys) with $PERF_ADMIN_KEY; print it
  cpu-watch SECONDS OUT_JSON JAVA_PID DB      CPU seconds used over SECONDS by the service, PostgreSQL's
                                              backends of DB, wrk, pgbench, the rest (other databases' backends
                                              too), and idle (sampled from /proc every 0.25 s)
  thread-cpu PID SECONDS                      the service's CPU over SECONDS by kind of thread (request
                                              threads, GC, JIT compilers, ..), from /proc/PID/task
  jfr-summary FILE.jfr REQUESTS               where the service's CPU went (execution samples), what it
                                              allocated per request, GC
  threads THREAD_DUMPS                        busy request threads in `jcmd Thread.print` dumps, by top frame
  compare NAME SERVICE_JSON SQL_JSON [CPU_SERVICE_JSON CPU_SQL_JSON]   the comparison lines
"""
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter


# --- memory --------------------------------------------------------------------------------------------------------

def rss(pid):
    fields = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(rest.split()[0]) / 1024
    print(f"{fields['VmRSS']:.0f} {fields['VmHWM']:.0f}")


# --- the SQL -------------------------------------------------------------------------------------------------------

def _year(start):
    return f"{start}-{(start + 1) % 100:02d}"


def periods(code):
    """As ScorecardService.scorecard: the period, its year, last year, the last four quarters (a year: its four
    quarters), and the earlier period of each direction basis."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-Q([1-4]))?", code)
    if not m:
        raise SystemExit(f"not a period: {code}")
    start, q = int(m.group(1)), m.group(3)
    out = [code, _year(start), _year(start - 1)]
    if q:
        k = start * 4 + int(q) - 1
        quarters = [(j // 4, j % 4 + 1) for j in range(k - 3, k + 1)]
        out += [f"{_year(y)}-Q{n}" for y, n in quarters]
        prev = (k - 1) // 4, (k - 1) % 4 + 1
        out += [f"{_year(prev[0])}-Q{prev[1]}", f"{_year(start - 1)}-Q{q}", _year(start - 1)]
    else:
        out += [f"{code}-Q{n}" for n in range(1, 5)]
        out += [_year(start - 1)] * 3
    return list(dict.fromkeys(out))


def scorecard_sql(period, path, with_filter=False):
    """What a scorecard needs from the database, at minimum: the matching indicators, then the figures, targets,
    overrides and comparators of those indicators for the periods it shows or compares with."""
    plist = ", ".join(f"'{p}'" for p in periods(period))
    if with_filter:
        where = "where directorate = :dir"
        ids = "indicator_id in (select id from indicator where directorate = :dir) and "
    else:
        where, ids = "", ""
    sql = [f"-- the scorecard of {period}{' for the indicators of one directorate (pgbench -D dir=NAME)' if with_filter else ''}, "
           f"periods {plist.replace(chr(39), '')}",
           f"select * from indicator {where} order by directorate, id;".replace("  ", " "),
           f"select * from indicator_value where {ids}period in ({plist});",
           f"select * from target where {ids}period in ({plist});",
           f"select * from rag_override where {ids}period in ({plist});",
           f"select * from comparator where {ids}period in ({plist});"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sql) + "\n")


def scorecard_sql_as_sent(period, path, ids_file):
    """The scorecard's SQL as the service sends it for the whole council: the ids of the indicators bound in an IN
    list (here as literals), one statement per table."""
    with open(ids_file, encoding="utf-8") as f:
        ids = ", ".join(line.strip() for line in f if line.strip())
    plist = ", ".join(f"'{p}'" for p in periods(period))
    sql = [f"-- the scorecard of {period} as the service sends it: the indicators' ids listed",
           "select * from indicator order by directorate, id;"]
    for table in ("indicator_value", "target", "rag_override", "comparator"):
        sql.append(f"select * from {table} where indicator_id in ({ids}) and period in ({plist});")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sql) + "\n")


def history_sql(path):
    """What an indicator's history needs: the indicator, then all its figures, targets and overrides."""
    sql = ["-- the history of one indicator (pgbench -D ref=REF)",
           "select * from indicator where ref = :ref;",
           "select v.* from indicator_value v join indicator i on i.id = v.indicator_id where i.ref = :ref;",
           "select t.* from target t join indicator i on i.id = t.indicator_id where i.ref = :ref order by t.period;",
           "select o.* from rag_override o join indicator i on i.id = o.indicator_id where i.ref = :ref "
           "order by o.period;"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sql) + "\n")


# --- load results --------------------------------------------------------------------------------------------------

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    return float(m.group(1)) * _UNITS[m.group(2)]


def wrk_json(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = {"tool": "wrk"}
    m = re.search(r"^\s*Latency\s+(\S+)\s+(\S+)\s+(\S+)", text, re.M)
    out["mean_ms"] = _ms(m.group(1)) if m else None
    for pct in ("50", "99"):
        m = re.search(rf"^\s*{pct}(?:\.000)?%\s+(\S+)", text, re.M)
        out[f"p{pct}_ms"] = _ms(m.group(1)) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+), ([\d.]+)(\w+) read", text)
    out["requests"] = int(m.group(1)) if m else 0
    if m:
        secs = float(m.group(2)) * {"ms": 0.001, "s": 1, "m": 60}[m.group(3)]
        out["seconds"] = secs
        out["mb_read"] = float(m.group(4)) * {"B": 1e-6, "KB": 1.024e-3, "MB": 1.048576, "GB": 1073.741824}.get(
            m.group(5), 0)
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    out["rps"] = float(m.group(1)) if m else 0.0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        errors += sum(int(x) for x in m.groups())
    out["errors"] = errors
    print(json.dumps(out))


def pgbench_json(path, log_prefix):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = {"tool": "pgbench"}
    m = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
    out["rps"] = float(m.group(1)) if m else 0.0
    m = re.search(r"number of transactions actually processed: (\d+)", text)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"number of failed transactions: (\d+)", text)
    out["errors"] = int(m.group(1)) if m else 0
    latencies = []
    directory, prefix = os.path.split(log_prefix)
    for name in os.listdir(directory or "."):
        if name.startswith(prefix + "."):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 6 and parts[2].isdigit():
                        latencies.append(int(parts[2]) / 1000.0)
    latencies.sort()
    if latencies:
        out["mean_ms"] = statistics.fmean(latencies)
        out["p50_ms"] = _pct(latencies, 50)
        out["p99_ms"] = _pct(latencies, 99)
    else:
        m = re.search(r"latency average = ([\d.]+) ms", text)
        out["mean_ms"] = float(m.group(1)) if m else None
        out["p50_ms"] = out["p99_ms"] = None
    print(json.dumps(out))


def _pct(sorted_values, pct):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(pct / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def load(url, connections, seconds):
    """wrk's stand-in when wrk is missing: CONNECTIONS threads, each a keep-alive connection, for SECONDS."""
    u = urllib.parse.urlsplit(url)
    path = u.path + ("?" + u.query if u.query else "")
    latencies, errors, read = [], [0], [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    key = os.environ.get("PERF_API_KEY")
    headers = {"Authorization": f"Bearer {key}"} if key else {}

    def work():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        mine, my_bytes, my_errors = [], 0, 0
        while time.monotonic() < stop_at:
            t0 = time.monotonic()
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    my_errors += 1
                my_bytes += len(body)
                mine.append((time.monotonic() - t0) * 1000)
            except (OSError, http.client.HTTPException):
                my_errors += 1
                conn.close()
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        with lock:
            latencies.extend(mine)
            read[0] += my_bytes
            errors[0] += my_errors

    started = time.monotonic()
    workers = [threading.Thread(target=work) for _ in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.monotonic() - started
    latencies.sort()
    print(json.dumps({"tool": "python-load", "rps": len(latencies) / wall, "requests": len(latencies),
                      "seconds": wall, "mean_ms": statistics.fmean(latencies) if latencies else None,
                      "p50_ms": _pct(latencies, 50), "p99_ms": _pct(latencies, 99), "errors": errors[0],
                      "mb_read": read[0] / 1e6}))


def issue_key(base_url, role, client):
    """POST /api/v1/keys as the administrator ($PERF_ADMIN_KEY); prints the new key."""
    u = urllib.parse.urlsplit(base_url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    conn.request("POST", "/api/v1/keys", body=json.dumps({"client": client, "role": role}),
                 headers={"Content-Type": "application/json",
                          "Authorization": f"Bearer {os.environ['PERF_ADMIN_KEY']}"})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    if resp.status != 201:
        raise SystemExit(f"issuing a {role} key: HTTP {resp.status} {body[:400]!r}")
    print(json.loads(body)["key"])


# --- where the CPU went --------------------------------------------------------------------------------------------

def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _proc_times():
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        comm = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        # fields[0] is state (field 3); utime is field 14, stime 15, starttime 22
        out[int(name)] = (comm, int(fields[11]) + int(fields[12]), int(fields[19]))
    return out


def _thread_times(pid):
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        comm = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        out[int(tid)] = (comm, int(fields[11]) + int(fields[12]))
    return out


def thread_cpu(pid, seconds):
    """The service's CPU over SECONDS by kind of thread: request threads, GC, JIT compilers, event loops, .."""
    tick = os.sysconf("SC_CLK_TCK")
    before = _thread_times(pid)
    time.sleep(seconds)
    after = _thread_times(pid)
    groups = Counter()
    for tid, (comm, used) in after.items():
        delta = (used - before.get(tid, (comm, 0))[1]) / tick
        name = re.sub(r"[#-]?\d+$", "", comm).strip()
        if name.startswith(("GC Thread", "G1 ")) or name in ("VM Thread", "VM Periodic Tas"):
            name = "GC and VM (" + name + ")"
        groups[name] += delta
    total = sum(groups.values()) or 1
    print(f"  service CPU by thread over {seconds:.0f} s: {total:.1f} s")
    for name, used in groups.most_common(8):
        if used > 0:
            print(f"    {100 * used / total:5.1f}%  {name}")


def _machine_idle():
    with open("/proc/stat", encoding="utf-8") as f:
        parts = f.readline().split()
    return int(parts[4]) + int(parts[5])  # idle + iowait


def cpu_watch(seconds, out_path, java_pid, database):
    tick = os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime", encoding="utf-8") as f:
        start_ticks = float(f.read().split()[0]) * tick
    first, last = {}, {}
    idle0 = _machine_idle()
    t0 = time.monotonic()
    stop = [False]
    signal.signal(signal.SIGTERM, lambda *_: stop.__setitem__(0, True))
    while not stop[0]:
        for pid, (comm, used, started) in _proc_times().items():
            if pid not in first:
                if comm == "postgres":  # a backend of the bench's database, or any other PostgreSQL process
                    comm = "postgres-ours" if f" {database} " in _cmdline(pid) else "postgres-other"
                first[pid] = (comm, used if started < start_ticks else 0)
            last[pid] = (first[pid][0], used)
        if time.monotonic() - t0 >= seconds:
            break
        time.sleep(0.25)
    wall = time.monotonic() - t0
    idle = (_machine_idle() - idle0) / tick
    groups = Counter()
    for pid, (comm, used) in last.items():
        delta = (used - first[pid][1]) / tick
        if delta <= 0:
            continue
        if pid == java_pid:
            groups["java"] += delta
        elif comm == "postgres-ours":
            groups["postgres"] += delta
        elif comm == "postgres-other":
            groups["postgres_other"] += delta
        elif comm.startswith("wrk") or comm == "python3":
            groups["load"] += delta
        elif comm == "pgbench":
            groups["pgbench"] += delta
        else:
            groups["other"] += delta
    result = {"wall": wall, "cores": os.cpu_count(), "idle": idle}
    result.update({k: groups.get(k, 0.0) for k in ("java", "postgres", "postgres_other", "load", "pgbench", "other")})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


# --- where the service's time went ---------------------------------------------------------------------------------

CATEGORIES = [  # (label, frame prefixes); a sample counts for the innermost frame that has a category
    ("JSON writing (Jackson)", ("com.fasterxml.jackson.",)),
    ("JDBC driver (org.postgresql)", ("org.postgresql.",)),
    ("Hibernate ORM / Panache", ("org.hibernate.", "io.quarkus.hibernate.", "io.quarkus.panache.")),
    ("pool / transactions (Agroal, Narayana)", ("io.agroal.", "com.arjuna.", "io.quarkus.narayana.",
                                                "io.quarkus.agroal.")),
    ("logging checks (JBoss LogManager)", ("org.jboss.logmanager.", "org.jboss.logging.")),
    ("rules and periods (uk.org.councilkpi.status, .period)", ("uk.org.councilkpi.status.",
                                                               "uk.org.councilkpi.period.")),
    ("scorecard assembly (uk.org.councilkpi.scorecard)", ("uk.org.councilkpi.scorecard.",)),
    ("other project code", ("uk.org.councilkpi.",)),
    ("HTTP (Vert.x, Netty, Quarkus REST)", ("io.vertx.", "io.netty.", "org.jboss.resteasy.reactive.",
                                            "io.quarkus.vertx.", "io.quarkus.resteasy.")),
]


def _frame_name(frame):
    method = frame.get("method", {})
    cls = method.get("type", {}).get("name", "?")
    return f"{cls.replace('/', '.')}.{method.get('name', '?')}"


def _category(frames):
    for fr in frames:
        for label, prefixes in CATEGORIES:
            if fr.startswith(prefixes):
                return label
    return "other (JDK, Quarkus, ..)"


def _seconds(value):
    if isinstance(value, (int, float)):
        return float(value) / 1e9
    m = re.fullmatch(r"PT(?:(\d+)M)?([\d.]+)S", str(value))
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0


def jfr_summary(path, requests):
    requests = max(int(requests), 1)
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events",
                          "jdk.ExecutionSample,jdk.ObjectAllocationSample,jdk.GarbageCollection", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    samples = [e["values"] for e in events if e["type"] == "jdk.ExecutionSample"]
    allocs = [e["values"] for e in events if e["type"] == "jdk.ObjectAllocationSample"]
    gcs = [e["values"] for e in events if e["type"] == "jdk.GarbageCollection"]
    tops, cats, threads, ours = Counter(), Counter(), Counter(), Counter()
    for s in samples:
        frames = [_frame_name(f) for f in (s.get("stackTrace") or {}).get("frames", [])]
        if not frames:
            continue
        tops[frames[0]] += 1
        cats[_category(frames)] += 1
        thread = (s.get("sampledThread") or {}).get("javaName") or "?"
        threads[re.sub(r"-?\d+$", "", thread)] += 1
        own = next((f for f in frames if f.startswith("uk.org.councilkpi.")), None)
        if own:
            ours[own] += 1
    n = sum(cats.values()) or 1
    print(f"  JFR execution samples: {n} (threads: "
          + ", ".join(f"{t} {c}" for t, c in threads.most_common(5)) + ")")
    print("  by the innermost frame that is not the JDK's (a String.charAt called by the rules counts as the rules):")
    for label, c in cats.most_common():
        print(f"    {100 * c / n:5.1f}%  {label}")
    print("  top frames (self):")
    for frame, c in tops.most_common(12):
        print(f"    {100 * c / n:5.1f}%  {frame}")
    print("  innermost project frames:")
    for frame, c in ours.most_common(8):
        print(f"    {100 * c / n:5.1f}%  {frame}")
    # a thread's first sample weighs what it allocated since its previous one, before the recording: left out
    seen_threads, kept = set(), []
    for a in sorted(allocs, key=lambda a: a.get("startTime", "")):
        thread = (a.get("eventThread") or {}).get("javaThreadId")
        if thread in seen_threads:
            kept.append(a)
        seen_threads.add(thread)
    allocs = kept
    allocated = sum(float(a.get("weight", 0)) for a in allocs)
    by_class = Counter()
    for a in allocs:
        by_class[((a.get("objectClass") or {}).get("name") or "?").replace("/", ".")] += float(a.get("weight", 0))
    print(f"  allocated (JFR allocation samples): {allocated / 1e6:.0f} MB over {requests} requests = "
          f"{allocated / requests / 1e6:.1f} MB per request; most: "
          + ", ".join(f"{k} {100 * v / (allocated or 1):.0f}%" for k, v in by_class.most_common(5)))
    pauses = sum(_seconds(g.get("sumOfPauses", 0)) for g in gcs)
    print(f"  GC: {len(gcs)} collections, pauses {pauses * 1000:.0f} ms in total")


def thread_dumps(path):
    tops, ours, dumps, seen = Counter(), Counter(), 0, 0
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for dump in text.split("Full thread dump")[1:]:
        dumps += 1
        for block in dump.split("\n\n"):
            if not block.lstrip().startswith('"executor-thread') or "RUNNABLE" not in block:
                continue
            frames = [line.strip()[3:] for line in block.splitlines() if line.strip().startswith("at ")]
            if not frames or any("LinkedBlockingQueue" in fr or "EnhancedQueueExecutor$PoolThreadNode.park" in fr
                                 for fr in frames[:6]):
                continue
            seen += 1
            tops[re.sub(r"\(.*\)$", "", frames[0])] += 1
            own = next((fr for fr in frames if fr.startswith("uk.org.councilkpi.")), None)
            if own:
                ours[re.sub(r"\(.*\)$", "", own)] += 1
    print(f"  {dumps} thread dumps, {seen} busy request threads")
    for frame, n in tops.most_common(8):
        print(f"    {n:4d}  {frame}")
    if ours:
        print("  innermost project frames:")
        for frame, n in ours.most_common(5):
            print(f"    {n:4d}  {frame}")


# --- the comparison ------------------------------------------------------------------------------------------------

def _load_json(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    return json.loads(text.splitlines()[-1]) if text else {}


def _f(x, spec=".1f"):
    return "-" if x is None else format(x, spec)


def cpu_line(cpu, requests):
    if not cpu:
        return ""
    r = max(requests, 1)
    busy = cpu["wall"] * cpu["cores"] - cpu["idle"]
    return (f"CPU over {cpu['wall']:.0f} s x {cpu['cores']} cores: java {cpu['java']:.1f} s "
            f"({1000 * cpu['java'] / r:.1f} ms/req), postgres {cpu['postgres']:.1f} s "
            f"({1000 * cpu['postgres'] / r:.1f} ms/req), load generator {cpu['load'] + cpu['pgbench']:.1f} s, "
            f"other {cpu['other'] + cpu.get('postgres_other', 0):.1f} s, idle {cpu['idle']:.1f} s "
            f"(busy {100 * busy / (cpu['wall'] * cpu['cores']):.0f}%)")


def compare(name, service_path, sql_path, cpu_service_path=None, cpu_sql_path=None):
    s, q = _load_json(service_path), _load_json(sql_path)
    ratio = s.get("rps", 0) / q["rps"] if q.get("rps") else 0.0
    print(f"{name}:")
    print(f"  service ({s.get('tool')}): {_f(s.get('rps'))} req/s, p50 {_f(s.get('p50_ms'))} ms, "
          f"p99 {_f(s.get('p99_ms'))} ms, mean {_f(s.get('mean_ms'))} ms, {s.get('requests')} requests, "
          f"{s.get('errors')} errors")
    print(f"  SQL (pgbench):   {_f(q.get('rps'))} req/s, p50 {_f(q.get('p50_ms'))} ms, "
          f"p99 {_f(q.get('p99_ms'))} ms, mean {_f(q.get('mean_ms'))} ms, {q.get('requests')} transactions, "
          f"{q.get('errors')} errors")
    print(f"  ratio service/SQL: {ratio:.2f} (aim >= 0.5)")
    for label, path, reqs in (("service", cpu_service_path, s.get("requests", 0)),
                              ("SQL", cpu_sql_path, q.get("requests", 0))):
        if path and os.path.exists(path):
            print(f"  {label:<7} {cpu_line(_load_json(path), reqs)}")
    print(json.dumps({"name": name, "service": s, "sql": q, "ratio": ratio}), file=sys.stderr)


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == "rss":
        rss(args[0])
    elif cmd == "periods":
        print(" ".join(periods(args[0])))
    elif cmd == "scorecard-sql":
        scorecard_sql(args[0], args[1], len(args) > 2 and args[2] == "filter")
    elif cmd == "scorecard-sql-as-sent":
        scorecard_sql_as_sent(args[0], args[1], args[2])
    elif cmd == "history-sql":
        history_sql(args[0])
    elif cmd == "wrk-json":
        wrk_json(args[0])
    elif cmd == "pgbench-json":
        pgbench_json(args[0], args[1])
    elif cmd == "load":
        load(args[0], int(args[1]), float(args[2]))
    elif cmd == "issue-key":
        issue_key(args[0], args[1], args[2])
    elif cmd == "cpu-watch":
        cpu_watch(float(args[0]), args[1], int(args[2]), args[3])
    elif cmd == "thread-cpu":
        thread_cpu(int(args[0]), float(args[1]))
    elif cmd == "jfr-summary":
        jfr_summary(args[0], args[1])
    elif cmd == "threads":
        thread_dumps(args[0])
    elif cmd == "compare":
        compare(args[0], args[1], args[2], *(args[3:5]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
