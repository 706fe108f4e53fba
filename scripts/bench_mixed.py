#!/usr/bin/env python3
"""The mixed-load benchmark's driver (issue 36), run by scripts/bench-mixed.

  bench_mixed.py run OUT.json BASE TOKEN PID PATHS_DIR SECONDS CONNECTIONS MODE
      MODE `reads`: only the readers; `mixed`: the readers, a writer adding a member every
      50 ms and a re-sync of a 5,000-row roster every 20 s. The readers: wrk at CONNECTIONS
      connections, each asking a member search, a cursor page, one association and the
      statistics summary in turn, each request given up after 2 s; beside them a prober asks
      the summary every 100 ms on its own connection (the summary's own p99). The
      service's RSS is sampled every second.
  bench_mixed.py recompute OUT.json BASE TOKEN ASSOCIATION YEAR
      With the service otherwise idle, 20 times: add a member, then time the summary and
      (after another member) the ten-year series with fresh=true: what one write costs.
  bench_mixed.py report RESULTS_DIR        the markdown tables of every run found there
  bench_mixed.py selftest

Only the standard library: it runs wherever python3 and wrk do.
"""

import csv
import io
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

WRITE_EVERY = 0.05
SYNC_EVERY = 20.0
TIMEOUT = "2s"


def request(base, token, method, path, body=None, content_type=None, timeout=30):
    headers = {"Authorization": f"Bearer {token}"}
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status, res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
        return 0, str(e).encode()


def writer(base, token, association, stop, out):
    """A member every 50 ms on a fixed schedule, on one kept-alive connection, as a generated
    client sends them. The ticks that pass while a write is under way are missed (not made up);
    the writer's own lateness in waking up does not move the schedule."""
    import http.client
    host = base.split("//", 1)[1]
    done = 0
    latencies = []
    start = time.monotonic()
    tick = 0
    conn = None
    while not stop.is_set():
        body = json.dumps({"full_name": f"Nguyễn Văn Ghi {tick}", "gender": "male", "education_level": "master"})
        t = time.monotonic()
        try:
            conn = conn or http.client.HTTPConnection(host, timeout=10)
            conn.request("POST", f"/api/v1/associations/{association}/members", body.encode(),
                         {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
            res = conn.getresponse()
            res.read()
            done += res.status == 201
        except (TimeoutError, OSError, http.client.HTTPException):
            conn = None
        now = time.monotonic()
        latencies.append(now - t)
        tick = next_tick(tick, start, now)
        stop.wait(max(0.0, start + tick * WRITE_EVERY - now))
    asked = int((time.monotonic() - start) / WRITE_EVERY)
    out.update(writes_asked=asked, writes_done=done, write_p99=percentile(latencies, 99),
               write_p50=percentile(latencies, 50), write_max=max(latencies, default=None),
               writes_late=sum(1 for x in latencies if x > WRITE_EVERY))


def next_tick(tick, start, now):
    """The writer's next tick after `tick`: the first one that has not passed at `now`."""
    return max(tick + 1, int((now - start) / WRITE_EVERY) + 1)


def changed_roster(original, round_no):
    """The roster with a tenth of its rows' phone number changed (another tenth each round)."""
    rows = list(csv.reader(io.StringIO(original)))
    header, body = rows[0], rows[1:]
    col = next((i for i, h in enumerate(header) if h.strip().lower() in ("phone", "điện thoại")), None)
    if col is not None:
        for i, row in enumerate(body):
            if i % 10 == round_no % 10 and col < len(row):
                row[col] = f"09{round_no % 100:02d}{i % 1000000:06d}"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header] + body)
    return buf.getvalue().encode("utf-8")


def syncer(base, token, association, roster, stop, out):
    syncs = []
    round_no = 0
    while not stop.is_set():
        round_no += 1
        t = time.monotonic()
        status, body = request(base, token, "POST", f"/api/v1/associations/{association}/roster/sync",
                               changed_roster(roster, round_no), "text/csv", timeout=120)
        syncs.append({"status": status, "seconds": round(time.monotonic() - t, 2)})
        stop.wait(max(0.0, t + SYNC_EVERY - time.monotonic()))
    out.update(syncs=syncs)


def rss_sampler(pid, stop, out):
    samples = []
    start = time.monotonic()
    while not stop.is_set():
        try:
            with open(f"/proc/{pid}/status") as f:
                kib = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
            samples.append((round(time.monotonic() - start, 1), kib))
        except (OSError, StopIteration):
            pass
        stop.wait(1.0)
    out.update(rss=samples)


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def wrk(paths_file, dist_file, connections, seconds, base, token, out_file):
    env = dict(os.environ, BENCH_PATHS=paths_file, BENCH_DIST=dist_file)
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-rotate.lua")
    return subprocess.Popen(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", f"--timeout={TIMEOUT}", "--latency",
         "-H", f"Authorization: Bearer {token}", "-s", script, base],
        env=env, stdout=open(out_file, "w"), stderr=subprocess.STDOUT)


def wrk_counts(path):
    """Requests, non-2xx/3xx answers and timeouts wrk printed."""
    text = open(path).read()
    requests = int(text.split(" requests in ")[0].split()[-1]) if " requests in " in text else 0
    non2xx = 0
    timeouts = 0
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Non-2xx or 3xx responses:"):
            non2xx = int(line.split(":")[1])
        if line.startswith("Socket errors:"):
            for part in line.split(":", 1)[1].split(","):
                name, value = part.split()
                if name == "timeout":
                    timeouts = int(value)
    return requests, non2xx, timeouts


def distribution(path):
    """wrk's latency percentiles (0.0 to 100.0 by 0.1) in microseconds, from bench-rotate.lua."""
    with open(path) as f:
        return [float(x) for x in f.read().split()]


def prober(base, token, path, stop, out):
    """The summary every 100 ms on a connection of its own, timed as a client sees it."""
    import http.client
    host = base.split("//", 1)[1]
    latencies, timeouts, errors = [], 0, 0
    conn = None
    while not stop.is_set():
        t = time.monotonic()
        try:
            conn = conn or http.client.HTTPConnection(host, timeout=2)
            conn.request("GET", path, headers={"Authorization": f"Bearer {token}"})
            res = conn.getresponse()
            res.read()
            latencies.append((time.monotonic() - t) * 1000)
            errors += res.status != 200
        except (TimeoutError, OSError, http.client.HTTPException):
            timeouts += 1
            conn = None
        stop.wait(max(0.0, t + 0.1 - time.monotonic()))
    out.update(summary={"requests": len(latencies) + timeouts, "timeouts": timeouts, "non2xx": errors,
                        "p50_ms": percentile(latencies, 50), "p99_ms": percentile(latencies, 99)})


def run(out_json, base, token, pid, paths_dir, seconds, connections, mode):
    seconds, connections, pid = int(seconds), int(connections), int(pid)
    setup = json.load(open(os.path.join(paths_dir, "setup.json")))
    stop = threading.Event()
    result = {"mode": mode, "seconds": seconds, "connections": connections}
    summary_path = open(os.path.join(paths_dir, "summary.txt")).read().strip()
    threads = [threading.Thread(target=rss_sampler, args=(pid, stop, result)),
               threading.Thread(target=prober, args=(base, token, summary_path, stop, result))]
    if mode == "mixed":
        roster = open(os.path.join(paths_dir, "roster.csv"), encoding="utf-8-sig").read()
        threads.append(threading.Thread(target=writer, args=(base, token, setup["writer_association"], stop, result)))
        threads.append(threading.Thread(target=syncer, args=(base, token, setup["sync_association"], roster, stop, result)))
    for t in threads:
        t.start()
    reads = wrk(os.path.join(paths_dir, "reads.txt"), out_json + ".reads.dist", connections, seconds, base, token,
                out_json + ".reads.txt")
    reads.wait()
    stop.set()
    for t in threads:
        t.join()
    n, non2xx, timeouts = wrk_counts(out_json + ".reads.txt")
    curve = distribution(out_json + ".reads.dist")
    result["all"] = {"requests": n, "per_second": round(n / seconds, 1), "timeouts": timeouts, "non2xx": non2xx,
                     "p50_ms": curve[500] / 1000, "p99_ms": curve[990] / 1000}
    json.dump(result, open(out_json, "w"), indent=1)
    print(json.dumps({k: result[k] for k in ("all", "summary")}), file=sys.stderr)
    return 0


def recompute(out_json, base, token, association, year):
    year = int(year)
    timings = {"summary": [], "series": []}
    paths = {"summary": f"/api/v1/statistics/summary?year={year}&fresh=true",
             "series": f"/api/v1/statistics/series?metric=members_total&from={year - 9}&to={year}&fresh=true"}
    for n in range(20):
        for kind in ("summary", "series"):
            body = json.dumps({"full_name": f"Trần Thị Đo {kind} {n}", "gender": "female"}).encode()
            status, _ = request(base, token, "POST", f"/api/v1/associations/{association}/members", body,
                                "application/json")
            assert status == 201, status
            t = time.monotonic()
            status, answer = request(base, token, "GET", paths[kind])
            timings[kind].append((time.monotonic() - t) * 1000)
            # A build without `fresh` ignores it and computes every answer at the current version.
            assert status == 200 and json.loads(answer).get("stale") is not True, (status, answer[:200])
    result = {k: {"median_ms": round(percentile(v, 50), 1), "max_ms": round(max(v), 1)} for k, v in timings.items()}
    json.dump(result, open(out_json, "w"), indent=1)
    print(json.dumps(result), file=sys.stderr)
    return 0


def quarter_peaks(rss):
    """The RSS peak (MiB) of the second and of the last quarter of the run."""
    if not rss:
        return None, None
    end = rss[-1][0]
    q2 = [k for t, k in rss if end / 4 <= t < end / 2]
    q4 = [k for t, k in rss if t >= end * 3 / 4]
    return (max(q2) / 1024 if q2 else None), (max(q4) / 1024 if q4 else None)


def report(results_dir):
    runs = {}
    for name in sorted(os.listdir(results_dir)):
        if name.endswith(".json") and name.count("-") == 2 and not name.startswith("recompute-"):
            label, backend, mode = name[:-5].split("-")
            runs[(backend, label, mode)] = json.load(open(os.path.join(results_dir, name)))
    meta = json.load(open(os.path.join(results_dir, "meta.json")))
    lines = [
        f"Machine: {meta['machine']}. PostgreSQL: {meta['postgres']}. Data: {meta['data']}. "
        f"{meta['connections']} read connections (wrk), each asking a member search, a cursor page, one "
        "association and the statistics summary of this year in turn, every request abandoned after 2 s; "
        "beside them a prober asking the summary every 100 ms on its own connection (its p99 is the "
        f"summary's); {meta['seconds']} s per run. Mixed: the same reads, a writer adding a member every "
        "50 ms on a fixed schedule (a write that outlasts a tick misses it) and a re-sync of a 5,000-row roster (a tenth of its rows changed) every 20 s. Each "
        "binary ran on a fresh copy of the same database. Commit: before "
        f"{meta['before']}, after {meta['after']}.",
        "",
        "| backend | build | run | reads/s | under writes vs read-only | read p99 | summary p99 (prober) | no answer in 2 s | "
        "errors | writes done / asked | syncs done (s each) | RSS MiB: start, Q2 peak, Q4 peak |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    recomputes = []
    for name in sorted(os.listdir(results_dir)):
        if name.startswith("recompute-") and name.endswith(".json"):
            _, label, backend = name[:-5].split("-")
            r = json.load(open(os.path.join(results_dir, name)))
            recomputes.append(f"| {backend} | {label} | {r['summary']['median_ms']} ms ({r['summary']['max_ms']} ms) | "
                              f"{r['series']['median_ms']} ms ({r['series']['max_ms']} ms) |")
    for (backend, label, mode), r in sorted(runs.items(), key=lambda kv: (kv[0][0], kv[0][1] != "before", kv[0][2] != "reads")):
        ratio = ""
        if mode == "mixed" and (backend, label, "reads") in runs:
            ro = runs[(backend, label, "reads")]["all"]["per_second"]
            ratio = f"{100 * r['all']['per_second'] / ro:.0f} %" if ro else ""
        writes = f"{r['writes_done']:,} / {r['writes_asked']:,}" if "writes_done" in r else ""
        if r.get("write_max") is not None:
            writes += (f" (p50 {1000 * r['write_p50']:.0f} ms, p99 {1000 * r['write_p99']:.0f} ms, longest "
                       f"{1000 * r['write_max']:.0f} ms, {r['writes_late']:,} over 50 ms)")
        syncs = ""
        if "syncs" in r:
            ok = [s for s in r["syncs"] if s["status"] == 200 or s["status"] == 202]
            syncs = f"{len(ok)} of {len(r['syncs'])} ({', '.join(str(s['seconds']) for s in r['syncs'])})"
        q2, q4 = quarter_peaks(r["rss"])
        start = r["rss"][0][1] / 1024 if r["rss"] else 0
        rss = f"{start:.0f}, {q2:.0f}, {q4:.0f}" if q2 and q4 else ""
        sm = r["summary"]
        summary_p99 = f"{sm['p99_ms']:.1f} ms" if sm["p99_ms"] is not None else "none answered"
        if sm["timeouts"]:
            summary_p99 += f" ({sm['timeouts']} of {sm['requests']} not in 2 s)"
        lines.append(
            f"| {backend} | {label} | {mode} | {r['all']['per_second']:,} | {ratio} | {r['all']['p99_ms']:.1f} ms | "
            f"{summary_p99} | {r['all']['timeouts']:,} | {r['all']['non2xx'] + sm['non2xx']:,} | {writes} | "
            f"{syncs} | {rss} |")
    if recomputes:
        lines += ["", "What one write costs a client that asks for the newest figures (`fresh=true`), the service "
                  "otherwise idle: a member added, then the summary of this year or the ten-year series of "
                  "`members_total`, timed over HTTP; median (max) of 20.", "",
                  "| backend | build | summary after a write | series after a write |", "|---|---|---|---|"]
        lines += recomputes
    print("\n".join(lines))
    return 0


def selftest():
    assert percentile([3, 1, 2], 50) == 2
    roster = "Họ và tên,Điện thoại\nA,x\nB,y\n"
    changed = changed_roster(roster, 1).decode()
    assert "0901000001" in changed and changed.count("\n") == 3, changed
    assert next_tick(0, 0.0, 0.02) == 1 and next_tick(3, 0.0, 0.21) == 5 and next_tick(7, 0.0, 0.30) == 8
    assert quarter_peaks([(0, 1024), (30, 2048), (60, 1024), (90, 4096), (120, 1024)]) == (2.0, 4.0)
    print("bench_mixed.py selftest: ok")
    return 0


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "run":
        return run(*args)
    if cmd == "recompute":
        return recompute(*args)
    if cmd == "report":
        return report(*args)
    if cmd == "selftest":
        return selftest()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
