#!/usr/bin/env python3
"""Helpers of scripts/bench (standard library only).

  bench.py check DEMO_JSON BASE TOKEN      the demo data's figures = every year's statistics summary
  bench.py paths BASE TOKEN DIR [DEEP]     writes DIR/search.txt, cursor.txt and deep.txt (request paths)
  bench.py sql PG_LOG OFFSET DATABASE      the statements DATABASE ran after OFFSET, as a pgbench script
  bench.py report OUT SECONDS              the BENCHMARKS.md section of the results in OUT
  bench.py growth OUT1 OUT10 SECONDS       the growth table: province results OUT1 against OUT10
  bench.py buffers URL OUT                 PostgreSQL's pages per request of each read endpoint's captured SQL
  bench.py selftest                        checks the parsers on made-up tool output
"""
import glob
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

# Member searches as people type them: whole names, single name words, two common words.
SEARCHES = [
    "nguyen van an", "Lò Thị Hoa", "dinh van duc", "Giàng A Páo", "Cầm Thị Lan", "quàng văn hùng",
    "an", "thao", "Đặng", "sung", "pom", "ha", "hoa", "tuấn", "mùa", "lường",
    "cam van", "quang thi", "hoang van", "tran thi", "lo thi", "nguyen thi", "giang a", "vi van",
]


def get(base, token, path):
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=60) as res:
        return json.load(res)


def union_figures(summary, metrics):
    """Per metric: the union-wide figures where the summary has any, else the sum over
    associations; by breakdown value where there is one; zeros left out (as the generator
    reports them)."""
    figures = [f for r in summary["resources"] for f in r["figures"]]
    out = {}
    for metric in metrics:
        of_metric = [f for f in figures if f["metric"] == metric]
        union_wide = any(f["association_id"] is None for f in of_metric)
        total, by = 0, {}
        for f in of_metric:
            if (f["association_id"] is None) != union_wide:
                continue
            if f["dimension_value"] is None:
                total += f["value"]
            else:
                by[f["dimension_value"]] = by.get(f["dimension_value"], 0) + f["value"]
        by = {k: v for k, v in by.items() if v}
        if by:
            out[metric] = by
        elif total:
            out[metric] = total
    return out


def check(demo_json, base, token):
    report = json.load(open(demo_json))
    metrics = sorted({m for year in report["figures"].values() for m in year})
    bad = 0
    for year, expected in sorted(report["figures"].items()):
        got = union_figures(get(base, token, f"/api/v1/statistics/summary?year={year}"), metrics)
        if got != expected:
            bad += 1
            for m in metrics:
                if got.get(m) != expected.get(m):
                    print(f"{year} {m}: summary {got.get(m)} but the generator made {expected.get(m)}")
    this_year = report["figures"][str(report["year"])]
    print(f"{len(report['figures'])} years x {len(metrics)} metrics compared; {bad} years differ")
    print(f"members_total {this_year['members_total']} this year; made {json.dumps(report['made'])}")
    return 1 if bad else 0


def paths(base, token, out_dir, deep=None):
    deep = int(deep) if deep else DEEP
    with open(os.path.join(out_dir, "search.txt"), "w") as f:
        for q in SEARCHES:
            f.write(f"/api/v1/members?limit=50&q={urllib.parse.quote(q)}\n")
    # Pages 2 to 21 of the whole member list (default order, 50 a page), by cursor.
    page = get(base, token, "/api/v1/members?limit=50")
    with open(os.path.join(out_dir, "cursor.txt"), "w") as f:
        for _ in range(20):
            path = f"/api/v1/members?limit=50&cursor={urllib.parse.quote(page['next_cursor'])}"
            f.write(path + "\n")
            page = get(base, token, path)
    # 20 pages in turn from DEEP rows in (or half the list, if shorter): reached by pages of
    # 500, since a cursor names a position, not a page size.
    total = get(base, token, "/api/v1/members?limit=1&include_total=true")["total"]
    depth = min(deep, total // 2)
    page, seen = {"next_cursor": None}, 0
    while seen < depth:
        cursor = f"&cursor={urllib.parse.quote(page['next_cursor'])}" if page["next_cursor"] else ""
        page = get(base, token, f"/api/v1/members?limit=500{cursor}")
        seen += len(page["items"])
    with open(os.path.join(out_dir, "deep.txt"), "w") as f:
        for _ in range(20):
            path = f"/api/v1/members?limit=50&cursor={urllib.parse.quote(page['next_cursor'])}"
            f.write(path + "\n")
            page = get(base, token, path)
    return 0


# How deep the deep cursor pages start, in rows (issue 29: within 2x of page 2 at this depth).
DEEP = 150_000


ENTRY = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL):  (.*)$")


def sql(log, offset, database):
    """The statements `database` ran after byte `offset` of PostgreSQL's log (log_statement =
    all), with their parameters written in as the literals PostgreSQL logged."""
    with open(log, "rb") as f:
        f.seek(int(offset))
        lines = f.read().decode("utf-8", "replace").splitlines()
    statements = []
    current = None
    for line in lines:
        m = ENTRY.match(line)
        if not m:
            if current is not None and not re.match(r"^\d{4}-\d\d-\d\d ", line):
                current[0] += "\n" + line
            continue
        _, _, db, kind, text = m.groups()
        if db != database:
            current = None
            continue
        if kind == "LOG":
            s = re.match(r"(?:statement|execute [^:]*): (.*)$", text, re.S)
            current = [s.group(1), {}] if s else None
            if current:
                statements.append(current)
        elif kind == "DETAIL" and current is not None and text.lower().startswith("parameters: "):
            for n, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", text):
                current[1][int(n)] = value
    out = []
    for text, params in statements:
        for n in sorted(params, reverse=True):
            text = re.sub(rf"\${n}(?!\d)", lambda _: params[n], text)
        out.append(text.strip().rstrip(";") + ";")
    print("\n".join(out))
    return 0 if out else 1


def wrk_numbers(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))

    def ms(label):
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: (.*)", text)
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    return {"rps": rps, "p50": ms("50"), "p99": ms("99"), "requests": requests,
            "non2xx": int(errors.group(1)) if errors else 0, "socket": socket.group(1) if socket else ""}


def cpu_per_request(path, requests):
    """CPU milliseconds per request from a `.cpu` file (ticks before, ticks after: service,
    PostgreSQL, machine busy; then ticks per second): (service, postgres, machine)."""
    if not os.path.exists(path) or not requests:
        return None
    v = [int(x) for x in open(path).read().split()]
    before, after, hz = v[0:3], v[3:6], v[6]
    return tuple((a - b) * 1000 / hz / requests for a, b in zip(after, before))


PHASES = [
    ("preparation", "start, figures check, deep-page walk"),
    ("search", "search"), ("cursor-page", "cursor pages"), ("deep-page", "deep pages"),
    ("association", "one association"), ("summary", "summary"),
    ("writes", "summary after writes, first syncs"), ("sync", "repeated sync"),
]


def phase_rss(out, backend):
    """The service's peak RSS in each phase of a run (MiB), as `label value` texts."""
    shown = []
    for name, label in PHASES:
        p = os.path.join(out, f"{backend}-{name}.rss")
        if os.path.exists(p) and open(p).read().strip():
            shown.append(f"{label} {int(open(p).read().split()[0]) / 1024:.0f}")
    return shown


def buffers(url, out):
    """PostgreSQL's page accesses per request of each read endpoint: the captured SQL of each
    path (`pgbench-NAME/*.sql`) run under `EXPLAIN (ANALYZE, BUFFERS)`, shared buffers hit
    plus read, summed over a request's statements and averaged over its paths. Counts, not
    times: they do not change with the machine's speed, so two scales compare across runs."""
    import subprocess
    result = {}
    for name in (name for name, _ in ENDPOINTS if name != "sync"):
        files = sorted(glob.glob(os.path.join(out, f"pgbench-{name}", "*.sql")))
        per_request = []
        for f in files:
            statements = [s.strip() for s in re.split(r";\s*\n", open(f).read() + "\n") if s.strip()]
            reads = [s for s in statements if re.match(r"(?is)^\s*(select|with)\b", s)]
            if not reads:
                continue
            script = "".join(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {s};\n" for s in reads)
            text = subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", url], input=script, capture_output=True, text=True, check=True).stdout
            decoder, i, total = json.JSONDecoder(), 0, 0
            while True:
                while i < len(text) and text[i].isspace():
                    i += 1
                if i >= len(text):
                    break
                plan, i = decoder.raw_decode(text, i)
                top = plan[0]["Plan"]
                total += top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
            per_request.append(total)
        if per_request:
            result[name] = sum(per_request) / len(per_request)
    print(json.dumps(result, indent=1))
    return 0


def read_buffers(out, backend):
    p = os.path.join(out, f"buffers-{backend}.json")
    return json.load(open(p)) if os.path.exists(p) else {}


def pgbench_tps(path):
    """The best transactions/s of the pgbench runs in the file."""
    runs = re.findall(r"tps = ([\d.]+) \(without initial connection time\)", open(path).read())
    return max(map(float, runs)) if runs else None


def after_write_seconds(path):
    """The times of the summaries read after a write (one per line, seconds), if measured."""
    if not os.path.exists(path):
        return []
    return [float(line) for line in open(path) if line.strip()]


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


ENDPOINTS = [
    ("search", "member search by `q` (24 queries in turn)"),
    ("cursor-page", "a member page by cursor (pages 2–21 in turn)"),
    ("deep-page", "a member page by cursor deep in the list (20 pages in turn; depth below)"),
    ("association", "one association (`GET /associations/1`)"),
    ("summary", "the statistics summary of this year"),
    ("sync", "30,000-row roster sync, the same file again (30,000 unchanged), 1 connection"),
]


def fmt_ms(v):
    return f"{v:.2f} ms" if v < 100 else f"{v:,.0f} ms"


def report(out, seconds):
    metas = {}
    for backend in ("sqlite", "postgres"):
        p = os.path.join(out, f"meta-{backend}.json")
        if os.path.exists(p):
            metas[backend] = json.load(open(p))
    any_meta = next(iter(metas.values()))
    lines = [
        f"## The benchmark suite (issue 12): `scripts/bench`, {any_meta['date']}, commit {any_meta['commit']}",
        "",
        f"Machine: {any_meta['machine']}. PostgreSQL: {any_meta['postgres']}. The service (release build), its",
        "database and the load generator share the machine's cores; requests go over loopback.",
        f"The whole script ran in {int(seconds) // 60} min {int(seconds) % 60} s (release build included).",
        "",
        f"Data: `lienhiep demo-data --scale {any_meta.get('scale', 'province')} --seed 1` into an empty database; "
        f"deep pages start {any_meta.get('deep', DEEP):,} rows in.",
        "",
        "| backend | load | rows made | printed counts = statistics summary | peak RSS of the service: reads / with the syncs |",
        "|---|---|---|---|---|",
    ]
    for backend, m in metas.items():
        made = m["made"]
        lines.append(
            f"| {backend} | {m['load_seconds']:.1f} s | {made['members']:,} members, {made['honourees']} honourees, "
            f"{made['contest_entries']} contest entries, {made['advisory_cases']} advisory cases, "
            f"{made['activities']} activities, {made['annual_reports']} annual reports | {m['figures']} | "
            f"{m['rss_reads_kib'] / 1024:.0f} MiB / {m['rss_kib'] / 1024:.0f} MiB |"
        )
    lines += [
        "",
        f"Load: wrk, {any_meta['connections']} connections and 2 threads for {any_meta['duration']} per GET endpoint, "
        "as a staff user; the sync at one connection. Ceiling: the same SQL that the service ran for one request "
        "of each path an endpoint is measured on (captured from PostgreSQL's statement log, parameters written "
        "in: one pgbench script per path, chosen at random as wrk takes them in turn), replayed by pgbench "
        f"with 2 threads and prepared statements for {any_meta['pgbench_seconds']} s at 2 clients and at "
        f"{any_meta['pool']} (the service's pool size), after `VACUUM ANALYZE`; the ceiling is the better of the "
        "two. Ratio = the endpoint's req/s ÷ the ceiling's transactions/s (one transaction = one request's "
        "statements). The service shares the two cores with PostgreSQL; pgbench barely uses them. CPU: the "
        "processor time each part used during the endpoint's run, divided by its requests: the service, "
        "PostgreSQL's processes, and the whole machine (those two, wrk, and the kernel's loopback work); "
        "the machine's two cores give 2,000 ms a second, so req/s can be at most 2,000 ÷ the machine's figure.",
        "",
        "| endpoint | backend | req/s | p50 | p99 | requests | pgbench ceiling (tps) | ratio | CPU ms/request: service / PostgreSQL / machine |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, label in ENDPOINTS:
        for backend in metas:
            path = os.path.join(out, f"{backend}-{name}.txt")
            if not os.path.exists(path):
                continue
            w = wrk_numbers(path)
            ceiling = pgbench_tps(os.path.join(out, f"pgbench-{name}.txt")) if backend == "postgres" else None
            errors = f" ({w['non2xx']} non-2xx)" if w["non2xx"] else ""
            ceiling_text = f"{ceiling:,.0f}" if ceiling else "–"
            ratio = f"{w['rps'] / ceiling:.2f}" if ceiling else "–"
            cpu = cpu_per_request(os.path.join(out, f"{backend}-{name}.cpu"), w["requests"])
            cpu_text = "–" if cpu is None else (
                f"{cpu[0]:.3f} / {cpu[1]:.3f} / {cpu[2]:.3f}" if backend == "postgres" else f"{cpu[0]:.3f} / – / {cpu[2]:.3f}"
            )
            lines.append(
                f"| {label} | {backend} | {w['rps']:,.1f} | {fmt_ms(w['p50'])} | {fmt_ms(w['p99'])} | "
                f"{w['requests']:,}{errors} | {ceiling_text} | {ratio} | {cpu_text} |"
            )
    lines.append("")
    for backend, m in metas.items():
        lines.append(
            f"First sync of the 30,000-row file into a new association ({backend}): {m['first_sync']}."
        )
    for backend in metas:
        phases = phase_rss(out, backend)
        if phases:
            lines.append(f"Peak RSS of the service per phase ({backend}, MiB): {'; '.join(phases)}.")
    for backend in metas:
        times = after_write_seconds(os.path.join(out, f"{backend}-summary-after-write.txt"))
        if times:
            shown = ", ".join(fmt_ms(t * 1000) for t in times)
            lines.append(
                f"The summary after a write ({backend}: a member added, then `fresh=true`, 5 times): "
                f"median {fmt_ms(median(times) * 1000)} ({shown})."
            )
    lines += [
        "",
        "Raw output: `benches/results/bench/` — wrk per backend and endpoint, pgbench and the SQL it replayed "
        "(`pgbench-*/`), the demo data's printed counts (`demo-*.txt`, `demo-*.json`) and their comparison "
        "with the statistics summary (`figures-*.txt`).",
    ]
    print("\n".join(lines))
    return 0


def growth(out1, out10, seconds):
    """The growth table: each endpoint's p50 and req/s at the province scale (OUT1) and ten
    times its rosters (OUT10), with the ratio of the p50s."""
    metas = {}
    for backend in ("sqlite", "postgres"):
        p1, p10 = (os.path.join(o, f"meta-{backend}.json") for o in (out1, out10))
        if os.path.exists(p1) and os.path.exists(p10):
            metas[backend] = (json.load(open(p1)), json.load(open(p10)))
    m1, m10 = next(iter(metas.values()))
    lines = [
        f"## How costs grow: `scripts/bench --scale 10`, {m10['date']}, commit {m10['commit']}",
        "",
        f"Machine: {m10['machine']}. Province: the last `scripts/bench` run ({m1['date']}, commit {m1['commit']}; "
        f"section above). Ten times: `lienhiep demo-data --scale federation --seed 1`, 3,000,000 members in the "
        f"same associations, everything else as at province scale; the same wrk load ({m10['connections']} "
        f"connections, {m10['duration']} per endpoint). This run took {int(seconds) // 60} min "
        f"{int(seconds) % 60} s.",
        "",
        "| endpoint | backend | ×1 req/s | ×1 p50 | ×10 req/s | ×10 p50 | p50 ×10 / ×1 | PostgreSQL pages a request ×1 / ×10 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, label in ENDPOINTS:
        if name == "deep-page":
            label = f"a member page by cursor deep in the list ({m1.get('deep', DEEP):,} / {m10.get('deep', DEEP):,} rows)"
        for backend in metas:
            a, b = (os.path.join(o, f"{backend}-{name}.txt") for o in (out1, out10))
            if not (os.path.exists(a) and os.path.exists(b)):
                continue
            w1, w10 = wrk_numbers(a), wrk_numbers(b)
            errors = f" ({w10['non2xx']} non-2xx)" if w10["non2xx"] else ""
            b1, b10 = read_buffers(out1, backend).get(name), read_buffers(out10, backend).get(name)
            pages = f"{b1:,.0f} / {b10:,.0f}" if b1 is not None and b10 is not None else "–"
            lines.append(
                f"| {label} | {backend} | {w1['rps']:,.1f} | {fmt_ms(w1['p50'])} | {w10['rps']:,.1f}{errors} | "
                f"{fmt_ms(w10['p50'])} | {w10['p50'] / w1['p50']:.2f} | {pages} |"
            )
    for backend, (a, b) in metas.items():
        t1 = after_write_seconds(os.path.join(out1, f"{backend}-summary-after-write.txt"))
        t10 = after_write_seconds(os.path.join(out10, f"{backend}-summary-after-write.txt"))
        if t1 and t10:
            lines.append(
                f"| the summary after a write (median of 5, one client) | {backend} | – | {fmt_ms(median(t1) * 1000)} | "
                f"– | {fmt_ms(median(t10) * 1000)} | {median(t10) / median(t1):.2f} |"
            )
    lines.append("")
    for backend, (a, b) in metas.items():
        lines.append(
            f"{backend}: demo data loaded in {a['load_seconds']:.0f} s / {b['load_seconds']:.0f} s; first sync of "
            f"30,000 rows into a new association: {a['first_sync'].split(';')[0]} / {b['first_sync'].split(';')[0]}; "
            f"peak RSS under reads {a['rss_reads_kib'] / 1024:.0f} / {b['rss_reads_kib'] / 1024:.0f} MiB, "
            f"with the syncs {a['rss_kib'] / 1024:.0f} / {b['rss_kib'] / 1024:.0f} MiB."
        )
    for backend in metas:
        phases = phase_rss(out10, backend)
        if phases:
            lines.append(f"Peak RSS of the service per phase at ×10 ({backend}, MiB): {'; '.join(phases)}.")
    lines += ["", "Raw output: `benches/results/bench-x10/`."]
    print("\n".join(lines))
    return 0


def selftest():
    """Checks the parsers on made-up tool output (CI runs it; the benchmark itself does not)."""
    import contextlib
    import io
    import tempfile

    log = "\n".join([
        "2026-12-02 08:47:09.396 UTC [27506] postgres@other LOG:  execute s1: SELECT 2",
        "2026-12-02 08:47:09.396 UTC [27506] postgres@db LOG:  statement: BEGIN",
        "2026-12-02 08:47:09.397 UTC [27506] postgres@db LOG:  execute __diesel_stmt_4: SELECT a FROM t",
        "\tWHERE b = $1 AND c = $10 AND d = $2",
        "2026-12-02 08:47:09.397 UTC [27506] postgres@db DETAIL:  parameters: $1 = 'O''Hara', $2 = NULL, $10 = '7'",
        "2026-12-02 08:47:09.398 UTC [2222] LOG:  checkpoint starting: time",
        "2026-12-02 08:47:09.399 UTC [27506] postgres@db LOG:  statement: COMMIT",
    ])
    with tempfile.NamedTemporaryFile("w", suffix=".log", delete=False) as f:
        f.write("ignored line before the offset\n" + log + "\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert sql(f.name, len("ignored line before the offset\n"), "db") == 0
    os.unlink(f.name)
    want = "BEGIN;\nSELECT a FROM t\n\tWHERE b = 'O''Hara' AND c = '7' AND d = NULL;\nCOMMIT;\n"
    assert out.getvalue() == want, out.getvalue()

    wrk = """Running 15s test @ http://127.0.0.1:1
  Latency Distribution
     50%  660.00us
     75%    1.20ms
     90%    5.00ms
     99%    1.49s
  225611 requests in 15.01s, 1.2GB read
  Non-2xx or 3xx responses: 3
Requests/sec:  15031.61
"""
    with tempfile.NamedTemporaryFile("w", delete=False) as f:
        f.write(wrk)
    got = wrk_numbers(f.name)
    os.unlink(f.name)
    assert got == {"rps": 15031.61, "p50": 0.66, "p99": 1490.0, "requests": 225611, "non2xx": 3, "socket": ""}, got

    with tempfile.NamedTemporaryFile("w", delete=False) as f:
        f.write("100 50 1000 400 250 3000 100\n")
    got = cpu_per_request(f.name, 1000)
    os.unlink(f.name)
    assert got == (3.0, 2.0, 20.0), got

    summary = {"resources": [
        {"resource": "members", "figures": [
            {"metric": "members_total", "association_id": 1, "dimension_value": None, "value": 5},
            {"metric": "members_total", "association_id": 2, "dimension_value": None, "value": 7},
            {"metric": "members_by_gender", "association_id": 1, "dimension_value": "female", "value": 3},
            {"metric": "members_by_gender", "association_id": 2, "dimension_value": "female", "value": 1},
            {"metric": "members_by_gender", "association_id": 2, "dimension_value": "other", "value": 0}]},
        {"resource": "awards", "figures": [
            {"metric": "honourees", "association_id": None, "dimension_value": None, "value": 4},
            {"metric": "honourees", "association_id": 1, "dimension_value": None, "value": 4},
            {"metric": "nominations_by_programme", "association_id": None, "dimension_value": "other", "value": 0}]},
    ]}
    got = union_figures(summary, ["members_total", "members_by_gender", "honourees", "nominations_by_programme"])
    assert got == {"members_total": 12, "members_by_gender": {"female": 4}, "honourees": 4}, got
    print("bench.py: parsers check out")
    return 0


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    commands = {"check": check, "paths": paths, "sql": sql, "report": report, "growth": growth, "buffers": buffers,
                "selftest": selftest}
    return commands[cmd](*args)


if __name__ == "__main__":
    sys.exit(main())
