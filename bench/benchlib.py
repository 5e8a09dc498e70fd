#!/usr/bin/env python3
"""Shared by the bench and reliability scripts (standard library only): free ports and waiting for the service
(for bench/lib.sh), HTTP on keep-alive connections with timeouts, raw requests on a socket, psql, indicators,
import CSVs, periods, figures, and what the reliability clients' loads have in common (seeding, the importers'
batches, reader mixes, running threads for a while, reading back what was stored).

Every request of a Client carries 'Authorization: Bearer $REL_API_KEY' (the run's bootstrap administrator key, made
by bench/lib.sh and exported by bench/reliability/lib.sh; $BENCH_API_KEY when that is not set), unless the client
was made with another key (key=..., None: no header) or the request's headers set Authorization themselves (a value
of None: sent without it).

  benchlib.py free-port PREFERRED                    print PREFERRED if 127.0.0.1:PREFERRED is free, else any free port
  benchlib.py wait-ready URL START_EPOCH TIMEOUT_S [PID]
                                                     poll URL every 20 ms until it answers 200, then print the seconds
                                                     since START_EPOCH; fail after TIMEOUT_S or as soon as PID ends
"""
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from decimal import Decimal
from urllib.parse import quote, urlsplit

BASE = os.environ.get("REL_BASE", "http://127.0.0.1:8091")
DB = os.environ.get("REL_DB", "councilkpi_rel")
WORK = os.environ.get("REL_WORK", "/tmp")
PROBLEM = "application/problem+json"
API_KEY = os.environ.get("REL_API_KEY") or os.environ.get("BENCH_API_KEY") or None
_DEFAULT = object()


def free_port(preferred):
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise SystemExit("no free port")


def wait_ready_url(url, start_epoch, timeout_s, pid=None):
    """Polls URL until it answers 200; answers the seconds since start_epoch, or None (timeout, or pid ended)."""
    u = urlsplit(url)
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if pid is not None and not os.path.exists(f"/proc/{pid}"):
            return None
        try:
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=2)
            conn.request("GET", u.path)
            resp = conn.getresponse()
            resp.read()
            conn.close()
            if resp.status == 200:
                return time.time() - start_epoch
        except OSError:
            pass
        time.sleep(0.02)
    return None


def host_port(base=None):
    u = urlsplit(base or BASE)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"loopback only, not {u.hostname}")
    return u.hostname, u.port


class Answer:
    """One request's outcome: status (an int), or 'timeout' / 'conn-error: ...'; latency in seconds."""
    __slots__ = ("status", "headers", "body", "latency", "started", "ended")

    def __init__(self, status, headers, body, started, ended):
        self.status = status
        self.headers = headers
        self.body = body
        self.started = started
        self.ended = ended
        self.latency = ended - started

    @property
    def ok(self):
        return isinstance(self.status, int) and 200 <= self.status < 300

    @property
    def content_type(self):
        return (self.headers or {}).get("content-type", "")

    def json(self):
        try:
            return json.loads(self.body)
        except (ValueError, TypeError):
            return None

    def problem_type(self):
        if PROBLEM not in self.content_type:
            return None
        j = self.json()
        return j.get("type") if isinstance(j, dict) else None

    def short(self, n=300):
        b = self.body if isinstance(self.body, (bytes, bytearray)) else b""
        return f"{self.status} {self.content_type} {b[:n]!r}"


class Client:
    """A keep-alive HTTP/1.1 connection to the service, reopened after any failure."""

    def __init__(self, base=None, timeout=30.0, key=_DEFAULT):
        self.host, self.port = host_port(base)
        self.timeout = timeout
        self.key = API_KEY if key is _DEFAULT else key
        self.conn = None

    def _headers(self, headers):
        h = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        h.update(headers or {})
        return {k: v for k, v in h.items() if v is not None}

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None

    def request(self, method, path, body=None, headers=None, timeout=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        started = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout or self.timeout)
            else:
                self.conn.timeout = timeout or self.timeout
                if self.conn.sock is not None:
                    self.conn.sock.settimeout(timeout or self.timeout)
            self.conn.request(method, path, body=body, headers=self._headers(headers))
            resp = self.conn.getresponse()
            data = resp.read()
            hdrs = {k.lower(): v for k, v in resp.getheaders()}
            if resp.will_close:
                self.close()
            return Answer(resp.status, hdrs, data, started, time.monotonic())
        except (socket.timeout, TimeoutError):
            self.close()
            return Answer("timeout", {}, b"", started, time.monotonic())
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return Answer(f"conn-error: {type(e).__name__}", {}, str(e).encode(), started, time.monotonic())

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def json_req(self, method, path, obj, headers=None, **kw):
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        return self.request(method, path, body=json.dumps(obj), headers=h, **kw)

    def import_csv(self, csv_text, entered_by, timeout=None):
        return self.request("POST", "/api/v1/imports?enteredBy=" + quote(entered_by), body=csv_text,
                            headers={"Content-Type": "text/csv"}, timeout=timeout)


def raw_request(data, timeout=10.0, base=None):
    """Sends bytes as they are on a new connection; answers (status or 'timeout'/'conn-error'/'no-answer', head, latency)."""
    host, port = host_port(base)
    started = time.monotonic()
    chunks = []
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(data)
            while True:
                try:
                    chunk = s.recv(65536)
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks)[:65536] and _complete(b"".join(chunks)):
                    break
    except (socket.timeout, TimeoutError):
        return "timeout", b"".join(chunks)[:2000], time.monotonic() - started
    except OSError as e:
        if not chunks:
            return f"conn-error: {type(e).__name__}", b"", time.monotonic() - started
    answer = b"".join(chunks)
    latency = time.monotonic() - started
    if not answer:
        return "no-answer", b"", latency
    first = answer.split(b"\r\n", 1)[0].split(b" ")
    try:
        return int(first[1]), answer[:4000], latency
    except (IndexError, ValueError):
        return "unparsable", answer[:2000], latency


def _complete(answer):
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                return len(body) >= int(value.strip())
            except ValueError:
                return False
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            return body.endswith(b"0\r\n\r\n")
    return False


# --- psql ------------------------------------------------------------------------------------------------------------

def psql(sql, db=None, timeout=120):
    """Runs SQL through psql on the loopback; answers the rows, each a list of strings (NULL is '')."""
    out = subprocess.run(
        ["psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1",
         "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", db or DB, "-c", sql],
        capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}")
    return [line.split("\x1f") for line in out.stdout.splitlines() if line != ""]


# --- domain helpers --------------------------------------------------------------------------------------------------

def all_periods(first=1990, last=2098):
    """Every period the API accepts, in order: 1990-91-Q1 .. 2098-99 (quarters, then the year's outturn)."""
    out = []
    for y in range(first, last + 1):
        year = f"{y}-{(y + 1) % 100:02d}"
        out += [f"{year}-Q{q}" for q in range(1, 5)] + [year]
    return out


def number_for(ref, period, salt=0):
    """A deterministic figure with 2 decimals for (ref, period): a string, as sent in the CSV."""
    r = random.Random(f"{ref}|{period}|{salt}")
    return f"{r.randint(0, 9999999) / 100:.2f}"


def same_number(a, b):
    try:
        return Decimal(a) == Decimal(b)
    except Exception:  # noqa: BLE001
        return False


def csv_of(rows):
    """rows: (ref, period, value) -> the import CSV with the full header."""
    lines = ["ref,period,value,state,target,provisional,estimated,note,commentary"]
    lines += [f"{ref},{period},{value},,,,,," for ref, period, value in rows]
    return "\n".join(lines) + "\n"


def indicator_body(ref, i=0, directorate="Reliability"):
    return {"ref": ref, "title": f"Reliability measure {ref}", "unit": "PERCENT",
            "polarity": ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NONE"][i % 3],
            "directorate": directorate, "decimalPlaces": 2}


def create_indicators(refs, threads=4, directorate="Reliability"):
    errors = []
    lock = threading.Lock()
    todo = list(enumerate(refs))

    def work():
        c = Client(timeout=30)
        while True:
            with lock:
                if not todo or errors:
                    break
                i, ref = todo.pop()
            a = c.json_req("POST", "/api/v1/indicators", indicator_body(ref, i, directorate))
            if a.status != 201:
                with lock:
                    errors.append(f"POST /api/v1/indicators {ref}: {a.short()}")
        c.close()

    ws = [threading.Thread(target=work) for _ in range(threads)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    if errors:
        raise SystemExit("creating indicators failed: " + errors[0])


def import_rows(rows, entered_by="setup", timeout=120):
    c = Client(timeout=timeout)
    a = c.import_csv(csv_of(rows), entered_by)
    c.close()
    if a.status != 200:
        raise SystemExit(f"setup import of {len(rows)} rows failed: {a.short(600)}")
    return a.json()


def wait_ready(seconds=60):
    c = Client(timeout=3)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if c.get("/q/health/ready").status == 200:
            return True
        time.sleep(0.5)
    return False


# --- the reliability loads: seed, importers' batches, readers, threads ----------------------------------------------

def seed(refs_by_directorate, periods, entered_by="seed"):
    """Creates the indicators ({directorate: refs}) and imports a figure for each of them in each period, in one
    batch; answers (the rows imported as (ref, period, number), the import's answer)."""
    for directorate, refs in refs_by_directorate.items():
        create_indicators(refs, directorate=directorate)
    refs = [ref for refs in refs_by_directorate.values() for ref in refs]
    rows = [(ref, p, number_for(ref, p)) for p in periods for ref in refs]
    return rows, import_rows(rows, entered_by)


class ImportSpace:
    """What the importers write: every (period, ref) but the seeded periods', in order, cut into batches of distinct
    rows (batch g is rows g*size .. (g+1)*size - 1), each figure a number that differs from the seeded one."""

    def __init__(self, refs, seeded_periods, batch_rows):
        self.refs = refs
        self.periods = [p for p in all_periods() if p not in seeded_periods]
        self.batch_rows = batch_rows
        self.batches = len(self.periods) * len(refs) // batch_rows

    def rows(self, g):
        out = []
        for n in range(g * self.batch_rows, (g + 1) * self.batch_rows):
            ref, period = self.refs[n % len(self.refs)], self.periods[n // len(self.refs)]
            out.append((ref, period, number_for(ref, period, 1)))
        return out


def pick_read(rnd, refs, mix):
    """One read of a mix [(share, kind, path(ref, rnd)), ...], shares adding up to 1: answers (kind, ref, path)."""
    ref = refs[rnd.randrange(len(refs))]
    roll = rnd.random()
    for share, kind, path in mix:
        if roll < share:
            return kind, ref, path(ref, rnd)
        roll -= share
    share, kind, path = mix[-1]
    return kind, ref, path(ref, rnd)


def run_threads(threads, stop, seconds=None, join_timeout=30):
    """Starts the threads; if seconds is given, lets them run that long, then sets stop and waits (up to join_timeout
    each) for them to end. Answers how many are still running."""
    for t in threads:
        t.start()
    if seconds is None:
        return 0
    time.sleep(seconds)
    return stop_threads(threads, stop, join_timeout)


def stop_threads(threads, stop, join_timeout=30):
    stop.set()
    for t in threads:
        t.join(timeout=join_timeout)
    return sum(t.is_alive() for t in threads)


def stored_figures():
    """Every figure in the database: {(ref, period): (number as text, batch id or 0)}, and how often each key was
    found (more than once would be a duplicate)."""
    rows = psql("select i.ref, v.period, v.number, coalesce(v.batch_id, 0) from indicator_value v"
                " join indicator i on i.id = v.indicator_id")
    return {(r[0], r[1]): (r[2], int(r[3])) for r in rows}, Counter((r[0], r[1]) for r in rows)


# --- figures ---------------------------------------------------------------------------------------------------------

def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100.0 * (len(s) - 1)))))
    return s[k]


def latency_line(values):
    if not values:
        return "n=0"
    return (f"n={len(values)} p50={pct(values, 50) * 1000:.0f}ms p95={pct(values, 95) * 1000:.0f}ms "
            f"p99={pct(values, 99) * 1000:.0f}ms max={max(values) * 1000:.0f}ms")


def verdict(name, ok, detail=""):
    print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f": {detail}" if detail else ""))
    return ok


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "free-port":
        print(free_port(int(sys.argv[2])))
    elif len(sys.argv) in (5, 6) and sys.argv[1] == "wait-ready":
        ready = wait_ready_url(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]),
                               int(sys.argv[5]) if len(sys.argv) == 6 else None)
        if ready is None:
            sys.exit(f"not ready: {sys.argv[2]}")
        print(f"{ready:.2f}")
    else:
        print(__doc__)
        sys.exit(2)
