#!/usr/bin/env python3
"""Builds what the Dockerfile's build stage builds, from exactly the files it copies.

No container engine runs where CI does, so the image's build is checked without one: the
build stage's `COPY` lines (those from the build context) are laid out in a temporary folder,
leaving out what `.dockerignore` leaves out, and each of the stage's `RUN cargo …` commands
runs there. Cargo reads every target of the manifest, so a bench, test or build-script file
the image lacks stops the build here as it would in the image. Files that change what is
built without stopping it must be copied too: `.cargo/config.toml` (SQLite's compile options).

The commands run in the dev profile (`--release` dropped) with CI's target folder, so that the
dependencies CI already built are reused: which files the build reads is what is checked, not
the optimised code.

Usage: container_check.py [--target-dir DIR]     (exit 1 with the reason when it would fail)
       container_check.py selftest
"""

import fnmatch
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

MUST_COPY = [".cargo/config.toml"]


def logical_lines(text):
    """The Dockerfile's instructions: continuation lines joined, comments left out."""
    out, current = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        out.append(current + line)
        current = ""
    if current:
        out.append(current)
    return out


def build_stage(text):
    """(workdir, copies, cargo commands) of the first stage: copies are (sources, destination)."""
    workdir, copies, commands, stages = "/", [], [], 0
    for line in logical_lines(text):
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "FROM":
            stages += 1
            if stages > 1:
                break
        elif word == "WORKDIR":
            workdir = os.path.join(workdir, rest.strip())
        elif word in ("COPY", "ADD"):
            args = shlex.split(rest)
            if any(a.startswith("--from") for a in args):
                continue
            args = [a for a in args if not a.startswith("--")]
            copies.append((args[:-1], args[-1]))
        elif word == "RUN":
            for part in rest.split("&&"):
                part = part.strip()
                if part.startswith("cargo "):
                    commands.append(shlex.split(part))
    return workdir, copies, commands


def ignored_by(patterns, path):
    """Whether `.dockerignore`'s patterns leave `path` (relative, with `/`) out."""
    for pattern in patterns:
        pattern = pattern.strip("/")
        if fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/"):
            return True
    return False


def dockerignore(context):
    path = os.path.join(context, ".dockerignore")
    if not os.path.exists(path):
        return []
    patterns = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    if any(p.startswith("!") for p in patterns):
        sys.exit("container check: `!` patterns in .dockerignore are not supported here")
    return patterns


def lay_out(context, workdir, copies, patterns, into):
    """Copies what the stage copies into `into` (the stage's WORKDIR); returns the paths laid out."""
    laid = []
    for sources, destination in copies:
        target = destination if destination.startswith("/") else os.path.join(workdir, destination)
        rel_target = os.path.relpath(target, workdir)
        for source in sources:
            origin = os.path.join(context, source)
            if not os.path.exists(origin):
                sys.exit(f"container check: COPY {source}: not in the build context")
            many = len(sources) > 1 or destination.endswith("/")
            base = os.path.join(into, rel_target, os.path.basename(source.rstrip("/")) if many else "")
            if os.path.isdir(origin):
                for root, _, files in os.walk(origin):
                    for name in files:
                        path = os.path.relpath(os.path.join(root, name), context).replace(os.sep, "/")
                        if ignored_by(patterns, path):
                            continue
                        inner = os.path.relpath(os.path.join(root, name), origin)
                        dest = os.path.join(base if many else os.path.join(into, rel_target), inner)
                        os.makedirs(os.path.dirname(dest), exist_ok=True)
                        shutil.copy2(os.path.join(root, name), dest)
                        laid.append(os.path.relpath(dest, into).replace(os.sep, "/"))
            elif not ignored_by(patterns, source):
                dest = base if many else os.path.join(into, rel_target)
                os.makedirs(os.path.dirname(dest) or into, exist_ok=True)
                shutil.copy2(origin, dest)
                laid.append(os.path.relpath(dest, into).replace(os.sep, "/"))
    return laid


def check(context, target_dir):
    workdir, copies, commands = build_stage(open(os.path.join(context, "Dockerfile"), encoding="utf-8").read())
    if not commands:
        sys.exit("container check: the build stage runs no cargo command")
    patterns = dockerignore(context)
    with tempfile.TemporaryDirectory() as tmp:
        laid = lay_out(context, workdir, copies, patterns, tmp)
        for path in MUST_COPY:
            if os.path.exists(os.path.join(context, path)) and path not in laid:
                sys.exit(f"container check: the image does not get {path}, so it builds other code than CI tests")
        env = dict(os.environ, CARGO_TARGET_DIR=target_dir)
        for command in commands:
            command = [c for c in command if c != "--release"]
            print("container check:", " ".join(command), f"({len(laid)} files laid out)", flush=True)
            if subprocess.run(command, cwd=tmp, env=env).returncode != 0:
                sys.exit(f"container check: `{' '.join(command)}` fails on the files the Dockerfile copies")
    print("container check: the build stage builds from the files it copies")


def selftest():
    dockerfile = (
        "FROM rust AS build\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock ./\nCOPY src ./src\n"
        "COPY --from=x /a /b\nRUN apt-get update && cargo build --release \\\n    --locked\n"
        "FROM debian\nCOPY x /y\nRUN cargo test\n"
    )
    workdir, copies, commands = build_stage(dockerfile)
    assert workdir == "/src", workdir
    assert copies == [(["Cargo.toml", "Cargo.lock"], "./"), (["src"], "./src")], copies
    assert commands == [["cargo", "build", "--release", "--locked"]], commands
    with tempfile.TemporaryDirectory() as context, tempfile.TemporaryDirectory() as into:
        for path in ["Cargo.toml", "Cargo.lock", "src/main.rs", "src/a/b.rs", "src/a/skip.tmp"]:
            os.makedirs(os.path.dirname(os.path.join(context, path)) or context, exist_ok=True)
            open(os.path.join(context, path), "w").close()
        laid = sorted(lay_out(context, workdir, copies, ["*.tmp", "src/**/*.tmp", "src/a/skip.tmp"], into))
        assert laid == ["Cargo.lock", "Cargo.toml", "src/a/b.rs", "src/main.rs"], laid
    print("container check selftest: passes")


def main(argv):
    if argv[1:] == ["selftest"]:
        selftest()
        return
    target_dir = os.path.abspath("target")
    if len(argv) == 3 and argv[1] == "--target-dir":
        target_dir = os.path.abspath(argv[2])
    check(os.getcwd(), target_dir)


if __name__ == "__main__":
    main(sys.argv)
