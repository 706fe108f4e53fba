#!/usr/bin/env python3
"""Fault scenarios (issue 13), run by .ci/run against the built service binary.

1. database-outage (PostgreSQL): under load, the database is stopped. Every answer is a 2xx
   or a 503 problem with Retry-After; the service does not crash; when the database returns
   it answers again by itself; every write that was answered 201 is there.
2. kill-during-sync (SQLite and PostgreSQL): a 30,000-row roster sync, as a background job and
   as a plain request, is interrupted by SIGKILL, and another by SIGTERM. After a restart the
   association holds none or all of the rows, never part; an interrupted job is marked failed.

PostgreSQL runs as a throwaway cluster of its own (initdb in a temporary folder, another
port), never the shared one. Only the standard library is used.

    python3 scripts/faults.py target/debug/lienhiep
"""

import csv
import io
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROWS = 30_000
PASSWORD = "fault admin passphrase 1"


def log(message):
    print(f"[faults] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fail(message):
    log(f"FAILED: {message}")
    sys.exit(1)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def request(base, method, path, body=None, token=None, content_type="application/json", timeout=120):
    data = None
    headers = {}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return Response(res.status, res.headers, res.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


class PgCluster:
    """A PostgreSQL cluster in a temporary folder, on its own port."""

    def __init__(self, root):
        bindir = os.environ.get("PG_BINDIR") or self._bindir()
        self.pg_ctl = os.path.join(bindir, "pg_ctl")
        self.dir = os.path.join(root, "pg")
        self.port = free_port()
        os.makedirs(self.dir)
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            os.chmod(root, 0o755)
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self._run([os.path.join(bindir, "initdb"), "-D", self.dir, "-A", "trust", "-U", "postgres", "--no-sync"])
        self.start()

    @staticmethod
    def _bindir():
        base = "/usr/lib/postgresql"
        versions = sorted(os.listdir(base), key=lambda v: int(v.split(".")[0]))
        return os.path.join(base, versions[-1], "bin")

    def _run(self, args):
        if self.as_postgres:
            args = ["runuser", "-u", "postgres", "--"] + args
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run([self.pg_ctl, "-D", self.dir, "-o", options, "-l", os.path.join(self.dir, "log"), "-w", "start"])

    def stop(self):
        self._run([self.pg_ctl, "-D", self.dir, "-m", "fast", "-w", "stop"])

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        subprocess.run(["psql", "-q", self.url("postgres"), "-c", f'CREATE DATABASE "{name}"'], check=True)


class Service:
    """The service binary on a fresh port with a given database."""

    def __init__(self, binary, database_url, data_dir, extra_env=None):
        self.binary = binary
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ)
        self.env.update({
            "DATABASE_URL": database_url,
            "LIENHIEP_DATA_DIR": data_dir,
            "LIENHIEP_BIND": f"127.0.0.1:{self.port}",
            "LIENHIEP_LOG": "warn",
            "LIENHIEP_JWT_SECRET": "fault-scenarios-secret-0123456789abcdef0123456789",
            "LIENHIEP_ID_HASH_KEY": "fault-scenarios-id-hash-key-0123456789abcdef01234",
            "LIENHIEP_ACCESS_TOKEN_TTL_SECS": "3600",
            "LIENHIEP_WRITES_PER_MINUTE": "0",
            "LIENHIEP_DB_POOL_TIMEOUT_SECS": "1",
            # A 30,000-row file is synced in the request unless async=true.
            "LIENHIEP_SYNC_JOB_ROWS": "100000",
        })
        self.env.update(extra_env or {})
        self.log_path = os.path.join(data_dir, "service.log")
        os.makedirs(data_dir, exist_ok=True)
        self.process = None

    def cli(self, *args, stdin=None):
        return subprocess.run([self.binary, *args], env=self.env, input=stdin, capture_output=True, text=True, check=True)

    def start(self):
        self.log = open(self.log_path, "a")
        self.process = subprocess.Popen([self.binary, "serve"], env=self.env, stdout=self.log, stderr=self.log)
        for _ in range(300):
            try:
                if request(self.base, "GET", "/readyz", timeout=2).status == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        fail(f"the service did not start; its log:\n{open(self.log_path).read()}")

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def signal(self, sig):
        self.process.send_signal(sig)

    def wait(self, timeout=60):
        code = self.process.wait(timeout=timeout)
        self.log.close()
        return code

    def token(self):
        self.cli("user", "create", "--username", "fault.admin", "--role", "admin", stdin=PASSWORD + "\n")
        body = urllib.parse.urlencode({"grant_type": "password", "username": "fault.admin", "password": PASSWORD})
        res = request(self.base, "POST", "/api/v1/auth/token", body.encode(),
                      content_type="application/x-www-form-urlencoded")
        if res.status != 200:
            fail(f"login: {res.status} {res.body[:300]}")
        return res.json()["access_token"]


def check_problem(res, status):
    if res.status != status:
        return f"status {res.status}, expected {status}: {res.body[:200]!r}"
    if res.headers.get("Content-Type") != "application/problem+json":
        return f"{status} without problem+json: {res.headers.get('Content-Type')}"
    return None


def database_outage(binary, root, cluster):
    log("database-outage (PostgreSQL): stop the database under load, then start it again")
    cluster.create_database("outage")
    service = Service(binary, cluster.url("outage"), os.path.join(root, "outage"))
    service.start()
    token = service.token()
    stop_load = threading.Event()
    answers = []  # (phase, method, status, retry_after, content_type, id)
    phase = ["before"]
    lock = threading.Lock()

    def load(worker):
        i = 0
        while not stop_load.is_set():
            i += 1
            try:
                if i % 2:
                    res = request(service.base, "GET", "/api/v1/associations?limit=5", token=token, timeout=10)
                else:
                    body = {"name": f"Hội thử tải {worker}-{i}", "kind": "member_association"}
                    res = request(service.base, "POST", "/api/v1/associations", body, token=token, timeout=10)
            except OSError as e:
                with lock:
                    answers.append((phase[0], "?", f"no answer: {e}", None, None, None))
                continue
            created = res.json().get("id") if res.status == 201 else None
            with lock:
                answers.append((phase[0], "GET" if i % 2 else "POST", res.status, res.headers.get("Retry-After"),
                                res.headers.get("Content-Type"), created))
            time.sleep(0.01)

    workers = [threading.Thread(target=load, args=(w,)) for w in range(4)]
    for w in workers:
        w.start()
    time.sleep(2)
    phase[0] = "down"
    cluster.stop()
    log("database stopped")
    time.sleep(4)
    if not service.alive():
        fail("the service exited while the database was down")
    phase[0] = "back"
    cluster.start()
    started = time.time()
    log("database started again")
    recovered = None
    while time.time() - started < 30:
        res = request(service.base, "GET", "/readyz", timeout=5)
        if res.status == 200:
            recovered = time.time() - started
            break
        time.sleep(0.2)
    time.sleep(2)
    stop_load.set()
    for w in workers:
        w.join()
    if recovered is None:
        fail("the service did not answer again within 30 s of the database's return")

    problems = []
    by_phase = {}
    for ph, method, status, retry, ctype, _ in answers:
        by_phase.setdefault(ph, {}).setdefault(status, 0)
        by_phase[ph][status] += 1
        if isinstance(status, str):
            problems.append(f"{ph} {method}: {status}")
        elif status == 503:
            if ctype != "application/problem+json" or not retry:
                problems.append(f"{ph} {method}: 503 without problem+json and Retry-After ({ctype}, {retry})")
        elif status not in (200, 201):
            problems.append(f"{ph} {method}: {status}")
    log(f"answers by phase: {by_phase}")
    if not by_phase.get("down", {}).get(503):
        problems.append("no 503 while the database was down")
    if not any(s in (200, 201) for s in by_phase.get("back", {})):
        problems.append("no success after the database returned")
    if problems:
        fail("; ".join(sorted(set(problems))[:10]))
    # Nothing answered 201 was lost.
    created = [a[5] for a in answers if a[5] is not None]
    for association in created:
        res = request(service.base, "GET", f"/api/v1/associations/{association}", token=token)
        if res.status != 200:
            fail(f"association {association} was answered 201 but reads {res.status}")
    service.signal(signal.SIGTERM)
    service.wait()
    log(f"database-outage: passed ({len(answers)} answers, {len(created)} creates all kept, "
        f"answering again {recovered:.1f} s after the database returned)")


def roster_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["external_id", "full_name", "gender", "birth_date"])
    for i in range(ROWS):
        writer.writerow([f"F-{i:06d}", f"Nguyễn Văn Thử {i}", "male" if i % 2 else "female",
                         f"{1950 + i % 50}-0{1 + i % 9}-1{i % 9}"])
    return out.getvalue().encode()


def members_of(service, token, association):
    res = request(service.base, "GET", f"/api/v1/associations/{association}/roster.csv", token=token,
                  timeout=300)
    if res.status != 200:
        fail(f"roster export: {res.status} {res.body[:200]!r}")
    return max(0, len(res.body.decode("utf-8-sig").strip().splitlines()) - 1)


def kill_during_sync(binary, root, label, database_url):
    log(f"kill-during-sync ({label})")
    data_dir = os.path.join(root, f"kill-{label}")
    service = Service(binary, database_url, data_dir)
    service.start()
    token = service.token()
    body = roster_csv()
    outcomes = []
    for case, sig, background in [("job, SIGKILL", signal.SIGKILL, True),
                                  ("request, SIGKILL", signal.SIGKILL, False),
                                  ("request, SIGTERM", signal.SIGTERM, False),
                                  ("job, SIGTERM", signal.SIGTERM, True)]:
        if not service.alive():
            service.start()
        res = request(service.base, "POST", "/api/v1/associations",
                      {"name": f"Hội bị ngắt {case}", "kind": "member_association"}, token=token)
        if res.status != 201:
            fail(f"create association: {res.status} {res.body[:200]!r}")
        association = res.json()["id"]
        path = f"/api/v1/associations/{association}/roster/sync?mode=upsert"
        job = None
        interrupted_at = None
        if background:
            res = request(service.base, "POST", path + "&async=true", body, token=token, content_type="text/csv")
            if res.status != 202:
                fail(f"{case}: async sync answered {res.status} {res.body[:200]!r}")
            job = res.json()["id"]
            deadline = time.time() + 120
            while time.time() < deadline:
                state = request(service.base, "GET", f"/api/v1/jobs/{job}", token=token).json()
                if state["state"] in ("completed", "failed"):
                    break
                if state.get("phase") == "writing" and state["rows_done"] > ROWS // 10:
                    interrupted_at = f"writing, {state['rows_done']} of {state['rows_total']} rows"
                    break
                time.sleep(0.05)
        else:
            answer = {}

            def send():
                try:
                    answer["res"] = request(service.base, "POST", path, body, token=token,
                                            content_type="text/csv", timeout=300)
                except OSError as e:
                    answer["error"] = str(e)

            sender = threading.Thread(target=send)
            sender.start()
            # Interrupt once the service has been working on the file for a while.
            time.sleep(2.5)
            interrupted_at = "2.5 s after sending" if sender.is_alive() else f"after the answer {answer}"
        service.signal(sig)
        code = service.wait(timeout=90)
        if not background:
            sender.join(timeout=60)
        service.start()
        count = members_of(service, token, association)
        if count not in (0, ROWS):
            fail(f"{case}: after the restart the association holds {count} of {ROWS} rows")
        job_state = None
        if job is not None:
            # On PostgreSQL another replica may be running it: a job is taken for interrupted
            # after a minute without a heartbeat (models::job::STALE_SECS).
            deadline = time.time() + 90
            while True:
                job_state = request(service.base, "GET", f"/api/v1/jobs/{job}", token=token).json()["state"]
                if job_state in ("failed", "completed") or time.time() > deadline:
                    break
                if members_of(service, token, association) != 0:
                    fail(f"{case}: rows appeared while the interrupted job was still listed as running")
                time.sleep(2)
            if (job_state, count) not in (("failed", 0), ("completed", ROWS)):
                fail(f"{case}: job {job_state} with {count} rows")
        outcomes.append(f"{case} at {interrupted_at}: exit {code}, {count} rows after restart"
                        + (f", job {job_state}" if job_state else ""))
    service.signal(signal.SIGTERM)
    service.wait()
    for outcome in outcomes:
        log(f"  {outcome}")
    log(f"kill-during-sync ({label}): passed")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    root = tempfile.mkdtemp(prefix="lienhiep-faults-")
    cluster = None
    try:
        cluster = PgCluster(root)
        database_outage(binary, root, cluster)
        kill_during_sync(binary, root, "SQLite", f"sqlite://{root}/kill.db")
        cluster.create_database("kill")
        kill_during_sync(binary, root, "PostgreSQL", cluster.url("kill"))
        log("all fault scenarios passed")
    finally:
        if cluster is not None:
            try:
                cluster.stop()
            except subprocess.CalledProcessError:
                pass
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
