#!/usr/bin/env python3
"""Helpers of scripts/bench-search (standard library only).

  bench_search.py alone BASE TOKEN PATHS   each path alone, 9 times: the median ms, as JSON
  bench_search.py report OUT               the summary table of the results in OUT
  bench_search.py selftest                 checks the report on made-up results
"""
import glob
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import wrk_numbers  # noqa: E402


def alone(base, token, paths):
    out = {}
    for path in open(paths).read().split():
        times = []
        for _ in range(9):
            req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
            start = time.perf_counter()
            with urllib.request.urlopen(req, timeout=60) as res:
                res.read()
            times.append((time.perf_counter() - start) * 1000)
        q = urllib.parse.parse_qs(urllib.parse.urlparse(path).query).get("q", [""])[0]
        out[q] = round(statistics.median(times), 2)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    return 0


def report(out):
    runs = {}
    for path in sorted(glob.glob(os.path.join(out, "*-*-*.txt"))):
        name = os.path.basename(path)[:-4]
        if name.startswith("demo-"):
            continue
        backend, build, round_ = name.rsplit("-", 2)
        numbers = wrk_numbers(path)
        rss = open(path[:-4] + ".rss").read().strip()
        numbers["rss_mib"] = round(int(rss) / 1024) if rss else None
        numbers["alone"] = json.load(open(path[:-4] + ".alone.json"))
        runs.setdefault(backend, {}).setdefault(build, []).append((int(round_), numbers))
    lines = ["| backend | build | round | searches/s | p50 ms | p99 ms | errors | peak RSS MiB | slowest alone |",
             "|---|---|---|---|---|---|---|---|---|"]
    for backend, builds in runs.items():
        for build, rounds in builds.items():
            for round_, n in sorted(rounds):
                slow_q, slow_ms = max(n["alone"].items(), key=lambda kv: kv[1])
                errors = n["non2xx"] + (1 if n["socket"] else 0)
                lines.append(f"| {backend} | {build} | {round_} | {n['rps']:.0f} | {n['p50']:.1f} | "
                             f"{n['p99']:.1f} | {errors} | {n['rss_mib']} | {slow_q!r} {slow_ms} ms |")
    lines.append("")
    for backend, builds in runs.items():
        queries = list(next(iter(builds.values()))[0][1]["alone"])
        names = list(builds)
        lines.append(f"Each search alone on {backend} (median of 9, ms, last round):")
        lines.append("")
        lines.append("| q | " + " | ".join(names) + " |")
        lines.append("|---|" + "---|" * len(names))
        for q in queries:
            cells = [str(sorted(builds[b])[-1][1]["alone"].get(q, "")) for b in names]
            lines.append(f"| `{q}` | " + " | ".join(cells) + " |")
        lines.append("")
    print("\n".join(lines))
    return 0


WRK = """Running 15s test @ http://127.0.0.1:18961
  Latency Distribution
     50%   66.01ms
     75%   84.62ms
     90%  103.87ms
     99%  1.72s
  6694 requests in 15.03s, 188.92MB read
Requests/sec:    445.28
"""


def selftest():
    with tempfile.TemporaryDirectory() as out:
        for name in ["sqlite-before-1", "sqlite-after-1"]:
            open(os.path.join(out, name + ".txt"), "w").write(WRK)
            open(os.path.join(out, name + ".rss"), "w").write("204800\n")
            json.dump({"an": 1.5, "tran thi": 9.25}, open(os.path.join(out, name + ".alone.json"), "w"))
        open(os.path.join(out, "demo-sqlite.txt"), "w").write("made\n")
        import contextlib
        import io
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            report(out)
        text = buf.getvalue()
        assert "| sqlite | before | 1 | 445 | 66.0 | 1720.0 | 0 | 200 | 'tran thi' 9.25 ms |" in text, text
        assert "| `tran thi` | 9.25 | 9.25 |" in text, text
    print("bench_search.py selftest: ok")
    return 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    sys.exit({"alone": alone, "report": report, "selftest": selftest}[command](*args))
