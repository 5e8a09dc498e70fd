#!/usr/bin/env python3
"""Creates a realistic council through the service's own API (python3 standard library only).

    bench/generate-council.py [--base-url http://127.0.0.1:8080] [--api-key KEY] [--indicators 2000] [--seed 42]
                              [--threads 4] [--manifest FILE] [--csv-dir DIR] [--dry-run] [--no-publish]

Every request carries 'Authorization: Bearer KEY': --api-key, or else the environment variable COUNCILKPI_API_KEY.
The key must be an administrator's (indicators, targets and publication need that role), e.g. the bootstrap key the
service was started with (COUNCILKPI_SECURITY_BOOTSTRAP_ADMIN_KEY).

What it makes, deterministically from --seed (the same seed and size give byte-identical requests):

* N indicators (default 2,000) over five directorates whose sizes are 5%, 15%, 25%, 25% and 30% of N, so that
  with 2,000 there is a directorate of 100 ("Public Health") and one of 500 ("Adults and Health"); three to six
  services in each. Units of every kind, polarities HIGHER_IS_BETTER / LOWER_IS_BETTER / NONE (about 45/40/15%),
  every measurement, amber tolerances (percent, absolute or none), "broadly the same" bands, every direction
  basis, key indicators, plan and corporate priorities. Created with POST /api/v1/indicators over --threads
  keep-alive connections.
* 10 financial years, 2008-09 .. 2017-18: 40 quarters and 10 year-end outturns per indicator (50 figures), as a
  trend + seasonality + noise series in the unit's range; about 2% SUPPRESSED (a quarter of them keeping their
  figure), 2% NOT_YET_AVAILABLE, 0.5% NOT_APPLICABLE and 0.5% NOT_PROVIDED; provisional and estimated flags,
  notes, commentaries (some with commas and quotes).
* Targets per year on the outturn rows, of every form: a value ("82", "82%"), bounds ("<20", "<=20", ">=85",
  ">85"), ranges ("260-300"), exact ("=0") and "N/A"; about 15% of the indicators with targets are profiled per
  quarter (a target on every quarter row too); about 8% have no target at all.
* One import batch per financial year (N x 5 rows each) through POST /api/v1/imports (text/csv).
* Comparators (statistical-neighbour and national averages, some as notes only) for 2017-18-Q2 for about 30% of
  the indicators and for the year 2017-18 for about 10% more; officers' overrides for 2017-18-Q2 for about 3%.
* At the end, every generated period (40 quarters and 10 years) is published (POST /api/v1/periods/{period}/publish;
  a 409 "already published" counts as done), so that viewers and partners see the figures, as dashboards would;
  --no-publish leaves them as drafts (seen by editors and administrators only).

It prints what it created and how long each step took; --manifest writes a JSON summary (directorate sizes, a
ref whose history is complete) that bench/scorecard-vs-sql.sh reads. --csv-dir keeps the import files;
--dry-run writes them (and the manifest) without calling the service.
"""
import argparse
import http.client
import json
import math
import os
import random
import sys
import threading
import time
import urllib.parse

FIRST_YEAR, YEARS = 2008, 10
LATEST_QUARTER = "2017-18-Q2"
LATEST_YEAR = "2017-18"

# name, share of the indicators, ref prefix, services
DIRECTORATES = [
    ("Public Health", 0.05, "PH", ["Health Protection", "Healthy Lifestyles", "Sexual Health"]),
    ("Corporate Services", 0.15, "CS", ["Finance", "Human Resources", "Customer Services", "Legal and Democratic",
                                        "ICT"]),
    ("Adults and Health", 0.25, "AH", ["Adult Social Care", "Safeguarding Adults", "Commissioning",
                                       "Mental Health", "Learning Disability"]),
    ("Place", 0.25, "PL", ["Highways", "Waste and Recycling", "Planning", "Housing", "Economic Development",
                           "Environmental Health"]),
    ("Children and Families", 0.30, "CF", ["Children's Social Care", "Early Help", "Education and Skills",
                                           "SEND", "Youth Justice", "Safeguarding"]),
]
PLAN_PRIORITIES = ["1 Start Well", "2 Feel & Be Safe", "3 Live Well", "4 Age Well", "5 Thriving Places", None, None]
CORPORATE_PRIORITIES = ["Outcome 1", "Outcome 2", "Outcome 3", "Outcome 4", "Outcome 5", "Outcome 6", None]
MEASURES = {
    "PERCENT": ["% of {} completed on time", "% of {} rated good or better", "% repeat {}", "% of {} reviewed"],
    "COUNT": ["Number of {}", "Number of new {}", "Total {} in the period"],
    "RATE_PER_10000": ["Rate of {} per 10,000 population"],
    "RATE_PER_1000": ["Rate of {} per 1,000 population"],
    "DAYS": ["Average days to complete {}", "Median days waiting for {}"],
    "CURRENCY": ["Spend on {}", "Income from {}"],
    "RATIO": ["Ratio of {} to plan"],
}
SUBJECTS = ["referrals", "assessments", "care plans", "inspections", "applications", "complaints", "visits",
            "placements", "reviews", "cases", "requests", "repairs", "enquiries", "claims", "contacts"]
COMMENTARIES = [
    "Improved, as planned; see \"Plan B\" for detail",
    "Performance dipped in the quarter, as expected in the winter months",
    "Data validated by the service; figures, as reported, are final",
    "Below target: an action plan is in place, reviewed monthly",
    "On track for the year-end target",
]


def quarters_of(year):
    return [f"{year}-{(year + 1) % 100:02d}-Q{q}" for q in range(1, 5)]


def year_code(year):
    return f"{year}-{(year + 1) % 100:02d}"


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def fmt(x, dp):
    text = f"{x:.{dp}f}"
    return "0" if text in ("-0", "-0.0", "-0.00") else text


def csv_cell(text):
    if any(c in text for c in ",\"\n\r"):
        return '"' + text.replace('"', '""') + '"'
    return text


class Indicator:
    """An indicator's definition and everything it will be given, all from its own seeded generator."""

    def __init__(self, seed, index, directorate, prefix, services):
        rng = random.Random(f"{seed}/indicator/{index}")
        self.index = index
        self.ref = f"{prefix}{index:04d}" if index % 97 else f"SCS {prefix}{index:04d}"  # a few refs with a space
        self.directorate = directorate
        self.service = services[rng.randrange(len(services))]
        self.unit = weighted(rng, [("PERCENT", 40), ("COUNT", 20), ("RATE_PER_10000", 10), ("RATE_PER_1000", 5),
                                   ("DAYS", 10), ("CURRENCY", 8), ("RATIO", 7)])
        self.polarity = weighted(rng, [("HIGHER_IS_BETTER", 45), ("LOWER_IS_BETTER", 40), ("NONE", 15)])
        self.measurement = weighted(rng, [("SNAPSHOT", 70), ("CUMULATIVE_YEAR_TO_DATE", 20),
                                          ("ROLLING_12_MONTHS", 10)])
        self.dp = {"PERCENT": 1, "COUNT": 0, "RATE_PER_10000": 1, "RATE_PER_1000": 1, "DAYS": rng.choice([0, 1]),
                   "CURRENCY": rng.choice([0, 2]), "RATIO": 2}[self.unit]
        self.title = rng.choice(MEASURES[self.unit]).format(rng.choice(SUBJECTS))
        self.key = rng.random() < 0.2
        self.plan_priority = rng.choice(PLAN_PRIORITIES)
        self.corporate_priority = rng.choice(CORPORATE_PRIORITIES)
        self.basis = weighted(rng, [("PREVIOUS_PERIOD", 50), ("SAME_PERIOD_LAST_YEAR", 25), ("LAST_YEAR_OUTTURN", 25)])
        tol = weighted(rng, [("PERCENT", 55), ("ABSOLUTE", 20), (None, 25)])
        if self.unit == "PERCENT":
            self.base = rng.uniform(5, 95)
        elif self.unit == "COUNT":
            self.base = math.exp(rng.uniform(math.log(10), math.log(5000)))
        elif self.unit.startswith("RATE"):
            self.base = rng.uniform(5, 600)
        elif self.unit == "DAYS":
            self.base = rng.uniform(5, 300)
        elif self.unit == "CURRENCY":
            self.base = math.exp(rng.uniform(math.log(1000), math.log(1e6)))
        else:
            self.base = rng.uniform(0.5, 10)
        self.tolerance = None
        if tol == "PERCENT":
            self.tolerance = {"kind": "PERCENT", "amount": rng.choice([5, 10, 15, 20, 25])}
        elif tol == "ABSOLUTE":
            self.tolerance = {"kind": "ABSOLUTE", "amount": float(fmt(self.base * rng.uniform(0.02, 0.1), self.dp))
                              or 1}
        self.same_band = ({"kind": "PERCENT", "amount": rng.choice([1, 2, 5])} if rng.random() < 0.3 else None)
        # targets: the form is the indicator's, the level moves year by year
        if self.polarity == "HIGHER_IS_BETTER":
            forms = [("VALUE", 50), ("AT_LEAST", 30), ("RANGE", 8), ("NA", 4), (None, 8)]
        elif self.polarity == "LOWER_IS_BETTER":
            forms = [("VALUE", 45), ("AT_MOST", 30), ("RANGE", 8), ("EXACT", 5 if self.unit == "COUNT" else 0),
                     ("NA", 4), (None, 8)]
        else:
            forms = [("RANGE", 50), ("VALUE", 15), ("NA", 15), (None, 20)]
        self.target_form = weighted(rng, forms)
        self.profiled = self.target_form is not None and rng.random() < 0.15
        self.drift = rng.uniform(-0.012, 0.012) * self.base
        self.seasonal = [rng.uniform(-0.05, 0.05) * self.base for _ in range(4)]
        self.noise = rng.uniform(0.02, 0.1) * self.base
        self.comparator = weighted(rng, [("QUARTER", 30), ("YEAR", 10), (None, 60)])
        self.override = rng.random() < 0.03
        self.rng = random.Random(f"{seed}/series/{index}")

    def request(self):
        body = {"ref": self.ref, "title": self.title, "unit": self.unit, "polarity": self.polarity,
                "frequency": "QUARTERLY", "measurement": self.measurement, "decimalPlaces": self.dp,
                "directorate": self.directorate, "service": self.service, "key": self.key,
                "directionBasis": self.basis, "responsibleOfficer": f"Head of {self.service}"}
        if self.index % 5 == 0:
            body["description"] = f"{self.title}, as reported to scrutiny each quarter"
        if self.plan_priority:
            body["planPriority"] = self.plan_priority
        if self.corporate_priority:
            body["corporatePriority"] = self.corporate_priority
        if self.tolerance:
            body["tolerance"] = self.tolerance
        if self.same_band:
            body["sameBand"] = self.same_band
        return body

    def clamp(self, x):
        x = max(x, 0.0)
        return min(x, 100.0) if self.unit == "PERCENT" else x

    def target_text(self, level):
        f, dp, pct = self.target_form, self.dp, self.unit == "PERCENT"
        rng = self.rng
        level = self.clamp(level)
        if f == "NA":
            return "N/A"
        if f == "VALUE":
            return fmt(level, dp) + ("%" if pct and rng.random() < 0.5 else "")
        if f == "AT_LEAST":
            return rng.choice([">=", ">"]) + fmt(level, dp) + ("%" if pct and rng.random() < 0.3 else "")
        if f == "AT_MOST":
            return rng.choice(["<", "<="]) + fmt(level, dp) + ("%" if pct and rng.random() < 0.3 else "")
        if f == "EXACT":
            return "=0"
        half = max(abs(level) * rng.uniform(0.04, 0.12), 10 ** -dp)
        return f"{fmt(self.clamp(level - half), dp)}-{fmt(self.clamp(level + half), dp)}"

    def rows(self, year):
        """The year's four quarters and its outturn, as CSV lines (the series generator advances)."""
        rng = self.rng
        lines = []
        k0 = (year - FIRST_YEAR) * 4
        figures = []
        year_level = self.base + self.drift * (k0 + 2)
        # a year's target sits a little either side of the year's level, on the "good" side as often as not
        sign = {"HIGHER_IS_BETTER": 1, "LOWER_IS_BETTER": -1}.get(self.polarity, 0)
        target_level = year_level * (1 + sign * rng.uniform(-0.08, 0.1))
        year_target = self.target_text(target_level) if self.target_form else ""
        for q, period in enumerate(quarters_of(year)):
            x = self.clamp(self.base + self.drift * (k0 + q) + self.seasonal[q] + rng.gauss(0, self.noise))
            figures.append(x)
            target = ""
            if self.profiled:
                target = self.target_text(target_level + self.seasonal[q] * 0.5)
            lines.append(self.line(period, x, target, latest=(period == LATEST_QUARTER)))
        outturn = figures[-1] if self.measurement != "ROLLING_12_MONTHS" else sum(figures) / 4
        lines.append(self.line(year_code(year), outturn, year_target, latest=(year_code(year) == LATEST_YEAR)))
        return lines

    def line(self, period, x, target, latest):
        rng = self.rng
        r = rng.random()
        value, state = fmt(x, self.dp), ""
        if r < 0.02:
            state = "SUPPRESSED"
            if rng.random() >= 0.25:
                value = ""
        elif r < 0.04:
            state, value = "NOT_YET_AVAILABLE", ""
        elif r < 0.045:
            state, value = "NOT_APPLICABLE", ""
        elif r < 0.05:
            state, value = "NOT_PROVIDED", ""
        elif rng.random() < 0.05:
            state = "AVAILABLE"  # written out now and then, as a template would
        provisional = "true" if latest and rng.random() < 0.4 else ""
        estimated = "true" if rng.random() < 0.01 else ""
        note = rng.choice(["July fig", "full yr", "provisional data"]) if rng.random() < 0.01 else ""
        commentary = ""
        if (latest and rng.random() < 0.3) or rng.random() < 0.03:
            commentary = rng.choice(COMMENTARIES)
        return ",".join([csv_cell(self.ref), period, value, state, csv_cell(target), provisional, estimated,
                         csv_cell(note), csv_cell(commentary)])

    def comparator_request(self):
        rng = random.Random(f"{self.ref}/comparator")
        if rng.random() < 0.1:
            return {"statNeighbourNote": "data not yet released", "nationalNote": "data not yet released"}
        body = {"statNeighbourAverage": float(fmt(self.clamp(self.base * rng.uniform(0.85, 1.15)), self.dp)),
                "nationalAverage": float(fmt(self.clamp(self.base * rng.uniform(0.85, 1.15)), self.dp))}
        if rng.random() < 0.2:
            body["nationalNote"] = "2016-17 figure"
        return body

    def override_request(self):
        rng = random.Random(f"{self.ref}/override")
        return {"rating": rng.choice(["RED", "AMBER", "GREEN"]),
                "reason": "The annual target is still on course: the quarter's dip is seasonal",
                "setBy": "performance.officer"}


def council(seed, n):
    sizes = [round(n * share) for _, share, _, _ in DIRECTORATES]
    sizes[-1] = n - sum(sizes[:-1])
    indicators, index = [], 1
    for (name, _, prefix, services), size in zip(DIRECTORATES, sizes):
        for _ in range(size):
            indicators.append(Indicator(seed, index, name, prefix, services))
            index += 1
    return indicators


API_KEY = None   # set from --api-key / COUNCILKPI_API_KEY in main()


class Client:
    def __init__(self, base_url, timeout=300):
        u = urllib.parse.urlsplit(base_url)
        if u.scheme != "http":
            raise SystemExit("--base-url must be http://host:port")
        self.host, self.port, self.timeout = u.hostname, u.port or 80, timeout
        self.conn = None

    def call(self, method, path, body=None, content_type="application/json"):
        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        headers = {"Content-Type": content_type} if data is not None else {}
        if API_KEY:
            headers["Authorization"] = f"Bearer {API_KEY}"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, data, headers)
                resp = self.conn.getresponse()
                return resp.status, resp.read()
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise


def parallel(base_url, jobs, threads):
    """Runs (method, path, body, ok_statuses) jobs over `threads` keep-alive connections; stops at the first error."""
    errors, lock, next_job = [], threading.Lock(), [0]

    def work():
        client = Client(base_url)
        try:
            while True:
                with lock:
                    if next_job[0] >= len(jobs) or errors:
                        return
                    method, path, body, ok = jobs[next_job[0]]
                    next_job[0] += 1
                status, text = client.call(method, path, body)
                if status not in ok:
                    with lock:
                        errors.append(f"{method} {path}: HTTP {status} {text[:400]!r}")
        except Exception as e:  # noqa: BLE001 - any failure stops the run
            with lock:
                errors.append(f"{type(e).__name__}: {e}")

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if errors:
        raise SystemExit("failed: " + errors[0])


def quoted(ref):
    return urllib.parse.quote(ref, safe="")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", default="http://127.0.0.1:8080")
    p.add_argument("--api-key", default=os.environ.get("COUNCILKPI_API_KEY"),
                   help="an administrator's API key, sent as 'Authorization: Bearer KEY' (default: $COUNCILKPI_API_KEY)")
    p.add_argument("--no-publish", action="store_true", help="leave the generated periods unpublished (drafts)")
    p.add_argument("--indicators", type=int, default=2000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--entered-by", default="council.generator")
    p.add_argument("--manifest", help="write a JSON summary here")
    p.add_argument("--csv-dir", help="keep the import files here")
    p.add_argument("--dry-run", action="store_true", help="write the files (--csv-dir) and manifest only")
    args = p.parse_args()
    if args.indicators < 20 or args.indicators > 9999:
        raise SystemExit("--indicators must be between 20 and 9999")
    global API_KEY
    API_KEY = args.api_key
    if not API_KEY and not args.dry_run:
        print("warning: no --api-key and no COUNCILKPI_API_KEY: requests go without a key (refused with 401 unless"
              " the service lets them through)", file=sys.stderr)

    t_all = time.monotonic()
    indicators = council(args.seed, args.indicators)
    sizes = {}
    for i in indicators:
        sizes[i.directorate] = sizes.get(i.directorate, 0) + 1

    def step(label, t0, detail):
        print(f"  {label:<12} {detail} in {time.monotonic() - t0:.1f} s", flush=True)

    if args.dry_run:
        print("dry run: nothing is sent, the counts below are what would be")
    print(f"council: seed {args.seed}, {len(indicators)} indicators, directorates: "
          + ", ".join(f"{k} {v}" for k, v in sizes.items()), flush=True)

    t0 = time.monotonic()
    if not args.dry_run:
        parallel(args.base_url, [("POST", "/api/v1/indicators", i.request(), (201,)) for i in indicators],
                 args.threads)
    step("indicators", t0, f"{len(indicators)} created (POST /api/v1/indicators, {args.threads} connections)")

    # the import: one all-or-nothing batch per financial year
    t0 = time.monotonic()
    totals = {"rows": 0, "values": 0, "targets": 0, "bytes": 0}
    states = {}
    client = Client(args.base_url)
    path = "/api/v1/imports?enteredBy=" + urllib.parse.quote(args.entered_by)
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        lines = ["ref,period,value,state,target,provisional,estimated,note,commentary"]
        for i in indicators:
            lines.extend(i.rows(year))
        body = ("\n".join(lines) + "\n").encode()
        for line in lines[1:]:
            state = line.split(",")[3] if not line.startswith('"') else "?"
            states[state or "AVAILABLE"] = states.get(state or "AVAILABLE", 0) + 1
        if args.csv_dir:
            os.makedirs(args.csv_dir, exist_ok=True)
            with open(os.path.join(args.csv_dir, f"import-{year_code(year)}.csv"), "wb") as f:
                f.write(body)
        rows = len(lines) - 1
        totals["rows"] += rows
        totals["bytes"] += len(body)
        if args.dry_run:
            continue
        t_batch = time.monotonic()
        status, text = client.call("POST", path, body, "text/csv")
        if status != 200:
            raise SystemExit(f"import of {year_code(year)} failed: HTTP {status} {text[:1500]!r}")
        answer = json.loads(text)
        v, t = answer.get("values", {}), answer.get("targets", {})
        totals["values"] += sum(v.get(k, 0) for k in ("created", "updated", "unchanged"))
        totals["targets"] += sum(t.get(k, 0) for k in ("created", "updated", "unchanged"))
        if answer.get("rows") != rows:
            raise SystemExit(f"import of {year_code(year)}: {answer.get('rows')} rows answered, {rows} sent")
        print(f"    {year_code(year)}: {rows} rows, {len(body) / 1e6:.2f} MB, values {json.dumps(v)}, "
              f"targets {json.dumps(t)}, {time.monotonic() - t_batch:.2f} s", flush=True)
    step("import", t0, f"{totals['rows']} rows ({totals['bytes'] / 1e6:.1f} MB CSV) in {YEARS} batches: "
         f"{totals['values']} figures, {totals['targets']} targets; states "
         + ", ".join(f"{k} {v}" for k, v in sorted(states.items())))

    t0 = time.monotonic()
    jobs = []
    for i in indicators:
        if i.comparator:
            period = LATEST_QUARTER if i.comparator == "QUARTER" else LATEST_YEAR
            jobs.append(("PUT", f"/api/v1/indicators/{quoted(i.ref)}/comparators/{period}", i.comparator_request(),
                         (200, 201)))
    n_comparators = len(jobs)
    for i in indicators:
        if i.override:
            jobs.append(("PUT", f"/api/v1/indicators/{quoted(i.ref)}/overrides/{LATEST_QUARTER}",
                         i.override_request(), (200, 201)))
    if not args.dry_run:
        parallel(args.base_url, jobs, args.threads)
    step("comparators", t0, f"{n_comparators} comparators, {len(jobs) - n_comparators} overrides")

    # publication: every generated period, so that viewers (dashboards) and partners see the figures
    t0 = time.monotonic()
    periods = [p for y in range(FIRST_YEAR, FIRST_YEAR + YEARS) for p in quarters_of(y) + [year_code(y)]]
    published = already = 0
    if not args.dry_run and not args.no_publish:
        for period in periods:
            status, text = client.call("POST", f"/api/v1/periods/{period}/publish",
                                       {"note": f"generated council (seed {args.seed})"})
            if status == 200:
                published += 1
            elif status == 409:   # already published (or signed off)
                already += 1
            else:
                raise SystemExit(f"publishing {period} failed: HTTP {status} {text[:600]!r}")
    step("publication", t0, "none (--no-publish)" if args.no_publish else
         f"{len(periods)} periods: {published} published, {already} already published"
         " (POST /api/v1/periods/{period}/publish)")

    history_ref = next(i.ref for i in indicators
                       if i.polarity != "NONE" and i.target_form not in (None, "NA") and " " not in i.ref)
    manifest = {"seed": args.seed, "indicators": len(indicators), "directorates": sizes,
                "history_ref": history_ref, "latest_quarter": LATEST_QUARTER,
                "years": [year_code(y) for y in range(FIRST_YEAR, FIRST_YEAR + YEARS)],
                "rows": totals["rows"], "comparators": n_comparators, "overrides": len(jobs) - n_comparators,
                "published_periods": [] if args.no_publish else periods,
                "polarities": {k: sum(1 for i in indicators if i.polarity == k)
                               for k in ("HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NONE")},
                "target_forms": {str(k): sum(1 for i in indicators if i.target_form == k)
                                 for k in ("VALUE", "AT_LEAST", "AT_MOST", "RANGE", "EXACT", "NA", None)},
                "profiled_targets": sum(1 for i in indicators if i.profiled)}
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=1)
    print(f"  polarities {json.dumps(manifest['polarities'])}; target forms {json.dumps(manifest['target_forms'])}, "
          f"{manifest['profiled_targets']} profiled per quarter")
    print(f"done: {len(indicators)} indicators, {totals['rows']} import rows, {n_comparators} comparators, "
          f"{manifest['overrides']} overrides in {time.monotonic() - t_all:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
