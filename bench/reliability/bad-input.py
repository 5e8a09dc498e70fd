#!/usr/bin/env python3
"""Bad input: several thousand generated malformed requests against every endpoint, writes and reads. Every write
sent is one that must be refused (a 4xx); no answer may be a 5xx; the database must be unchanged (a row count and an
md5 of every table before and after). Run by bad-input.sh, which starts the service with the demo data set.

What is sent: bad JSON, wrong types, nulls for required fields, unknown fields, 1 MB strings (ASCII and multi-byte),
numbers out of range, invalid UTF-8 bytes (in bodies, paths and headers), control characters, unknown refs,
path-traversal-ish and otherwise invalid refs, invalid periods, signed-off periods, stale and garbage If-Match, wrong
content types, odd and wrong methods, bad query parameters, oversized URLs and headers, malformed CSV imports (one bad
row among 2,000 good ones, a 65 MB body, ...), malformed HTTP on a raw socket (bad chunking, conflicting lengths, ...).

API keys: the catalogue is sent with the run's administrator key (REL_API_KEY, from lib.sh), so that each malformed
request gets past authentication to the check it is meant for; about 15% of requests carry a random or malformed key
instead (they must be refused too, usually 401). The "invalid keys" families are judged exactly: no key, malformed
Authorization headers, unknown, revoked, empty and very long keys must get a 401 problem, on reads and on valid writes
(which would change the database if taken); viewer, partner and editor keys on operations above their role must get a
403 problem. The setup issues those keys (POST /api/v1/keys, and one revoked) before the "before" snapshot.
Newer endpoints: POST /api/v1/keys with bad bodies, DELETE/GET /api/v1/keys/{id} with bad ids, publish / withdraw /
publication of periods (bad periods and notes, already published, signed off, not published), the feed with bad
'since' cursors and 'limit's, and content negotiation of scorecards and histories (Accept: text/csv must give CSV;
XML, PNG, HTML, PDF a 406 problem).
The database comparison leaves out api_key.last_used_at, which every authenticated request may set (once a minute per
key); every other column of api_key, and every other table, is compared in full.

Settings (environment): REL_ROUNDS (4: the catalogue is sent this many times, with new random refs, periods and keys;
1 MB bodies only in the first), REL_THREADS (4), REL_TIMEOUT (30 s), REL_SEED (1).
"""
import base64
import json
import os
import random
import sys
import threading
import time
from collections import Counter, defaultdict
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import API_KEY, PROBLEM, WORK, Client, psql, raw_request, verdict  # noqa: E402

ROUNDS = int(os.environ.get("REL_ROUNDS", "4"))
THREADS = int(os.environ.get("REL_THREADS", "4"))
TIMEOUT = float(os.environ.get("REL_TIMEOUT", "30"))
RAW_TIMEOUT = float(os.environ.get("REL_RAW_TIMEOUT", "5"))
SEED = int(os.environ.get("REL_SEED", "1"))

SIGNED = "2017-18-Q2"       # signed off in the setup: its figures and overrides must refuse changes
FREE_PERIOD = "2001-02"     # a valid period with nothing in it
MB = 1024 * 1024
HUGE = "x" * MB
HUGE_MULTI = "é" * (MB // 2)   # 1 MB of UTF-8
V = "/api/v1"

INVALID_PERIODS = [
    "2017-18-Q5", "2017-18-Q0", "2017-19", "2017-1", "2017-18-Q", "2017-18-Q22", "17-18", "2017%2F18", "2017-18-q2",
    "1989-90", "2099-00", "2017-18-Q2-Q3", "0000-01", "9999-00", "%EF%BC%92%EF%BC%90"
    "%EF%BC%91%EF%BC%97-18", "2017-18-%EF%BC%B12", "2017-18%00", "2017-18-Q2%2F..%2F2017-18-Q1", "%2e%2e", "1999-01",
    "-1", "2017-18-Q%2B2", "2017-18-Q-1", "2017-99", "a" * 300, "%FF%FE", "2017-18%3B", "%25",
    "20170-18", "2017--18", "2017-18-Q2.json", "NaN", "null", "undefined", "2017-18-Q%C2%B2",
]
# Periods with surrounding white space: Period.parse strips it, so these name a real period. Sent with reads, and
# as probes that cannot write (a DELETE where there is nothing): the answers show whether they are taken.
PROBE_PERIOD = "1996-97"   # nothing is ever written there
LENIENT_PERIODS = ["1996-97%20", "%201996-97", "1996-97%0A", "%091996-97", "1996-97%0D%0A"]
# Refs that cannot name an indicator whatever a server does with the path (decoding, normalising): safe with a
# valid body. Matrix parameters (";x") and bare "../" segments are only sent with reads or invalid bodies.
INVALID_REFS = [
    "..%2F1.5", "%2e%2e%2f1.5", "1.5%2F..%2F..%2Fetc%2Fpasswd", "%2F", "%00", "1.5%00", "a%0Ab", "-1.5", "1.5-",
    "%201.5", "1.5%20", "A" * 41, "%FF%FE", "%C3%A9t%C3%A9", "%F0%9F%98%80", "1.5%27--", "%3Cscript%3E",
    "%252e%252e", "....%2F%2F", "1.5%5C..%5C", "~root", "*", "%24", "%7Bref%7D", "%25", "%zz", "1.5%3Fx%3D1",
    "..%5C..%5Cwindows", "%2e%2e", "%u002e%u002e", "1..5%2F", "%E2%80%AE1.5", "1.5%EF%BB%BF", "%C0%AE%C0%AE",
]
READ_ONLY_REFS = ["..", "../1.5", "1.5;drop=1", "..;", "1.5/..", "./1.5", "%2e", "1.5%3B", "A" * 5000]
UNKNOWN_REFS = ["NOPE", "ZZ999", "1.5.1.9", "UNKNOWN REF", "CED999", "X-1_2.3"]
BAD_QUERY = {
    "page": ["-1", "abc", "1.5", "99999999999999999999", "%00", ""],
    "size": ["0", "501", "1e3", "-5", "abc", "9999999999"],
    "key": ["maybe", "1", "yes", "%FF"],
    "polarity": ["UP", "higher_is_better", "1", "%00"],
    "basis": ["FOO", "previous_period", "1", "%FF%FE"],
    "asAt": ["yesterday", "2017-13-45T00:00:00Z", "2017-11-27T09:00:00", "+999999999-12-31T23:59:59Z",
             "-999999999-01-01T00:00:00Z", "2017-11-27T09:00:00%2B25:00", "0", "1511773200", "%FF",
             "1970-01-01T00:00:00Z", "2017-11-27T09:00:00.123456789123Z"],
    "asSignedOff": ["maybe", "1", "TRUE", "yes"],
    "dryRun": ["maybe", "1", "TRUE", "yes", ""],
}


class Req:
    __slots__ = ("method", "path", "headers", "body", "expect", "family", "label", "raw", "want", "want_ct")

    def __init__(self, method, path, family, label, body=None, headers=None, expect="reject", raw=None, want=None,
                 want_ct=None):
        self.method, self.path, self.family, self.label = method, path, family, label
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = headers or {}
        self.expect = expect      # reject: must be a 4xx; read, probe: anything but a 5xx; raw: malformed HTTP
        self.raw = raw
        self.want = want          # None, or the statuses it must get (a 4xx among them: as a problem+json)
        self.want_ct = want_ct    # with want: the content type a 2xx must have


def J(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


JSON_CT = {"Content-Type": "application/json"}


def malformed_json_texts():
    deep = "[" * 100000 + "]" * 100000
    return [
        ("empty body", b""), ("open brace", b"{"), ("unterminated", b'{"a":'), ("trailing comma", b'{"number": 12,}'),
        ("single quotes", b"{'number': 12}"), ("trailing garbage", b'{"number": 12} trailing'),
        ("two objects", b'{"number": 12}{"x":1}'), ("null body", b"null"), ("array body", b"[]"),
        ("string body", b'"text"'), ("number body", b"42"), ("true body", b"true"), ("NaN", b'{"number": NaN}'),
        ("1e99999", b'{"number": 1e99999}'), ("nested 100k", deep.encode()), ("1 MB number", b'{"number": ' +
                                                                                b"1" * MB + b"}"),
        ("unescaped control", b'{"enteredBy": "a\x01b"}'), ("invalid UTF-8", b'{"enteredBy": "\xff\xfe\xfd"}'),
        ("lone surrogate", b'{"enteredBy": "\\ud800"}x'), ("comment", b'/* c */ {"number": 1}x'),
        ("utf-16", '{"number": 1, "x": 1}'.encode("utf-16")), ("xml", b"<value><number>1</number></value>"),
        ("form", b"number=1&enteredBy=x"), ("nul bytes", b"\x00" * 64), ("random bytes", bytes(range(256)) * 4),
    ]


def body_faults(base, strings, numbers, enums, booleans, required, integers=()):
    """(label, body bytes) that must be refused: base is a valid body."""
    out = [("unknown field", J({**base, "unknownField": 1})), ("unknown nested", J({**base, "x": {"y": [1]}}))]
    for f in strings:
        for bad in (12, 1.5, True, [], {}, ["a"]):
            out.append((f"{f} = {json.dumps(bad)}", J({**base, f: bad})))
        out.append((f"{f} invalid UTF-8", J({**base, f: "PLACEHOLDER"}).replace(b"PLACEHOLDER", b"\xc3\x28\xff")))
    for f in numbers:
        for bad in ("12", "", True, [], {}, "1e3", 1e20, 0.1234567, 12345678901234567890123, -1e300):
            out.append((f"{f} = {json.dumps(bad)}", J({**base, f: bad})))
    for f in integers:
        for bad in (1.5, "2", -1, 7, 99999999999, True):
            out.append((f"{f} = {json.dumps(bad)}", J({**base, f: bad})))
    for f in enums:
        for bad in ("BOGUS", "", 1, "red", None if f in required else [], {}):
            out.append((f"{f} = {json.dumps(bad)}", J({**base, f: bad})))
    for f in booleans:
        for bad in ("true", 1, "yes", [], {}):
            out.append((f"{f} = {json.dumps(bad)}", J({**base, f: bad})))
    for f in required:
        missing = {k: v for k, v in base.items() if k != f}
        out.append((f"{f} missing", J(missing)))
        out.append((f"{f} null", J({**base, f: None})))
        if f in strings:
            out.append((f"{f} blank", J({**base, f: "   "})))
    out += [(label, body) for label, body in malformed_json_texts()]
    return out


def huge_faults(base, strings):
    out = []
    for f in strings:
        out.append((f"{f} 1 MB ASCII", J({**base, f: HUGE})))
        out.append((f"{f} 1 MB multi-byte", J({**base, f: HUGE_MULTI})))
    return out


def wrong_content_types(body):
    return [(f"Content-Type {ct!r}", body, {"Content-Type": ct}) for ct in (
        "text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/octet-stream", "application/json-patch+json", "text/html",
        "image/png", "application/x-yaml", "garbage", "application/", "/json")]


def bearer(rnd):
    kinds = [
        lambda: "Bearer " + base64.urlsafe_b64encode(rnd.randbytes(32)).decode().rstrip("="),
        lambda: "Bearer eyJhbGciOiJub25lIn0." + base64.urlsafe_b64encode(b'{"sub":"admin","role":"root"}').decode()
                + ".",
        lambda: "Bearer", lambda: "Bearer ", lambda: "Basic Zm9vOmJhcg==", lambda: "Basic !!!",
        lambda: "Bearer " + "A" * rnd.choice([100, 1000, 4000]), lambda: "Token " + str(rnd.random()),
        lambda: "Bearer " + "".join(rnd.choice("abc\t '\"\\;,") for _ in range(20)),
        lambda: "Bearer null", lambda: "Bearer undefined", lambda: "Negotiate YIIB",
        lambda: "Bearer ${jndi:ldap://127.0.0.1/a}", lambda: "Bearer ' or 1=1 --",
    ]
    return rnd.choice(kinds)()


def build(rnd, first_round, ctx):
    """The catalogue: a list of Req. ctx: refs with figures, existing (ref, period, version) values, etc."""
    reqs = []
    ref = rnd.choice(ctx["refs_with_figures"])                  # an existing indicator (with figures)
    value = rnd.choice(ctx["values"])                           # (ref, period, version) not in SIGNED
    signed_value = rnd.choice(ctx["signed_values"])             # (ref, version) in SIGNED
    target = rnd.choice(ctx["targets"]) if ctx["targets"] else None
    override = rnd.choice(ctx["overrides"]) if ctx["overrides"] else None
    q = lambda s: quote(s, safe="")  # noqa: E731

    value_body = {"number": 12.5, "enteredBy": "bad-input"}
    target_body = {"text": "<20%", "updatedBy": "bad-input"}
    override_body = {"rating": "RED", "reason": "bad-input", "setBy": "bad-input"}
    comparator_body = {"nationalAverage": 21.9, "nationalNote": "bad-input"}
    signoff_body = {"by": "bad-input", "note": "bad-input"}
    indicator_new = {"ref": "BADNEW1", "title": "t", "unit": "PERCENT", "polarity": "NONE"}

    # --- JSON writes: body faults on a valid path ------------------------------------------------------------------
    writes = [
        ("PUT", f"{V}/indicators/{q(value[0])}/values/{value[1]}", "PUT values", value_body,
         dict(strings=["enteredBy", "note", "commentary"], numbers=["number"], enums=["state"],
              booleans=["provisional", "estimated"], required=[])),   # enteredBy is optional: the caller is recorded
        ("PUT", f"{V}/indicators/{q(ref)}/targets/{FREE_PERIOD}", "PUT targets", target_body,
         dict(strings=["text", "updatedBy"], numbers=["value", "low", "high"], enums=["form"], booleans=[],
              required=[])),
        ("PUT", f"{V}/indicators/{q(ref)}/overrides/{FREE_PERIOD}", "PUT overrides", override_body,
         dict(strings=["reason", "setBy"], numbers=[], enums=["rating"], booleans=[],
              required=["rating", "reason"])),
        ("PUT", f"{V}/indicators/{q(ref)}/comparators/{FREE_PERIOD}", "PUT comparators", comparator_body,
         dict(strings=["nationalNote", "statNeighbourNote"], numbers=["nationalAverage", "statNeighbourAverage"],
              enums=[], booleans=[], required=[])),
        ("POST", f"{V}/indicators", "POST indicators", indicator_new,
         dict(strings=["ref", "title", "description", "directorate", "service", "planPriority", "corporatePriority",
                       "responsibleOfficer"], numbers=[], enums=["unit", "polarity", "frequency", "measurement",
                                                                  "directionBasis"],
              booleans=["key"], required=["ref", "title", "unit", "polarity"], integers=["decimalPlaces"])),
        ("PUT", f"{V}/indicators/{q(ref)}", "PUT indicators", {**indicator_new, "ref": ref},
         dict(strings=["title", "description", "directorate", "service"], numbers=[], enums=["unit", "polarity"],
              booleans=["key"], required=["ref", "title", "unit", "polarity"], integers=["decimalPlaces"])),
        ("POST", f"{V}/periods/{FREE_PERIOD}/sign-off", "POST sign-off", signoff_body,
         dict(strings=["by", "note"], numbers=[], enums=[], booleans=[], required=[])),   # a sign-off needs no body
        ("POST", f"{V}/periods/{SIGNED}/reopen", "POST reopen", signoff_body,
         dict(strings=["by", "note"], numbers=[], enums=[], booleans=[], required=["note"])),
    ]
    for method, path, family, base, spec in writes:
        for label, body in body_faults(base, **spec):
            if family == "PUT comparators" and label.endswith(" null"):
                continue   # a null average or note is allowed
            if family == "POST sign-off" and label in ("empty body", "null body"):
                continue   # a sign-off needs no body: it would sign the period off
            reqs.append(Req(method, path, family, label, body, JSON_CT))
        # A wrong content type with a valid body; a reopening only on a period that is not signed off (a 409 if the
        # type were taken), so that no accepted request could reopen the signed-off period.
        ct_path = path.replace(f"/{SIGNED}/reopen", f"/{FREE_PERIOD}/reopen")
        for label, body, headers in wrong_content_types(J(base)):
            reqs.append(Req(method, ct_path, family, label, body, headers))
        if first_round:
            for label, body in huge_faults(base, spec["strings"]):
                reqs.append(Req(method, path, family, label, body, JSON_CT))
    # Indicators: ref rules inside the body, duplicates, a ref that differs from the path.
    for bad in ["", " ", "../1.5", "1.5/..", "a" * 41, "1.5;x", "é", "\u0000", "1 5 ", "-x", "x-", "1.5\n", "😀"]:
        reqs.append(Req("POST", f"{V}/indicators", "POST indicators", f"ref {bad!r}", J({**indicator_new, "ref": bad}),
                        JSON_CT))
    reqs.append(Req("POST", f"{V}/indicators", "POST indicators", "existing ref (409)", J({**indicator_new, "ref": ref}),
                    JSON_CT))
    reqs.append(Req("PUT", f"{V}/indicators/{q(ref)}", "PUT indicators", "ref differs from the path",
                    J({**indicator_new, "ref": "OTHER1"}), JSON_CT))
    # Figures: the rules between state and number.
    for label, body in [("AVAILABLE without number", {"state": "AVAILABLE", "enteredBy": "x"}),
                        ("no number, no state", {"enteredBy": "x"}),
                        ("NOT_YET_AVAILABLE with number", {"state": "NOT_YET_AVAILABLE", "number": 1, "enteredBy": "x"}),
                        ("NOT_APPLICABLE with number", {"state": "NOT_APPLICABLE", "number": 0, "enteredBy": "x"}),
                        ("note 201 chars", {"number": 1, "note": "n" * 201, "enteredBy": "x"}),
                        ("commentary 10001 chars", {"number": 1, "commentary": "c" * 10001, "enteredBy": "x"}),
                        ("enteredBy 101 chars", {"number": 1, "enteredBy": "e" * 101})]:
        reqs.append(Req("PUT", f"{V}/indicators/{q(value[0])}/values/{value[1]}", "PUT values", label, J(body),
                        JSON_CT))

    # --- path faults with a valid body ---------------------------------------------------------------------------
    subs = [("values", value_body), ("targets", target_body), ("overrides", override_body),
            ("comparators", comparator_body)]
    for sub, body in subs:
        for bad in rnd.sample(INVALID_REFS, 12) + [q(u) for u in UNKNOWN_REFS[:4]]:
            reqs.append(Req("PUT", f"{V}/indicators/{bad}/{sub}/{FREE_PERIOD}", f"PUT {sub}", f"ref {bad[:40]}",
                            J(body), JSON_CT))
        for bad in rnd.sample(INVALID_PERIODS, 14):
            reqs.append(Req("PUT", f"{V}/indicators/{q(ref)}/{sub}/{bad}", f"PUT {sub}", f"period {bad[:40]}",
                            J(body), JSON_CT))
            reqs.append(Req("DELETE", f"{V}/indicators/{q(ref)}/{sub}/{bad}", f"DELETE {sub}", f"period {bad[:40]}"))
        for bad in rnd.sample(INVALID_REFS, 6) + [q(u) for u in UNKNOWN_REFS[:2]]:
            reqs.append(Req("DELETE", f"{V}/indicators/{bad}/{sub}/{FREE_PERIOD}", f"DELETE {sub}", f"ref {bad[:40]}"))
        # nothing there to delete
        reqs.append(Req("DELETE", f"{V}/indicators/{q(ref)}/{sub}/{FREE_PERIOD}", f"DELETE {sub}", "none there"))
        for lenient in LENIENT_PERIODS:
            reqs.append(Req("DELETE", f"{V}/indicators/{q(ref)}/{sub}/{lenient}", f"DELETE {sub}",
                            f"period {lenient!r} (probe: 404 = taken as {PROBE_PERIOD})", expect="probe"))
    for bad in rnd.sample(INVALID_REFS, 10) + [q(u) for u in UNKNOWN_REFS]:
        reqs.append(Req("PUT", f"{V}/indicators/{bad}", "PUT indicators", f"ref {bad[:40]}",
                        J({**indicator_new, "ref": "NOPE"}), JSON_CT))
        reqs.append(Req("DELETE", f"{V}/indicators/{bad}", "DELETE indicators", f"ref {bad[:40]}"))
    reqs.append(Req("DELETE", f"{V}/indicators/{q(ref)}", "DELETE indicators", "has figures (409)"))
    for bad in rnd.sample(INVALID_PERIODS, 12):
        reqs.append(Req("POST", f"{V}/periods/{bad}/sign-off", "POST sign-off", f"period {bad[:40]}", J(signoff_body),
                        JSON_CT))
        reqs.append(Req("POST", f"{V}/periods/{bad}/reopen", "POST reopen", f"period {bad[:40]}", J(signoff_body),
                        JSON_CT))
    reqs.append(Req("POST", f"{V}/periods/{SIGNED}/sign-off", "POST sign-off", "already signed off (409)",
                    J(signoff_body), JSON_CT))
    reqs.append(Req("POST", f"{V}/periods/{FREE_PERIOD}/reopen", "POST reopen", "not signed off (409)",
                    J(signoff_body), JSON_CT))
    for label, body in [("reopen without note", {"by": "x"}), ("reopen blank note", {"by": "x", "note": "  "}),
                        ("reopen note 4001", {"by": "x", "note": "n" * 4001}),
                        ("reopen by 101", {"by": "b" * 101, "note": "n"})]:
        reqs.append(Req("POST", f"{V}/periods/{SIGNED}/reopen", "POST reopen", label, J(body), JSON_CT))
    for label, body in [("sign-off by 101", {"by": "b" * 101}), ("sign-off note 4001", {"by": "x", "note": "n" * 4001})]:
        reqs.append(Req("POST", f"{V}/periods/{FREE_PERIOD}/sign-off", "POST sign-off", label, J(body), JSON_CT))

    # --- signed-off period, If-Match, delete parameters --------------------------------------------------------------
    sref, sversion = signed_value
    reqs.append(Req("PUT", f"{V}/indicators/{q(sref)}/values/{SIGNED}", "PUT values", "signed-off period (409)",
                    J({"number": 777, "enteredBy": "x"}), JSON_CT))
    reqs.append(Req("PUT", f"{V}/indicators/{q(sref)}/values/{SIGNED}", "PUT values", "signed-off, If-Match current",
                    J({"number": 777, "enteredBy": "x"}), {**JSON_CT, "If-Match": f'"{sversion}"'}))
    reqs.append(Req("DELETE", f"{V}/indicators/{q(sref)}/values/{SIGNED}", "DELETE values", "signed-off period (409)"))
    reqs.append(Req("PUT", f"{V}/indicators/{q(sref)}/overrides/{SIGNED}", "PUT overrides", "signed-off period (409)",
                    J(override_body), JSON_CT))
    vref, vperiod, vversion = value
    # Stale tags far from the figure's version (so that no other request of the run could have reached them).
    stale = [t for t in (f'"{vversion + 1000}"', f'"{vversion + 7007}"', '"abc"', f'W/"{vversion + 1000}"', '"-1"',
                         '""', "garbage", f'"{vversion + 2000}", "{vversion + 3000}"', f'"{vversion} "', "W/", '"',
                         "\x01", f'"{vversion}x"', f"{vversion}", f'"{vversion + 2 ** 64}"') if t.strip() != f'"{vversion}"']
    for tag in stale:
        reqs.append(Req("PUT", f"{V}/indicators/{q(vref)}/values/{vperiod}", "PUT values", f"If-Match {tag!r} (412)",
                        J({"number": 4242.42, "enteredBy": "x"}), {**JSON_CT, "If-Match": tag}))
        reqs.append(Req("DELETE", f"{V}/indicators/{q(vref)}/values/{vperiod}", "DELETE values",
                        f"If-Match {tag!r} (412)", headers={"If-Match": tag}))
    reqs.append(Req("PUT", f"{V}/indicators/{q(ref)}/values/{FREE_PERIOD}", "PUT values", "If-Match on no figure (412)",
                    J(value_body), {**JSON_CT, "If-Match": '"0"'}))
    reqs.append(Req("PUT", f"{V}/indicators/{q(ref)}/values/{FREE_PERIOD}", "PUT values", "If-Match * on no figure",
                    J(value_body), {**JSON_CT, "If-Match": "*"}))
    for who in ("b" * 101, "b" * 5000):
        reqs.append(Req("DELETE", f"{V}/indicators/{q(vref)}/values/{vperiod}?by={who}", "DELETE values", "by too long"))
        if target:
            reqs.append(Req("DELETE", f"{V}/indicators/{q(target[0])}/targets/{target[1]}?by={who}", "DELETE targets",
                            "by too long"))
        if override:
            reqs.append(Req("DELETE", f"{V}/indicators/{q(override[0])}/overrides/{override[1]}?by={who}",
                            "DELETE overrides", "by too long"))

    # --- imports ---------------------------------------------------------------------------------------------------
    reqs += import_faults(rnd, ctx, first_round)

    # --- reads ---------------------------------------------------------------------------------------------------------
    reqs += read_faults(rnd, ctx, ref, value)

    # --- odd methods ---------------------------------------------------------------------------------------------------
    paths = [f"{V}/indicators", f"{V}/indicators/{q(ref)}", f"{V}/indicators/{q(ref)}/history",
             f"{V}/indicators/{q(ref)}/changes", f"{V}/indicators/{q(vref)}/values/{vperiod}",
             f"{V}/indicators/{q(vref)}/values/{vperiod}/revisions", f"{V}/indicators/{q(ref)}/targets",
             f"{V}/indicators/{q(ref)}/overrides/{SIGNED}", f"{V}/indicators/{q(ref)}/comparators",
             f"{V}/scorecards/{SIGNED}", f"{V}/imports", f"{V}/imports/template?period={SIGNED}",
             f"{V}/periods/{SIGNED}/sign-off", f"{V}/periods/{SIGNED}/reopen", f"{V}"]
    for path in paths:
        for m in ("PATCH", "TRACE", "FOO", "PROPFIND", "LOCK", "MKCOL", "COPY", "get"):
            reqs.append(Req(m, path, f"{m if m.isupper() else 'lowercase'} (odd method)", m, J(value_body), JSON_CT,
                            expect="reject"))
        for m in ("OPTIONS", "HEAD"):
            reqs.append(Req(m, path, f"{m}", m, expect="read"))
    for m, path in [("POST", f"{V}/indicators/{q(vref)}/values/{vperiod}"), ("PUT", f"{V}/indicators"),
                    ("DELETE", f"{V}/scorecards/{SIGNED}"), ("PUT", f"{V}/imports"), ("DELETE", f"{V}/imports"),
                    ("POST", f"{V}/scorecards/{SIGNED}"), ("PUT", f"{V}/indicators/{q(ref)}/history"),
                    ("DELETE", f"{V}/periods/{SIGNED}/sign-off"), ("PUT", f"{V}/periods/{SIGNED}/sign-off"),
                    ("POST", f"{V}/indicators/{q(ref)}/values"), ("DELETE", f"{V}/indicators/{q(ref)}/values"),
                    ("POST", f"{V}/indicators/{q(ref)}"), ("GET", f"{V}/periods/{SIGNED}/reopen")]:
        reqs.append(Req(m, path, "wrong method", f"{m} {path.split('/', 3)[-1][:40]}", J(value_body), JSON_CT,
                        expect="reject" if m != "GET" else "read"))

    # --- raw, malformed HTTP ---------------------------------------------------------------------------------------
    reqs += raw_faults(ctx, ref, value, first_round)

    # --- API keys: the invalid-key and role cases, the newer endpoints -----------------------------------------------
    reqs += auth_faults(rnd, ctx, ref, value, signed_value)
    reqs += new_endpoint_faults(rnd, ctx, ref, value, first_round)
    reqs += edge_faults(ctx, ref, value)

    # --- random keys instead of the administrator's on some requests that are not raw --------------------------------
    # (Every other request is sent with the run's administrator key, so that it reaches the check it is meant for.)
    for r in reqs:
        if r.raw is None and "Authorization" not in r.headers and r.want is None and rnd.random() < 0.15:
            r.headers = {**r.headers, "Authorization": bearer(rnd)}
        if r.raw is None and rnd.random() < 0.1:
            r.headers = {**r.headers, "X-Api-Key": base64.b16encode(rnd.randbytes(16)).decode()}
    return reqs


def auth_faults(rnd, ctx, ref, value, signed_value):
    """Invalid keys (401) and too small a role (403), judged exactly. The writes carry valid bodies on valid paths:
    only the key stops them, and the database comparison shows it if one got through."""
    reqs = []
    q = lambda s: quote(s, safe="")  # noqa: E731
    vref, vperiod, _ = value
    free_q = rnd.choice(ctx["free_periods"])       # an empty quarter: not published, nothing there
    good_csv = csv_doc([f"{ref},{free_q},3,,,,,,"])
    value_body = J({"number": 31.5, "enteredBy": "auth"})
    indicator_new = J({"ref": "AUTHNEW1", "title": "t", "unit": "PERCENT", "polarity": "NONE"})
    # (method, path, body, headers, minimum role)
    ops = [
        ("GET", f"{V}/indicators", None, {}, "viewer"),
        ("GET", f"{V}/indicators/{q(ref)}/history", None, {}, "viewer"),
        ("GET", f"{V}/scorecards/{SIGNED}", None, {}, "viewer"),
        ("GET", f"{V}/scorecards/{SIGNED}", None, {"Accept": "text/csv"}, "viewer"),
        ("GET", f"{V}/periods/{SIGNED}/publication", None, {}, "viewer"),
        ("GET", f"{V}/feed", None, {}, "partner"),
        ("GET", f"{V}/keys", None, {}, "admin"),
        ("PUT", f"{V}/indicators/{q(vref)}/values/{vperiod}", value_body, JSON_CT, "editor"),
        ("DELETE", f"{V}/indicators/{q(vref)}/values/{vperiod}", None, {}, "editor"),
        ("POST", f"{V}/imports?enteredBy=auth", good_csv, {"Content-Type": "text/csv"}, "editor"),
        ("PUT", f"{V}/indicators/{q(ref)}/targets/{FREE_PERIOD}", J({"text": "<20%", "updatedBy": "auth"}), JSON_CT,
         "admin"),
        ("PUT", f"{V}/indicators/{q(ref)}/overrides/{FREE_PERIOD}",
         J({"rating": "RED", "reason": "auth", "setBy": "auth"}), JSON_CT, "editor"),
        ("POST", f"{V}/indicators", indicator_new, JSON_CT, "admin"),
        ("POST", f"{V}/periods/{free_q}/sign-off", J({"by": "auth"}), JSON_CT, "admin"),
        ("POST", f"{V}/periods/{SIGNED}/reopen", J({"by": "auth", "note": "auth"}), JSON_CT, "admin"),
        ("POST", f"{V}/periods/{free_q}/publish", J({"note": "auth"}), JSON_CT, "admin"),
        ("POST", f"{V}/periods/{vperiod}/withdraw", J({"note": "auth"}), JSON_CT, "admin"),
        ("POST", f"{V}/keys", J({"client": "auth", "role": "admin"}), JSON_CT, "admin"),
        ("DELETE", f"{V}/keys/{ctx['key_ids']['viewer']}", None, {}, "admin"),
    ]
    admin = API_KEY or ""
    flipped = admin[:-1] + ("A" if admin[-1:] != "A" else "B")
    bad_keys = [
        ("no Authorization header", None), ("'Bearer'", "Bearer"), ("'Bearer ' (empty)", "Bearer "),
        ("'Bearer' and spaces", "Bearer     "), ("Basic", "Basic " + base64.b64encode(b"admin:" + admin.encode()).decode()),
        ("'Token KEY'", "Token " + admin), ("'BearerKEY' (no space)", "Bearer" + admin),
        ("KEY alone", admin), ("unknown key", "Bearer " + base64.urlsafe_b64encode(rnd.randbytes(32)).decode()),
        ("admin key, last char changed", "Bearer " + flipped), ("admin key prefix", "Bearer " + admin[:16]),
        ("admin key + suffix", "Bearer " + admin + "x"), ("'Bearer KEY extra'", "Bearer " + admin + " extra"),
        ("revoked key", "Bearer " + ctx["keys"]["revoked"]), ("4 KB key", "Bearer " + "A" * 4000),
        ("key with a tab", "Bearer " + admin[:10] + "\t" + admin[10:]), ("JWT-looking", "Bearer eyJhbGciOiJub25lIn0."
                                                                          "eyJyb2xlIjoiYWRtaW4ifQ."),
        ("SQL-ish", "Bearer ' or '1'='1"), ("two schemes", "Bearer x, Bearer " + admin),
    ]
    for method, path, body, headers, role in ops:
        fam = f"auth: invalid key ({'read' if method == 'GET' else 'write'})"
        for label, header in bad_keys:
            reqs.append(Req(method, path, fam, f"{label}: {method} {path.split('/', 3)[-1][:40]}", body,
                            {**headers, "Authorization": header}, want=(401,)))
        reqs.append(Req(method, path, fam, f"16 KB key: {method}", body,
                        {**headers, "Authorization": "Bearer " + "B" * 16000}, want=(401, 431)))
        for small in ("viewer", "partner", "editor"):
            if ROLES.index(small) < ROLES.index(role):
                reqs.append(Req(method, path, "auth: role too small", f"{small} key: {method} "
                                f"{path.split('/', 3)[-1][:40]} (needs {role})", body,
                                {**headers, "Authorization": "Bearer " + ctx["keys"][small]}, want=(403,)))
    # A scheme in lower case, or extra space before the key: either answer may be right (reads only).
    for label, header in [("'bearer' lower case", "bearer " + admin), ("two spaces", "Bearer  " + admin),
                          ("'BEARER'", "BEARER " + admin)]:
        reqs.append(Req("GET", f"{V}/indicators/{q(ref)}", "auth: probes", label, headers={"Authorization": header},
                        expect="probe"))
    return reqs


ROLES = ["viewer", "partner", "editor", "admin"]


def edge_faults(ctx, ref, value):
    """Issue 10's edges, judged exactly (status, and problem+json for every 4xx): control characters in query and path
    parameters, headers and JSON text; duplicate JSON keys; two Authorization headers; a body without Content-Type or
    with a charset other than UTF-8; methods a path does not implement; malformed percent-encoding; dates out of range;
    URIs and headers over the service's limits; a body declared over the HTTP limit."""
    reqs = []
    q = lambda s: quote(s, safe="")  # noqa: E731
    vref, vperiod, _ = value
    vpath = f"{V}/indicators/{q(vref)}/values/{vperiod}"
    fam = "edge (issue 10)"
    for param in ("service", "directorate", "planPriority", "corporatePriority"):
        for bad in ("%00", "a%00b", "%01", "%1B%5B31m", "%7F", "%C2%85", "%0A", "%09"):
            reqs.append(Req("GET", f"{V}/indicators?{param}={bad}", fam, f"{param}={bad}", want=[400]))
            reqs.append(Req("GET", f"{V}/scorecards/2017-18-Q2?{param}={bad}", fam, f"scorecard {param}={bad}",
                            want=[400]))
    for path in (f"{V}/imports/template?period=%00", f"{V}/indicators/{q(ref)}/changes?by=%00",
                 f"{V}/indicators/{q(ref)}/history?basis=%00", f"{V}/feed?since=%00", f"{V}/indicators?%00=1",
                 f"{V}/indicators/1.5%00", f"{V}/indicators/{q(ref)}/values/2017-18%00", f"{V}/scorecards/2017-18%01"):
        reqs.append(Req("GET", path, fam, f"control char {path[len(V):][:40]}", want=[400]))
    reqs.append(Req("POST", f"{V}/imports?enteredBy=a%00b", fam, "import enteredBy NUL", "ref,period,value\r\n",
                    {"Content-Type": "text/csv"}, want=[400]))
    for bad in ("%zz", "abc%", "%", "%G0", "%0"):
        reqs.append(Req("GET", f"{V}/scorecards/2017-18-Q2?directorate={bad}", fam, f"percent {bad}", want=[400]))
        reqs.append(Req("GET", f"{V}/indicators/1.5{bad}", fam, f"percent in path {bad}", want=[400, 404]))
    # JSON text: NUL and other control characters (tab, CR, LF are allowed in free text, not sent here).
    for label, path, base, field in [
            ("indicator title", f"{V}/indicators", {"ref": "EDGENEW", "title": "t", "unit": "PERCENT",
                                                     "polarity": "NONE"}, "title"),
            ("value note", vpath, {"number": 12.5, "enteredBy": "bad-input"}, "note"),
            ("value enteredBy", vpath, {"number": 12.5, "enteredBy": "bad-input"}, "enteredBy"),
            ("override reason", f"{V}/indicators/{q(vref)}/overrides/{vperiod}",
             {"rating": "RED", "reason": "r", "setBy": "b"}, "reason"),
            ("comparator note", f"{V}/indicators/{q(vref)}/comparators/{vperiod}",
             {"nationalAverage": 21.9, "nationalNote": "n"}, "nationalNote"),
            ("key client", f"{V}/keys", {"client": "c", "role": "viewer"}, "client"),
            ("sign-off note", f"{V}/periods/2001-02-Q1/sign-off", {"by": "b", "note": "n"}, "note"),
            ("publish note", f"{V}/periods/2001-02-Q1/publish", {"note": "n"}, "note")]:
        method = "POST" if "/keys" in path or "/periods/" in path or path.endswith("/indicators") else "PUT"
        for ch in ("\u0000", "\u0001", "\u001b", "\u007f", "\u0085"):
            reqs.append(Req(method, path, fam, f"{label} with {ch!r}", J({**base, field: "a" + ch + "b"}), JSON_CT,
                            want=[400]))
        dup = J({**base, field: "first"})[:-1] + b', "' + field.encode() + b'": "second"}'
        reqs.append(Req(method, path, fam, f"{label}: duplicate key", dup, JSON_CT, want=[400]))
        reqs.append(Req(method, path, fam, f"{label}: charset utf-16", J(base),
                        {"Content-Type": "application/json; charset=utf-16"}, want=[415]))
        reqs.append(Req(method, path, fam, f"{label}: charset latin-1", J(base),
                        {"Content-Type": "application/json; charset=ISO-8859-1"}, want=[415]))
    for when in ("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "3000-01-01T00:00:00Z",
                 "1899-12-31T00:00:00Z", "+10000-01-01T00:00:00Z"):
        reqs.append(Req("POST", f"{V}/keys", fam, f"expiresAt {when}",
                        J({"client": "c", "role": "viewer", "expiresAt": when}), JSON_CT, want=[400]))
    for path in (f"{V}/indicators", f"{V}/indicators/{q(ref)}", f"{V}/indicators/{q(ref)}/values", vpath,
                 f"{V}/indicators/{q(ref)}/comparators", f"{V}/indicators/{q(ref)}/history", f"{V}/keys",
                 f"{V}/scorecards/2017-18-Q2", f"{V}/feed", f"{V}/periods/2017-18-Q2/sign-off", f"{V}/imports"):
        for m in ("PATCH", "TRACE", "FOO", "PROPFIND"):
            # PATCH corrects definitions and figures (JSON Merge Patch): without a merge-patch body it is refused
            patchable = m == "PATCH" and path in (f"{V}/indicators/{q(ref)}", vpath)
            reqs.append(Req(m, path, fam, f"{m} {path[len(V):][:40]}", want=[400, 415] if patchable else [405]))
    reqs.append(Req("PUT", f"{V}/indicators/{q(ref)}/comparators", fam, "PUT on a list", J({}), JSON_CT, want=[405]))
    for path in (f"{V}/feed?limit=abc", f"{V}/keys/abc", f"{V}/keys/1.5", f"{V}/indicators?page=abc"):
        reqs.append(Req("GET", path, fam, f"not a number {path[len(V):]}", want=[400]))
    reqs.append(Req("GET", f"{V}/indicators?service=" + "a" * 10_000, fam, "URI of 10 KB", want=[414]))
    reqs.append(Req("GET", f"{V}/indicators", fam, "a 20 KB header", headers={"X-Padding": "p" * 20_000},
                    want=[431]))
    reqs.append(Req("GET", f"{V}/indicators", fam, "foreign Origin", headers={"Origin": "https://evil.example"},
                    want=[403]))
    # Raw: what an HTTP client will not send.
    body = b'{"number": 99.5, "enteredBy": "edge"}'
    auth = b"Authorization: Bearer " + (API_KEY or "").encode()
    for label, data, want in [
            ("two Authorization headers", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n" + auth
             + b"\r\n" + auth + b"\r\nConnection: close\r\n\r\n", [400]),
            ("no Content-Type", b"PUT " + vpath.encode() + b" HTTP/1.1\r\nHost: x\r\n" + auth
             + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body, [415]),
            ("C1 control in a header", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n" + auth
             + b"\r\nX-Note: a\xc2\x85b\r\nConnection: close\r\n\r\n", [400]),
            ("percent %zz, raw", b"GET " + V.encode() + b"/scorecards/2017-18-Q2?directorate=%zz HTTP/1.1\r\nHost: x"
             b"\r\n" + auth + b"\r\nConnection: close\r\n\r\n", [400]),
            ("Content-Length 200 MB", b"POST " + V.encode() + b"/imports?enteredBy=x HTTP/1.1\r\nHost: x\r\n" + auth
             + b"\r\nContent-Type: text/csv\r\nContent-Length: 209715200\r\n\r\n", [413])]:
        reqs.append(Req("RAW", "", fam, label, raw=data, expect="raw", want=want))
    return reqs


def new_endpoint_faults(rnd, ctx, ref, value, first_round):
    """API keys, publication, the feed, and content negotiation of scorecards and histories, as the administrator."""
    reqs = []
    q = lambda s: quote(s, safe="")  # noqa: E731
    vref, vperiod, _ = value
    # POST /api/v1/keys: every body is one that must be refused (a 2xx would store a key).
    key_base = {"client": "bad-input", "role": "viewer"}
    for label, body in body_faults(key_base, strings=["client"], numbers=[], enums=["role"], booleans=[],
                                   required=["client", "role"]):
        reqs.append(Req("POST", f"{V}/keys", "POST keys", label, body, JSON_CT))
    for label, extra in [("role root", {"role": "root"}), ("role Admin", {"role": "Admin"}),
                         ("role 'viewer '", {"role": "viewer "}), ("role ADMIN", {"role": "ADMIN"}),
                         ("role admin,viewer", {"role": "admin,viewer"}), ("role array", {"role": ["admin"]}),
                         ("client 101 chars", {"client": "c" * 101}), ("client empty", {"client": ""}),
                         ("expiresAt in the past", {"expiresAt": "2001-01-01T00:00:00Z"}),
                         ("expiresAt now-ish", {"expiresAt": "2020-01-01T00:00:00+00:00"}),
                         ("expiresAt garbage", {"expiresAt": "tomorrow"}), ("expiresAt 0", {"expiresAt": 0}),
                         ("expiresAt year 0", {"expiresAt": "0000-01-01T00:00:00Z"}),
                         ("expiresAt -999999999", {"expiresAt": "-999999999-01-01T00:00:00Z"}),
                         ("expiresAt object", {"expiresAt": {}}), ("id given", {"id": 1}),
                         ("key given", {"key": "chosen-by-the-client-000000000000000000"}),
                         ("keyHash given", {"keyHash": "00" * 32})]:
        reqs.append(Req("POST", f"{V}/keys", "POST keys", label, J({**key_base, **extra}), JSON_CT))
    for label, body, headers in wrong_content_types(J(key_base)):
        reqs.append(Req("POST", f"{V}/keys", "POST keys", label, body, headers))
    if first_round:
        for label, body in huge_faults(key_base, ["client"]):
            reqs.append(Req("POST", f"{V}/keys", "POST keys", label, body, JSON_CT))
    for bad in ("abc", "-1", "0", "99999999", "99999999999999999999", "1.5", "%00", "1%2F..", "..", "%FF"):
        reqs.append(Req("GET", f"{V}/keys/{bad}", "GET keys/{id}", f"id {bad}", expect="read"))
        reqs.append(Req("DELETE", f"{V}/keys/{bad}", "DELETE keys/{id}", f"id {bad}"))
    for m in ("PUT", "PATCH"):
        reqs.append(Req(m, f"{V}/keys/{ctx['key_ids']['viewer']}", "wrong method", f"{m} keys/{{id}}",
                        J({"role": "admin"}), JSON_CT))
    # Publication. A valid publish of an unpublished period would write: publish is sent with a body that must be
    # refused, or for a period that is already published (signed off: SIGNED; or with figures: the demo publishes
    # those); a bodiless or null-bodied publish (a note is optional) only to SIGNED.
    note_faults = [("note 4001 chars", {"note": "n" * 4001}), ("note 12", {"note": 12}), ("note []", {"note": []}),
                   ("note {}", {"note": {}}), ("note true", {"note": True}), ("unknown field", {"by": "x"}),
                   ("note invalid UTF-8", None)]
    for label, body in note_faults:
        raw = J(body) if body is not None else J({"note": "PLACEHOLDER"}).replace(b"PLACEHOLDER", b"\xc3\x28\xff")
        reqs.append(Req("POST", f"{V}/periods/{FREE_PERIOD}/publish", "POST publish", label, raw, JSON_CT))
        reqs.append(Req("POST", f"{V}/periods/{vperiod}/withdraw", "POST withdraw", label, raw, JSON_CT))
    for label, body in malformed_json_texts():
        reqs.append(Req("POST", f"{V}/periods/{SIGNED}/publish", "POST publish", label + " (signed off)", body,
                        JSON_CT))
        reqs.append(Req("POST", f"{V}/periods/{vperiod}/withdraw", "POST withdraw", label, body, JSON_CT))
    for label, body, headers in wrong_content_types(J({"note": "x"})):
        reqs.append(Req("POST", f"{V}/periods/{SIGNED}/publish", "POST publish", label + " (signed off)", body,
                        headers))
        reqs.append(Req("POST", f"{V}/periods/{FREE_PERIOD}/withdraw", "POST withdraw", label + " (not published)",
                        body, headers))
    reqs.append(Req("POST", f"{V}/periods/{SIGNED}/publish", "POST publish", "signed off (409)", J({"note": "x"}),
                    JSON_CT, want=(409,)))
    reqs.append(Req("POST", f"{V}/periods/{SIGNED}/publish", "POST publish", "signed off, no body (409/415)", None,
                    want=(409, 415)))
    reqs.append(Req("POST", f"{V}/periods/{vperiod}/publish", "POST publish", "already published (409)",
                    J({"note": "x"}), JSON_CT, want=(409,)))
    reqs.append(Req("POST", f"{V}/periods/{SIGNED}/withdraw", "POST withdraw", "signed off (409)",
                    J({"note": "x"}), JSON_CT, want=(409,)))
    reqs.append(Req("POST", f"{V}/periods/{FREE_PERIOD}/withdraw", "POST withdraw", "not published (409)",
                    J({"note": "x"}), JSON_CT, want=(409,)))
    for label, body in [("no note", {}), ("note null", {"note": None}), ("blank note", {"note": "   "}),
                        ("no body", None)]:
        reqs.append(Req("POST", f"{V}/periods/{vperiod}/withdraw", "POST withdraw", f"{label} (400)",
                        None if body is None else J(body), JSON_CT if body is not None else {},
                        want=(400,) if body is not None else (400, 415)))
    for bad in rnd.sample(INVALID_PERIODS, 12):
        for action in ("publish", "withdraw"):
            reqs.append(Req("POST", f"{V}/periods/{bad}/{action}", f"POST {action}", f"period {bad[:40]}",
                            J({"note": "x"}), JSON_CT))
        reqs.append(Req("GET", f"{V}/periods/{bad}/publication", "GET publication", f"period {bad[:40]}",
                        expect="read"))
    for good in (SIGNED, vperiod, FREE_PERIOD):
        reqs.append(Req("GET", f"{V}/periods/{good}/publication", "GET publication", "valid period", expect="read",
                        want=(200,)))
    for m in ("PUT", "DELETE"):
        reqs.append(Req(m, f"{V}/periods/{SIGNED}/publication", "wrong method", f"{m} publication", J({"note": "x"}),
                        JSON_CT))
    reqs.append(Req("GET", f"{V}/periods/{FREE_PERIOD}/publish", "wrong method", "GET publish", expect="read"))
    # The feed.
    for bad in ("garbage", "v2.1", "v1.", "v1.abc", "v1.-1", "v1.1.2", "v1.5.3.0", "v1.1.2.3.4", "v1.99999999999999999999",
                "v1.0.0.99999999999", "%00", "v1.%FF", "1", ".", "v1..", "v1.1 ", "V1.1"):
        reqs.append(Req("GET", f"{V}/feed?since={quote(bad, safe='%')}", "GET feed", f"since={bad!r} (400)",
                        expect="read", want=(400,)))
    for bad in ("0", "-1", "10001"):
        reqs.append(Req("GET", f"{V}/feed?limit={bad}", "GET feed", f"limit={bad} (400)", expect="read",
                        want=(400,)))
    for bad in ("abc", "1.5", "1e3", "", "%00", "99999999999"):
        reqs.append(Req("GET", f"{V}/feed?limit={bad}", "GET feed", f"limit={bad!r}", expect="read"))
    for since in ("v1.0", "v1.9223372036854775807", "v1.0.9223372036854775807.0", "v1.0.0.2147483647", ""):
        reqs.append(Req("GET", f"{V}/feed?since={since}&limit=1", "GET feed", f"since={since!r}", expect="read"))
    reqs.append(Req("GET", f"{V}/feed?since=v1.0&since=garbage", "GET feed", "since twice", expect="read"))
    for m in ("POST", "PUT", "DELETE"):
        reqs.append(Req(m, f"{V}/feed", "wrong method", f"{m} feed", J({}), JSON_CT))
    # Content negotiation of scorecards and histories: CSV when asked for, 406 problem when nothing can be given.
    for path, what in [(f"{V}/scorecards/{SIGNED}", "scorecard"), (f"{V}/indicators/{q(ref)}/history", "history")]:
        for accept in ("text/csv", "text/csv; charset=utf-8", "text/csv, application/json;q=0.5"):
            reqs.append(Req("GET", path, f"GET {what} Accept", f"Accept {accept!r} (CSV)",
                            headers={"Accept": accept}, expect="read", want=(200,), want_ct="text/csv"))
        for accept in ("application/json", "*/*", "application/*"):
            reqs.append(Req("GET", path, f"GET {what} Accept", f"Accept {accept!r} (JSON)",
                            headers={"Accept": accept}, expect="read", want=(200,), want_ct="application/json"))
        for accept in ("application/xml", "image/png", "text/html", "application/pdf", "text/plain",
                       "application/vnd.ms-excel"):
            reqs.append(Req("GET", path, f"GET {what} Accept", f"Accept {accept!r} (406)",
                            headers={"Accept": accept}, expect="read", want=(406,)))
        for accept in ("garbage", "*/*;q=0", "text/csv;q=0", "text/csv;q=abc", "text/*", ";;;", "text/csv; charset=utf-16",
                       "a" * 5000, "application/json, text/csv", "text/csv;q=0.1, application/json;q=0.9"):
            reqs.append(Req("GET", path, f"GET {what} Accept", f"Accept {accept[:40]!r}", headers={"Accept": accept},
                            expect="read"))
        for extra in ("?asAt=garbage", "?basis=FOO"):
            reqs.append(Req("GET", path + extra, f"GET {what} Accept", f"Accept text/csv, bad {extra}",
                            headers={"Accept": "text/csv"}, expect="read"))
    return reqs


def csv_doc(rows, header="ref,period,value,state,target,provisional,estimated,note,commentary"):
    text = header + "\n" + "".join(r + "\n" for r in rows)
    return text.encode("utf-8")


def import_faults(rnd, ctx, first_round):
    reqs = []
    ref = rnd.choice(ctx["refs_with_figures"])
    other = rnd.choice(ctx["refs_with_figures"])
    good = f"{ref},{FREE_PERIOD},3,,,,,,"
    imp = f"{V}/imports?enteredBy=bad-input"
    dry = f"{V}/imports?dryRun=true&enteredBy=bad-input"
    CSV = {"Content-Type": "text/csv"}
    cases = [  # (label, body, definite): definite ones are sent for real, the others as dry runs too
        ("unknown ref", csv_doc(["NOPE1,2001-02,3,,,,,,"]), True),
        ("value abc", csv_doc([f"{ref},{FREE_PERIOD},abc,,,,,,"]), True),
        ("value 12,5 unquoted", csv_doc([f"{ref},{FREE_PERIOD},12,5,,,,,,"]), True),
        ("value 1e999", csv_doc([f"{ref},{FREE_PERIOD},1e999,,,,,,"]), True),
        ("value NaN", csv_doc([f"{ref},{FREE_PERIOD},NaN,,,,,,"]), True),
        ("value Infinity", csv_doc([f"{ref},{FREE_PERIOD},Infinity,,,,,,"]), True),
        ("value 0x10", csv_doc([f"{ref},{FREE_PERIOD},0x10,,,,,,"]), True),
        ("value --1", csv_doc([f"{ref},{FREE_PERIOD},--1,,,,,,"]), True),
        ("value 20 digits", csv_doc([f"{ref},{FREE_PERIOD},12345678901234567890,,,,,,"]), True),
        ("value 7 decimals", csv_doc([f"{ref},{FREE_PERIOD},1.1234567,,,,,,"]), True),
        ("value fullwidth", csv_doc([f"{ref},{FREE_PERIOD},１２,,,,,,"]), True),
        ("state BOGUS", csv_doc([f"{ref},{FREE_PERIOD},,BOGUS,,,,,"]), True),
        ("NOT_YET_AVAILABLE with value", csv_doc([f"{ref},{FREE_PERIOD},3,NOT_YET_AVAILABLE,,,,,"]), True),
        ("a flag without a figure", csv_doc([f"{ref},{FREE_PERIOD},,,,true,,,"]), False),
        ("provisional maybe", csv_doc([f"{ref},{FREE_PERIOD},3,,,maybe,,,"]), True),
        ("estimated 2", csv_doc([f"{ref},{FREE_PERIOD},3,,,,2,,"]), True),
        ("note 201 chars", csv_doc([f"{ref},{FREE_PERIOD},3,,,,,{'n' * 201},"]), True),
        ("duplicate rows", csv_doc([good, good]), True),
        ("signed-off period", csv_doc([f"{ref},{SIGNED},3,,,,,,"]), True),
        ("one bad row among 2,000 good", csv_doc(
            [f"{r},{p},{i % 97}.5,,,,,," for i, (r, p) in enumerate(
                (r, p) for p in ctx["free_periods"][:200] for r in ctx["refs"][:10])][:2000]
            + ["NOPE2,2001-02,3,,,,,,"]), True),
        ("unterminated quote", csv_doc([f'{ref},{FREE_PERIOD},"3,,,,,,']), True),
        ("quote inside field", csv_doc([f'{ref},{FREE_PERIOD},3"4,,,,,,']), True),
        ("too many fields", csv_doc([good + ",extra,extra"]), False),
        ("too few fields, a bad value", csv_doc([f"{ref},{FREE_PERIOD},abc"]), False),
        ("no ref column", csv_doc([f"{FREE_PERIOD},3"], header="period,value"), True),
        ("no period column", csv_doc([f"{ref},3"], header="ref,value"), True),
        ("unknown column", csv_doc([f"{ref},{FREE_PERIOD},3,x"], header="ref,period,value,colour"), False),
        ("duplicate column", csv_doc([f"{ref},{FREE_PERIOD},3,4"], header="ref,period,value,value"), True),
        ("data row as header", csv_doc([good], header=good), True),
        ("header only", csv_doc([]), True), ("empty body", b"", True), ("blank lines", b"\n\n\n", True),
        ("NUL bytes", csv_doc([f"{ref}\x00,{FREE_PERIOD},3,,,,,,"]), True),
        ("invalid UTF-8 in ref", csv_doc([f"{ref},{FREE_PERIOD},3,,,,,,"]).replace(ref.encode() + b",",
                                                                                  b"\xff\xfe,", 1), True),
        ("invalid UTF-8 in note", csv_doc([f"{ref},{FREE_PERIOD},3,,,,,NOTE,"]).replace(b"NOTE", b"a\xc3\x28b"), True),
        ("UTF-16 body", csv_doc([good]).decode().encode("utf-16"), True),
        ("binary", bytes(range(256)) * 64, True),
        ("CR only line ends", csv_doc([good, f"{other},{FREE_PERIOD},3,,,,,,"]).replace(b"\n", b"\r"), None),
        ("invalid period", csv_doc([f"{ref},{rnd.choice(INVALID_PERIODS)},3,,,,,,"]), True),
        ("target garbage form", csv_doc([f"{ref},{FREE_PERIOD},3,,>>><<<,,,,"]), False),
        ("ref with traversal", csv_doc([f"../{ref},{FREE_PERIOD},3,,,,,,"]), True),
        ("formula injection ref", csv_doc([f"=cmd|' /C calc'!A0,{FREE_PERIOD},3,,,,,,"]), True),
    ]
    if first_round:
        cases += [("note 1 MB", csv_doc([f"{ref},{FREE_PERIOD},3,,,,,{HUGE},"]), True),
                  ("commentary 1 MB multi-byte", csv_doc([f"{ref},{FREE_PERIOD},3,,,,,,{HUGE_MULTI}"]), True),
                  ("ref 1 MB", csv_doc([f"{HUGE},{FREE_PERIOD},3,,,,,,"]), True),
                  ("one 1 MB line, no newline", HUGE.encode(), True)]
    for label, body, definite in cases:   # definite None: may be fine either way, a probe
        reqs.append(Req("POST", dry, "POST imports (dry run)", label, body, CSV,
                        expect="probe" if definite is None else "reject"))
        if definite:
            reqs.append(Req("POST", imp, "POST imports", label, body, CSV))
    good_body = csv_doc([good])
    for label, path in [("no enteredBy", f"{V}/imports"), ("blank enteredBy", f"{V}/imports?enteredBy=%20%20"),
                        ("enteredBy 101", f"{V}/imports?enteredBy={'e' * 101}"),
                        ("enteredBy 5000", f"{V}/imports?enteredBy={'e' * 5000}")] + [
            (f"dryRun={d!r}", f"{V}/imports?enteredBy=x&dryRun={d}") for d in BAD_QUERY["dryRun"]]:
        reqs.append(Req("POST", path, "POST imports", label, good_body, CSV))
    for label, body, headers in wrong_content_types(good_body):
        if headers["Content-Type"] != "text/csv":
            reqs.append(Req("POST", imp, "POST imports", label, body, headers))
    for cs in ("latin1", "ISO-8859-1", "utf-16", "bogus", "windows-1252"):
        reqs.append(Req("POST", imp, "POST imports", f"charset={cs}", good_body, {"Content-Type": f"text/csv; charset={cs}"}))
    reqs.append(Req("POST", imp, "POST imports", "CSV sent as JSON", good_body, JSON_CT))
    reqs.append(Req("POST", imp, "POST imports", "no Content-Type", good_body, {}))
    # JSON imports
    jrow = {"ref": ref, "period": FREE_PERIOD, "value": 3}
    jcases = [("value as string", {"enteredBy": "x", "rows": [{**jrow, "value": "3"}]}, True),
              ("rows not an array", {"enteredBy": "x", "rows": {"0": jrow}}, True),
              ("rows null", {"enteredBy": "x", "rows": None}, True),
              ("enteredBy number", {"enteredBy": 12, "rows": [jrow]}, True),
              ("unknown ref", {"enteredBy": "x", "rows": [{**jrow, "ref": "NOPE3"}]}, True),
              ("invalid period", {"enteredBy": "x", "rows": [{**jrow, "period": "2017-18-Q9"}]}, True),
              ("duplicate rows", {"enteredBy": "x", "rows": [jrow, jrow]}, True),
              ("signed-off period", {"enteredBy": "x", "rows": [{**jrow, "period": SIGNED}]}, True),
              ("row is a string", {"enteredBy": "x", "rows": ["1.5,2001-02,3"]}, True),
              ("note 201", {"enteredBy": "x", "rows": [{**jrow, "note": "n" * 201}]}, True),
              ("provisional as string", {"enteredBy": "x", "rows": [{**jrow, "provisional": "true"}]}, True),
              ("no rows", {"enteredBy": "x", "rows": []}, False),
              ("unknown field", {"enteredBy": "x", "rows": [jrow], "colour": "red"}, False),
              ("unknown row field", {"enteredBy": "x", "rows": [{**jrow, "colour": "red"}]}, False),
              ("no enteredBy", {"rows": [jrow]}, True)]
    for label, body, definite in jcases:
        reqs.append(Req("POST", f"{V}/imports?dryRun=true", "POST imports JSON (dry run)", label, J(body), JSON_CT))
        if definite:
            reqs.append(Req("POST", f"{V}/imports", "POST imports JSON", label, J(body), JSON_CT))
    reqs.append(Req("POST", f"{V}/imports?enteredBy=y", "POST imports JSON", "enteredBy differs",
                    J({"enteredBy": "x", "rows": [jrow]}), JSON_CT))
    for label, body in malformed_json_texts():
        reqs.append(Req("POST", f"{V}/imports?enteredBy=x", "POST imports JSON", label, body, JSON_CT))
    if first_round:
        # Above the import's 64 MB limit (every row the same, so refused anyway).
        big = csv_doc([]) + (good + "\n").encode() * (65 * MB // (len(good) + 1) + 1)
        reqs.append(Req("POST", imp, "POST imports", "65 MB body (413)", big, CSV))
    return reqs


def read_faults(rnd, ctx, ref, value):
    reqs = []
    q = lambda s: quote(s, safe="")  # noqa: E731
    refs = rnd.sample(INVALID_REFS, 10) + READ_ONLY_REFS + [q(u) for u in UNKNOWN_REFS[:4]]
    subs = ["", "/history", "/changes", "/values", "/targets", "/overrides", "/comparators"]
    for bad in refs:
        for sub in subs:
            reqs.append(Req("GET", f"{V}/indicators/{bad}{sub}", f"GET indicators/{{ref}}{sub}", f"ref {bad[:30]}",
                            expect="read"))
    for sub in ("values", "targets", "overrides", "comparators"):
        for bad in rnd.sample(INVALID_PERIODS, 10):
            reqs.append(Req("GET", f"{V}/indicators/{q(ref)}/{sub}/{bad}", f"GET {sub}/{{period}}",
                            f"period {bad[:30]}", expect="read"))
    for bad in rnd.sample(INVALID_PERIODS, 10) + LENIENT_PERIODS:
        reqs.append(Req("GET", f"{V}/indicators/{q(value[0])}/values/{bad}/revisions", "GET revisions",
                        f"period {bad[:30]}", expect="read"))
        reqs.append(Req("GET", f"{V}/scorecards/{bad}", "GET scorecards", f"period {bad[:30]}", expect="read"))
        reqs.append(Req("GET", f"{V}/periods/{bad}/sign-off", "GET sign-off", f"period {bad[:30]}", expect="read"))
        reqs.append(Req("GET", f"{V}/imports/template?period={bad}", "GET template", f"period {bad[:30]}",
                        expect="read"))
    reqs.append(Req("GET", f"{V}/imports/template", "GET template", "no period", expect="read"))
    for name in ("page", "size", "key", "polarity"):
        for bad in BAD_QUERY[name]:
            reqs.append(Req("GET", f"{V}/indicators?{name}={bad}", "GET indicators", f"{name}={bad}", expect="read"))
            reqs.append(Req("GET", f"{V}/scorecards/{SIGNED}?{name}={bad}", "GET scorecards", f"{name}={bad}",
                            expect="read"))
    for name in ("basis", "asAt"):
        for bad in BAD_QUERY[name]:
            reqs.append(Req("GET", f"{V}/scorecards/{SIGNED}?{name}={bad}", "GET scorecards", f"{name}={bad}",
                            expect="read"))
            reqs.append(Req("GET", f"{V}/indicators/{q(ref)}/history?{name}={bad}", "GET history", f"{name}={bad}",
                            expect="read"))
    for bad in BAD_QUERY["asAt"]:
        reqs.append(Req("GET", f"{V}/indicators/{q(value[0])}/values/{value[1]}?asAt={bad}", "GET values/{period}",
                        f"asAt={bad}", expect="read"))
        reqs.append(Req("GET", f"{V}/indicators/{q(ref)}/values?asAt={bad}", "GET values", f"asAt={bad}",
                        expect="read"))
    for bad in BAD_QUERY["asSignedOff"] + ["true"]:
        reqs.append(Req("GET", f"{V}/scorecards/{FREE_PERIOD}?asSignedOff={bad}", "GET scorecards",
                        f"asSignedOff={bad} (never signed off)", expect="read"))
    reqs.append(Req("GET", f"{V}/scorecards/{SIGNED}?asSignedOff=true&asAt=2017-11-27T09:00:00Z", "GET scorecards",
                    "asSignedOff and asAt", expect="read"))
    for label, path in [("1 MB query", f"{V}/indicators?service={'s' * MB}"),
                        ("16 KB query", f"{V}/scorecards/{SIGNED}?directorate={'d' * 16000}"),
                        ("1 MB path", f"{V}/indicators/{'r' * MB}"), ("many params", f"{V}/indicators?"
                                                                                  + "&".join(["key=true"] * 2000)),
                        ("repeated page", f"{V}/indicators?page=1&page=2&page=abc"),
                        ("encoded query junk", f"{V}/indicators?%FF%FE=%00&&&==&%"),
                        ("double slash", f"{V}//indicators//{q(ref)}"), ("trailing slash", f"{V}/indicators/"),
                        ("dot segments", f"{V}/indicators/./{q(ref)}/../{q(ref)}/history"),
                        ("q traversal", "/q/../api/v1/indicators"), ("root traversal", "/../../etc/passwd"),
                        ("encoded traversal", "/%2e%2e/%2e%2e/etc/passwd"), ("openapi", "/q/openapi?format=json"),
                        ("unknown path", f"{V}/nothing-here"), ("v2", "/api/v2/indicators"),
                        ("backslashes", f"{V}\\indicators\\{q(ref)}")]:
        reqs.append(Req("GET", path, "GET odd paths", label, expect="read"))
    # Accept headers that cannot be met, and odd headers, on reads.
    for accept in ("application/xml", "text/csv", "image/png", "*/*;q=0", "garbage", "application/json;q=abc"):
        reqs.append(Req("GET", f"{V}/indicators/{q(ref)}", "GET with Accept", accept, headers={"Accept": accept},
                        expect="read"))
    for name, val in [("Range", "bytes=0-10"), ("If-None-Match", "*"), ("If-Modified-Since", "garbage"),
                      ("Accept-Encoding", "gzip;q=abc, br, zstd, ***"), ("X-Forwarded-For", "' or 1=1"),
                      ("Content-Length", "0"), ("Cookie", "a=" + "b" * 4000), ("Host", "evil.example")]:
        reqs.append(Req("GET", f"{V}/indicators/{q(ref)}/history", "GET with odd headers", name,
                        headers={name: val}, expect="read"))
    return reqs


def raw_faults(ctx, ref, value, first_round):
    q = quote(ref, safe="").encode()
    vpath = f"{V}/indicators/{quote(value[0], safe='')}/values/{value[1]}".encode()
    body = b'{"number": 99.5, "enteredBy": "raw"}'
    cl = str(len(body)).encode()
    raws = [
        ("garbage line", b"GARBAGE\r\n\r\n"), ("method only", b"GET\r\n\r\n"), ("HTTP/9.9", b"GET / HTTP/9.9\r\n\r\n"),
        ("header without colon", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost x\r\n\r\n"),
        ("raw space in path", b"GET " + V.encode() + b"/indicators/1 5 HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("raw UTF-8 path", "GET /api/v1/indicators/été/history HTTP/1.1\r\nHost: x\r\n\r\n".encode()),
        ("NUL in header", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n"),
        ("Authorization with invalid UTF-8", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n"
                                             b"Authorization: Bearer \xff\xfe\xfd\r\n\r\n"),
        ("Authorization with control chars", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n"
                                             b"Authorization: Bearer \x01\x02\x7f\r\n\r\n"),
        ("two Authorization headers", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n"
                                      b"Authorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n"),
        ("200 headers", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\n"
         + b"".join(b"X-H%d: v\r\n" % i for i in range(200)) + b"\r\n"),
        ("HTTP/1.0 no Host", b"GET " + V.encode() + b"/indicators/" + q + b" HTTP/1.0\r\n\r\n"),
        ("obsolete line folding", b"GET " + V.encode() + b"/indicators HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n"),
        ("LF only", b"GET " + V.encode() + b"/indicators HTTP/1.1\nHost: x\n\n"),
        ("bad chunk size", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           b"Transfer-Encoding: chunked\r\n\r\nZZ\r\n" + body + b"\r\n0\r\n\r\n"),
        ("chunk longer than said", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   b"Transfer-Encoding: chunked\r\n\r\n3\r\n" + body + b"\r\n0\r\n\r\n"),
        ("chunked import, bad size", b"POST /api/v1/imports?enteredBy=x HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv"
                                     b"\r\nTransfer-Encoding: chunked\r\n\r\nQQ\r\nref,period\r\n0\r\n\r\n"),
        ("chunked indicator, bad size", b"POST /api/v1/indicators HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                        b"application/json\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n"),
        ("Content-Length and chunked", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                       b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("two Content-Lengths", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                b"Content-Length: " + cl + b"\r\nContent-Length: 2\r\n\r\n" + body),
        ("Content-Length -1", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              b"Content-Length: -1\r\n\r\n" + body),
        ("Content-Length abc", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               b"Content-Length: abc\r\n\r\n" + body),
        ("Content-Length shorter than body", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                             b"application/json\r\nContent-Length: 5\r\n\r\n" + body),
        ("unknown Transfer-Encoding", b"PUT " + vpath + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                      b"Transfer-Encoding: gzip, zebra\r\n\r\n" + body),
        # The service ignores a request's Content-Encoding (a valid JSON body marked gzip is taken as it is), so
        # this one goes to an unknown ref.
        ("gzip body that is not gzip", b"PUT /api/v1/indicators/NOPE7/values/2001-02 HTTP/1.1\r\nHost: x\r\n"
                                       b"Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
                                       b"Content-Length: " + cl + b"\r\n\r\n" + body),
        ("absolute URI elsewhere", b"GET http://evil.example/api/v1/indicators HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("asterisk", b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("CONNECT", b"CONNECT 127.0.0.1:5432 HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("h2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        ("TLS hello", bytes.fromhex("160301002a0100002603035a") + b"\x00" * 40),
        ("request line 64 KB", b"GET /" + b"a" * 65536 + b" HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("pipelined good + garbage", b"GET " + V.encode() + b"/indicators/" + q + b" HTTP/1.1\r\nHost: x\r\n\r\n"
                                     b"\xff\xfe garbage\r\n\r\n"),
    ]
    reqs = [Req("RAW", "", "raw HTTP", label, raw=data, expect="raw") for label, data in raws]
    # Invalid UTF-8 bytes, raw, in every path template (writes carry a valid body: the path must be refused).
    templates = [b"GET /api/v1/indicators/%s", b"GET /api/v1/indicators/%s/history", b"GET /api/v1/scorecards/%s",
                 b"GET /api/v1/indicators/" + q + b"/values/%s", b"PUT /api/v1/indicators/%s/values/2001-02",
                 b"PUT /api/v1/indicators/" + q + b"/values/%s", b"PUT /api/v1/indicators/%s/targets/2001-02",
                 b"DELETE /api/v1/indicators/%s", b"POST /api/v1/periods/%s/sign-off",
                 b"GET /api/v1/imports/template?period=%s", b"POST /api/v1/imports?enteredBy=%s"]
    for t in templates:
        for bad in (b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"..\xc0\xaf.."):
            line = t % bad
            data = line + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + cl \
                + b"\r\n\r\n" + body
            reqs.append(Req("RAW", "", "raw invalid UTF-8 path", f"{line.split(b' ')[0].decode()} {bad!r}", raw=data,
                            expect="raw"))
    # The administrator's key on every raw request that has a Host header and no Authorization of its own, so that it
    # is refused for what it is meant to test, not for a missing key.
    auth = b"Authorization: Bearer " + (API_KEY or "").encode() + b"\r\n"
    for r in reqs:
        if b"\r\nHost: x\r\n" in r.raw and b"Authorization" not in r.raw:
            r.raw = r.raw.replace(b"\r\nHost: x\r\n", b"\r\nHost: x\r\n" + auth, 1)
    return reqs


# --- the database snapshot --------------------------------------------------------------------------------------------

# Columns left out of the comparison: api_key.last_used_at is set by any authenticated request (once a minute a key).
SNAPSHOT_SKIP = {"api_key": {"last_used_at"}}


def snapshot():
    tables = [r[0] for r in psql("select table_name from information_schema.tables where table_schema = 'public'"
                                 " and table_type = 'BASE TABLE' order by 1")]

    def source(t):
        if t not in SNAPSHOT_SKIP:
            return f'public."{t}"'
        cols = [r[0] for r in psql(f"select column_name from information_schema.columns where table_schema = 'public'"
                                   f" and table_name = '{t}' order by ordinal_position")]
        return "(select " + ", ".join(f'"{c}"' for c in cols if c not in SNAPSHOT_SKIP[t]) + f' from public."{t}")'
    parts = [f"select '{t}', count(*), coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '-')"
             f" from {source(t)} t" for t in tables]
    rows = psql(" union all ".join(parts))
    seqs = psql("select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public' order by 1")
    return {r[0]: (int(r[1]), r[2]) for r in rows}, {r[0]: int(r[1]) for r in seqs}


def setup():
    if not API_KEY:
        raise SystemExit("setup: no REL_API_KEY (the administrator key lib.sh makes and starts the service with)")
    c = Client(timeout=60)
    a = c.json_req("POST", f"{V}/periods/{SIGNED}/sign-off", {"by": "bad-input-setup", "note": "for the test"})
    if a.status != 200 and a.status != 201:
        raise SystemExit(f"setup: sign-off of {SIGNED} failed: {a.short()}")
    # Keys for the role checks, and one revoked; issued before the "before" snapshot, so they are part of it.
    keys, key_ids = {}, {}
    for role in ("viewer", "partner", "editor", "revoked"):
        a = c.json_req("POST", f"{V}/keys", {"client": f"bad-input {role}", "role": "viewer" if role == "revoked"
                                             else role})
        j = a.json() if a.status == 201 else None
        if not isinstance(j, dict) or not j.get("key"):
            raise SystemExit(f"setup: issuing a {role} key failed: {a.short()}")
        keys[role], key_ids[role] = j["key"], j["id"]
    a = c.request("DELETE", f"{V}/keys/{key_ids['revoked']}")
    if a.status != 200:
        raise SystemExit(f"setup: revoking a key failed: {a.short()}")
    for role in ("viewer", "partner", "editor"):
        a = Client(timeout=30, key=keys[role]).get(f"{V}/indicators?size=1")
        if a.status != 200:
            raise SystemExit(f"setup: the {role} key does not read: {a.short()}")
    c.close()
    refs = [r[0] for r in psql("select ref from indicator order by ref")]
    refs_with_figures = [r[0] for r in psql("select distinct i.ref from indicator i join indicator_value v"
                                            " on v.indicator_id = i.id order by 1")]
    values = [(r[0], r[1], int(r[2])) for r in psql(
        "select i.ref, v.period, v.version from indicator_value v join indicator i on i.id = v.indicator_id"
        f" where v.period <> '{SIGNED}' order by 1, 2")]
    signed_values = [(r[0], int(r[1])) for r in psql(
        "select i.ref, v.version from indicator_value v join indicator i on i.id = v.indicator_id"
        f" where v.period = '{SIGNED}' order by 1")]
    targets = [tuple(r) for r in psql("select i.ref, t.period from target t join indicator i on i.id = t.indicator_id")]
    overrides = [tuple(r) for r in psql("select i.ref, o.period from rag_override o"
                                        " join indicator i on i.id = o.indicator_id")]
    used = {r[0] for r in psql("select distinct period from indicator_value")}
    free_periods = [f"{y}-{(y + 1) % 100:02d}-Q{n}" for y in range(1990, 2000) for n in range(1, 5)]
    free_periods = [p for p in free_periods if p not in used]
    if not refs_with_figures or not values or not signed_values:
        raise SystemExit("setup: the demo data set is not loaded (COUNCILKPI_DEMO_ENABLED=true)")
    # The value periods are published (the demo data set publishes every period with figures): a withdraw there
    # without a note must be refused, a publish must be a 409.
    published = {r[0] for r in psql("select period from published_period")}
    values = [v for v in values if v[1] in published]
    if not values:
        raise SystemExit("setup: no published period with figures outside the signed-off one")
    return dict(refs=refs, refs_with_figures=refs_with_figures, values=values, signed_values=signed_values,
                targets=targets, overrides=overrides, free_periods=free_periods, keys=keys, key_ids=key_ids)


RETRIED = Counter()


def send(c, r):
    if r.raw is not None:
        status, head, latency = raw_request(r.raw, timeout=RAW_TIMEOUT)
        hdr = head.split(b"\r\n\r\n", 1)[0].lower()
        ct = PROBLEM if b"application/problem+json" in hdr else ("-" if b"content-type" not in hdr else "other")
        return status, ct, head[:300], latency
    a = c.request(r.method, r.path, body=r.body, headers=r.headers, timeout=TIMEOUT)
    if isinstance(a.status, str) and a.status.startswith("conn-error"):
        # The server may have closed the kept-alive connection after the previous answer (413, 414, 431 ...):
        # once more on a new connection, as any client would.
        RETRIED[a.status] += 1
        a = c.request(r.method, r.path, body=r.body, headers=r.headers, timeout=TIMEOUT)
    return a.status, a.content_type.split(";")[0] or "-", a.body[:300], a.latency


def main():
    ctx = setup()
    log_path = os.path.join(WORK, "service.log")
    log_offset = os.path.getsize(log_path) if os.path.exists(log_path) else 0
    before, seq_before = snapshot()
    print(f"setup: {SIGNED} signed off; {len(ctx['refs'])} indicators, {len(ctx['values'])} figures outside it;"
          f" snapshot of {len(before)} tables ({sum(n for n, _ in before.values())} rows)")

    rnd = random.Random(SEED)
    reqs = []
    for n in range(ROUNDS):
        reqs += build(rnd, n == 0, ctx)
    rnd.shuffle(reqs)
    total_bytes = sum(len(r.body or b"") + len(r.raw or b"") + len(r.path) for r in reqs)
    print(f"sending {len(reqs)} requests ({total_bytes / MB:.0f} MB) on {THREADS} connections ...")

    lock = threading.Lock()
    results = []
    todo = list(reqs)

    def worker():
        c = Client(timeout=TIMEOUT)
        while True:
            with lock:
                if not todo:
                    break
                r = todo.pop()
            try:
                out = send(c, r)
            except Exception as e:  # noqa: BLE001 - a client-side failure is recorded, not fatal
                out = (f"client-error: {type(e).__name__}: {e}"[:80], "-", b"", 0.0)
                c.close()
            with lock:
                results.append((r, *out))
        c.close()

    t0 = time.monotonic()
    ws = [threading.Thread(target=worker, daemon=True) for _ in range(THREADS)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    elapsed = time.monotonic() - t0
    time.sleep(1)
    after, seq_after = snapshot()

    # --- figures -------------------------------------------------------------------------------------------------
    statuses = Counter(r[1] for r in results)
    print(f"\n{len(results)} requests in {elapsed:.1f} s; statuses: "
          + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=lambda x: str(x[0]))))
    by_family = defaultdict(Counter)
    for r, s, *_ in results:
        by_family[r.family][s] += 1
    print("by endpoint (method, path):")
    for fam in sorted(by_family):
        c = by_family[fam]
        print(f"  {fam:34s} {sum(c.values()):5d}  " + ", ".join(f"{s}: {n}" for s, n in sorted(c.items(),
                                                                                           key=lambda x: str(x[0]))))
    server_errors = [x for x in results if isinstance(x[1], int) and x[1] >= 500]
    accepted = [x for x in results if x[0].expect == "reject" and isinstance(x[1], int) and x[1] < 400]
    hangs = [x for x in results if x[1] == "timeout" and x[0].expect != "raw"]
    client_errors = [x for x in results if isinstance(x[1], str) and x[1].startswith("client-error")]
    no_answer = [x for x in results if x[0].expect != "raw" and isinstance(x[1], str) and x[1] != "timeout"
                 and not x[1].startswith("client-error")]
    raw_closed = [x for x in results if x[0].expect == "raw" and not isinstance(x[1], int)]
    probes = [x for x in results if x[0].expect == "probe"]
    not_problem = [x for x in results if isinstance(x[1], int) and x[1] >= 400 and x[2] != PROBLEM
                   and x[0].method not in ("HEAD",)]
    latencies = sorted(x[4] for x in results)

    def wrong_answer(x):
        r, st, ct = x[0], x[1], x[2]
        if r.want is None:
            return False
        if st not in r.want:
            return True
        if isinstance(st, int) and 400 <= st and st != 431 and ct != PROBLEM:
            return True
        return bool(r.want_ct and isinstance(st, int) and st < 300 and ct != r.want_ct)
    judged = [x for x in results if x[0].want is not None]
    wrong = [x for x in results if wrong_answer(x)]
    auth_401 = [x for x in judged if x[0].family.startswith("auth: invalid key")]
    auth_403 = [x for x in judged if x[0].family == "auth: role too small"]

    def show(title, rows, n=12):
        if not rows:
            return
        print(f"\n{title} ({len(rows)}):")
        groups = Counter((x[0].family, x[0].label[:60], str(x[1])) for x in rows)
        for (fam, label, s), k in groups.most_common(n):
            ex = next(x for x in rows if (x[0].family, x[0].label[:60], str(x[1])) == (fam, label, s))
            where = ex[0].path[:100] if ex[0].raw is None else repr(ex[0].raw[:80])
            print(f"  {k:4d} x {fam} [{label}] -> {s}  e.g. {ex[0].method} {where}"
                  f"\n         answer: {ex[3][:220]!r}")

    show("5xx answers", server_errors, 30)
    show("answers other than the one expected (status, problem+json, content type)", wrong, 30)
    show("malformed writes ACCEPTED (2xx/3xx)", accepted, 30)
    show("timeouts", hangs)
    show("client-side errors (the request could not be sent as built)", client_errors)
    show("well-formed requests with no HTTP answer (connection closed)", no_answer)
    show(f"malformed raw HTTP: connection closed, or kept open {RAW_TIMEOUT:.0f} s, without an HTTP answer"
         " (acceptable)", raw_closed, 8)
    show("probes (either answer may be right: what the service does)", probes, 12)
    if RETRIED:
        print(f"\nsent again on a new connection after the server closed the kept-alive one: {dict(RETRIED)}")
    nprob = Counter((x[1], x[2]) for x in not_problem)
    if nprob:
        print(f"\n4xx answers that are not application/problem+json ({len(not_problem)}): "
              + ", ".join(f"{s} {ct}: {n}" for (s, ct), n in nprob.most_common()))
        show("  which", not_problem, 20)
    print(f"\nlatency: p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p99"
          f" {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms, max {latencies[-1]:.2f} s")

    # The service log: any exception the mapper took for unexpected (it answers those 500).
    # Known and left alone (see the README): a bare HTTP/2 preface on the cleartext port ("PRI * HTTP/2.0", sent over
    # a raw socket) makes Vert.x log one ERROR per connection from QuarkusErrorHandler; the client gets no 5xx and
    # nothing else is affected. Counted and shown apart, as a warning, so that any other ERROR line still fails.
    KNOWN = "the ':authority' pseudo-header is required"
    unexpected = Counter()
    known = 0
    if os.path.exists(log_path):
        with open(log_path, "rb") as f:
            f.seek(log_offset)
            for line in f.read().decode("utf-8", "replace").splitlines():
                if " ERROR " in line and KNOWN in line:
                    known += 1
                elif " ERROR " in line:
                    unexpected[line.split(" ERROR ", 1)[1][:260]] += 1
    if unexpected:
        print(f"\nservice log ERROR lines during the run ({sum(unexpected.values())}):")
        for line, n in unexpected.most_common(10):
            print(f"  {n:4d} x {line}")

    with open(os.path.join(WORK, "bad-input-results.tsv"), "w", encoding="utf-8") as out:
        out.write("status\tcontent_type\tlatency_s\texpect\tfamily\tlabel\tmethod\tpath_or_raw\tanswer\n")
        for r, st, ct, head, lat in results:
            where = r.path[:300] if r.raw is None else repr(r.raw[:200])
            out.write(f"{st}\t{ct}\t{lat:.3f}\t{r.expect}\t{r.family}\t{r.label[:80]!r}\t{r.method}\t{where}"
                      f"\t{head[:300]!r}\n")
    changed = {t: (before.get(t), after.get(t)) for t in set(before) | set(after) if before.get(t) != after.get(t)}
    seq_changed = {s: (seq_before.get(s), seq_after.get(s)) for s in set(seq_before) | set(seq_after)
                   if seq_before.get(s) != seq_after.get(s)}
    print(f"\ndatabase: {len(before)} tables compared (row count and md5 of every row):"
          f" {len(changed)} changed" + "".join(f"\n  {t}: {b} -> {a}" for t, (b, a) in sorted(changed.items())))
    if seq_changed:
        print(f"  sequences advanced (ids taken by refused inserts; no rows): {seq_changed}")

    print(f"invalid keys: {len(auth_401)} requests, {Counter(x[1] for x in auth_401)};"
          f" roles too small: {len(auth_403)} requests, {Counter(x[1] for x in auth_403)};"
          f" other exact cases (publication, feed, Accept): {len(judged) - len(auth_401) - len(auth_403)}")

    print()
    ok = True
    ok &= verdict("several thousand requests sent", len(results) >= 2000, f"{len(results)}")
    ok &= verdict("zero 5xx answers", not server_errors, f"{len(server_errors)}")
    ok &= verdict("every malformed write refused (4xx)", not accepted, f"{len(accepted)} accepted")
    ok &= verdict("invalid keys: 401 problem; too small a role: 403 problem; publication, feed and Accept cases as"
                  " expected", not wrong, f"{len(wrong)} of {len(judged)} not as expected")
    ok &= verdict(f"no request hanging (timeout {TIMEOUT:.0f} s)", not hangs, f"{len(hangs)}")
    ok &= verdict("database unchanged (every table's rows and md5)", not changed, f"{len(changed)} tables changed")
    ok &= verdict("no unexpected error in the service log", not unexpected, f"{sum(unexpected.values())} ERROR lines")
    if known:
        print(f"WARN  {known} ERROR lines from bare HTTP/2 prefaces (Vert.x: {KNOWN}); known, no 5xx")
    if no_answer:
        print(f"WARN  {len(no_answer)} well-formed requests had no HTTP answer (connection closed)")
    if not_problem:
        print(f"WARN  {len(not_problem)} 4xx answers are not application/problem+json")
    print(f"\nbad-input: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
