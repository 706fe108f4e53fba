#!/usr/bin/env python3
"""Memory attacks (issue 26), run by .ci/run against the built service binary.

Each attack is a request an attacker could send (most need no login, the rest only an
association manager's), sent once and then 16 at once, each time to a freshly started service
whose peak resident memory is read from /proc. The budget: no attack, alone or 16 at once,
lifts the service's peak RSS more than 64 MiB over its idle RSS, and every answer is the
expected refusal (a 413 or 422 problem, or a 503 with Retry-After for uploads that waited their
turn too long). Exits 1 when an attack breaks the budget.

    python3 scripts/attack.py target/debug/lienhiep [--database-url URL] [--json FILE]
                              [--only NAME] [--no-check]

With --database-url the service runs on that (empty or migrated) database; otherwise on a
SQLite file in a temporary folder. --no-check reports without failing (for the figures of an
older build). Only the standard library is used.
"""

import argparse
import gzip
import http.client
import io
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from faults import Service, request  # noqa: E402

MIB = 1 << 20
BUDGET = 64 * MIB
AT_ONCE = 16
PASSWORD = "attack admin passphrase 1"


def log(message):
    print(f"[attack] {message}", flush=True)


def status_of(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} for {pid}")


def reset_peak(pid):
    """Resets VmHWM to the current RSS (Linux 4.0+); False when not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


class Peak:
    """The peak RSS of a process while a block runs: VmHWM after a reset, or sampling."""

    def __init__(self, pid):
        self.pid, self.samples, self.stop = pid, [], threading.Event()

    def __enter__(self):
        self.hwm = reset_peak(self.pid)
        self.start = status_of(self.pid, "VmRSS")
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self):
        while not self.stop.is_set():
            try:
                self.samples.append(status_of(self.pid, "VmRSS"))
            except (OSError, RuntimeError):
                return
            time.sleep(0.005)

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        sampled = max(self.samples + [self.start])
        self.peak = max(sampled, status_of(self.pid, "VmHWM")) if self.hwm else sampled


def send(base, method, path, body, headers, timeout=300):
    """Sends a request whose body may be large, in pieces; the status, headers and body of the
    answer, or ("closed", {}, error) when the connection ended first."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        conn.putrequest(method, path)
        for name, value in headers.items():
            conn.putheader(name, value)
        if body is not None and "Content-Length" not in headers:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if body is not None:
            view = memoryview(body)
            for i in range(0, len(view), 256 * 1024):
                try:
                    conn.send(view[i:i + 256 * 1024])
                except (BrokenPipeError, ConnectionResetError):
                    break  # answered before the whole body went: read the answer
        res = conn.getresponse()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
    except (OSError, http.client.HTTPException) as e:
        return "closed", {}, repr(e).encode()
    finally:
        conn.close()


def xlsx_with_one_cell(size):
    """A workbook whose first sheet's second row has one shared string of `size` bytes."""
    out = io.BytesIO()
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>external_id</t>'
             '</is></c><c r="B1" t="inlineStr"><is><t>full_name</t></is></c></row><row r="2"><c r="A2" '
             't="inlineStr"><is><t>A1</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
                   '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
                   '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
                   '"xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
                   'sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
            chunk = b"A" * MIB
            for _ in range(size // MIB):
                f.write(chunk)
            f.write(b"</t></si></sst>")
    return out.getvalue()


def attacks():
    """(name, who, method, path, body, headers, expected statuses). `who` is None (anonymous),
    "admin" or "manager"; paths may hold {association}."""
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    big_form = b"grant_type=password&username=" + b"a" * (50 * MIB)
    bomb_json = gzip.compress(b"[" + b" " * (63 * MIB) + b"]", 9)
    zeros = b"[" + b"0," * (4 * MIB - 1) + b"0]"
    big_json = json.dumps({"name": "x" * (50 * MIB), "kind": "member_association"}).encode()
    xlsx = xlsx_with_one_cell(160 * MIB)
    sync = "/api/v1/associations/{association}/roster/sync"
    row = "workshop;Hội thảo khoa học;association;2019-10-18;Mộc Châu;120;co_organised\n".encode()
    import_csv = "kind;title;organiser_kind;starts_on;place;participants;union_role\n".encode() + row * (60 * MIB // len(row))
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return [
        ("token: 50 MiB form", None, "POST", "/api/v1/auth/token", big_form, form, {413}),
        ("revoke: 50 MiB form", None, "POST", "/api/v1/auth/revoke", big_form, form, {413}),
        (f"token: gzip {len(bomb_json) // 1024} KiB -> 63 MiB", None, "POST", "/api/v1/auth/token", bomb_json,
         {**form, "Content-Encoding": "gzip"}, {413}),
        ("associations: gzip -> 63 MiB", "admin", "POST", "/api/v1/associations", bomb_json,
         {"Content-Type": "application/json", "Content-Encoding": "gzip"}, {413}),
        ("associations: 50 MiB JSON with Idempotency-Key", "admin", "POST", "/api/v1/associations", big_json,
         {"Content-Type": "application/json", "Idempotency-Key": "attack-{n}"}, {413}),
        (f"roster: XLSX {len(xlsx) // 1024} KiB, one 160 MiB cell", "manager", "POST", sync, xlsx,
         {"Content-Type": xlsx_type}, {422}),
        ("roster: 8 MiB JSON [0,0,...]", "manager", "POST", sync, zeros,
         {"Content-Type": "application/json"}, {422}),
        (f"roster: [0,0,...] gzip {len(gzip.compress(zeros, 9)) // 1024} KiB -> 8 MiB", "manager", "POST", sync,
         gzip.compress(zeros, 9), {"Content-Type": "application/json", "Content-Encoding": "gzip"}, {422}),
        ("roster: 60 MiB CSV with Idempotency-Key", "manager", "POST", sync,
         b"shoe size,hat size\n" + b"42,7\n" * (60 * MIB // 5), {"Content-Type": "text/csv", "Idempotency-Key": "csv-{n}"},
         {422}),
        ("activities import: 60 MiB CSV", "admin", "POST", "/api/v1/activities/import", import_csv,
         {"Content-Type": "text/csv"}, {422}),
        ("activities import: 8 MiB JSON [0,0,...]", "admin", "POST", "/api/v1/activities/import", zeros,
         {"Content-Type": "application/json"}, {422}),
    ]


def login(base, username):
    body = f"grant_type=password&username={username}&password={PASSWORD.replace(' ', '+')}".encode()
    status, _, answer = send(base, "POST", "/api/v1/auth/token", body,
                             {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:
        raise SystemExit(f"login as {username}: {status} {answer[:300]!r}")
    return json.loads(answer)["access_token"]


def prepare(binary, database_url, root):
    """Creates the users and an association once; the service is started anew per run."""
    service = Service(binary, database_url, root, {"LIENHIEP_LOG": "error"})
    service.cli("user", "create", "--username", "attack.admin", "--role", "admin", stdin=PASSWORD + "\n")
    service.start()
    admin = login(service.base, "attack.admin")
    res = request(service.base, "POST", "/api/v1/associations",
                  {"name": "Hội bị tấn công", "kind": "member_association"}, token=admin)
    association = res.json()["id"]
    service.signal(15)
    service.wait()
    service.cli("user", "create", "--username", "attack.manager", "--role", "association_manager",
                "--association-id", str(association), stdin=PASSWORD + "\n")
    return association


def run(binary, database_url, root, attack, association, at_once):
    name, who, method, path, body, headers, expected = attack
    service = Service(binary, database_url, root, {"LIENHIEP_LOG": "error"})
    service.start()
    try:
        tokens = {w: login(service.base, f"attack.{w}") for w in ("admin", "manager")}
        # Warm up: a few ordinary requests, so that idle means "after serving".
        for _ in range(3):
            request(service.base, "GET", "/api/v1/associations", token=tokens["admin"])
        time.sleep(0.3)
        idle = status_of(service.process.pid, "VmRSS")
        answers = [None] * at_once

        def one(i):
            h = {k: v.replace("{n}", str(i)) for k, v in headers.items()}
            if who:
                h["Authorization"] = f"Bearer {tokens[who]}"
            started = time.monotonic()
            status, answer_headers, answer = send(service.base, method, path.format(association=association), body, h)
            answers[i] = (status, answer_headers, answer, time.monotonic() - started)

        with Peak(service.process.pid) as peak:
            threads = [threading.Thread(target=one, args=(i,)) for i in range(at_once)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        alive = service.alive()
    finally:
        if service.alive():
            service.signal(15)
            service.wait()
    statuses = {}
    problems = []
    for status, answer_headers, answer, _ in answers:
        statuses[status] = statuses.get(status, 0) + 1
        ok = status in expected or (status == 503 and who and "retry-after" in answer_headers)
        if not ok:
            problems.append(f"answered {status}: {answer[:200]!r}")
        elif isinstance(status, int) and answer_headers.get("content-type") != "application/problem+json":
            problems.append(f"{status} without problem+json")
    if not alive:
        problems.append("the service died")
    return {
        "attack": name,
        "at_once": at_once,
        "idle_mib": round(idle / MIB, 1),
        "peak_mib": round(peak.peak / MIB, 1),
        "over_idle_mib": round((peak.peak - idle) / MIB, 1),
        "answers": {str(k): v for k, v in sorted(statuses.items(), key=str)},
        "slowest_s": round(max(a[3] for a in answers), 2),
        "problems": sorted(set(problems)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--database-url")
    parser.add_argument("--json")
    parser.add_argument("--only")
    parser.add_argument("--no-check", action="store_true")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = tempfile.mkdtemp(prefix="lienhiep-attack-")
    results = []
    try:
        database_url = args.database_url or f"sqlite://{root}/attack.db"
        backend = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
        association = prepare(binary, database_url, root)
        for attack in attacks():
            if args.only and args.only not in attack[0]:
                continue
            for at_once in (1, AT_ONCE):
                result = run(binary, database_url, root, attack, association, at_once)
                result["backend"] = backend
                results.append(result)
                verdict = "ok" if result["over_idle_mib"] <= BUDGET / MIB and not result["problems"] else "OVER"
                log(f"{backend:10} {result['attack']:48} x{at_once:<2} +{result['over_idle_mib']:7.1f} MiB "
                    f"(idle {result['idle_mib']} MiB) {result['answers']} {result['slowest_s']} s {verdict} "
                    f"{'; '.join(result['problems'])}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    failed = [r for r in results if r["over_idle_mib"] > BUDGET / MIB or r["problems"]]
    if failed and not args.no_check:
        log(f"FAILED: {len(failed)} of {len(results)} runs broke the budget of {BUDGET // MIB} MiB or answered wrong")
        sys.exit(1)
    log(f"{len(results) - len(failed)} of {len(results)} runs within {BUDGET // MIB} MiB over idle")


if __name__ == "__main__":
    main()
