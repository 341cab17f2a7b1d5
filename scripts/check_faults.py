#!/usr/bin/env python3
"""The bars of issue 20, checked end to end through the ``kgraph`` command, all on
127.0.0.1 and bounded in time: prints PASS or FAIL for each, exits 1 if any fails.

1. ``push`` to ``URL?`` and ``URL#frag`` leaves the server's other named graphs intact
   (a read-write Oxigraph server, the ``server`` extra, is started for it);
2. a 3,000-deep query leaves ``serve`` answering;
3. ``serve`` sends no request to a ``SERVICE`` address;
4. a cartesian ``COUNT`` on ``serve --timeout 3`` is answered or refused within 15 s,
   and the next query answers;
5. two concurrent ``build --update`` runs keep both sets of articles, or one of them
   exits non-zero;
6. SIGKILL or SIGINT at each rename of a store update leaves the old or the new store
   queryable.

    python scripts/check_faults.py            # two minutes on two busy cores
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# two articles, one per concurrent update: sentences of the sample page
ARTICLES = {"left": "公安县召开全县经济工作会议。县委书记冯荆柯出席会议并讲话。",
            "right": "本报讯(记者王凯)松滋市公安局举行退赃大会。"}


def kgraph(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph", *args], capture_output=True, text=True, timeout=timeout,
                          **kwargs)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(url: str, sparql: str | None = None, *, method: str = "POST", data: bytes | None = None,
         content_type: str | None = None, timeout: float = 20) -> tuple[int, str]:
    if sparql is not None:
        data = urllib.parse.urlencode({"query": sparql}).encode()
        content_type = "application/x-www-form-urlencoded"
    headers = {"Accept": "application/sparql-results+json"}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def stop(process: subprocess.Popen) -> int:
    """Ctrl-C, as a user stops ``serve``; its exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


# ---------------------------------------------------------------- 1. push

def check_push(work: Path, graph: Path) -> str:
    from kgraph.graph.serve import oxigraph_command

    port = free_port()
    server = subprocess.Popen([oxigraph_command(), "serve", "--location", str(work / "remote"),
                               "--bind", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert "Listening" in server.stdout.readline()
        for name in ("keep-1", "keep-2"):
            iri = urllib.parse.quote(f"https://example.org/{name}", safe="")
            status, _ = http(f"{base}/store?graph={iri}", method="PUT", content_type="application/n-triples",
                             data=b"<http://x.org/s> <http://x.org/p> <http://x.org/o> .\n")
            assert status in (201, 204), status

        def named() -> dict[str, str]:
            status, body = http(f"{base}/query",
                                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
            assert status == 200, body
            return {b["g"]["value"]: b["n"]["value"] for b in json.loads(body)["results"]["bindings"]}

        before = named()
        outcomes = []
        for endpoint in (f"{base}/store?", f"{base}/store#frag"):
            for chunk in ("1000000", "300"):
                result = kgraph("push", str(graph), "--endpoint", endpoint, "--graph", "https://example.org/g",
                                "--chunk", chunk, timeout=60)
                after = named()
                kept = all(after.get(g) == n for g, n in before.items())
                outcomes.append(f"{endpoint[len(base):]} --chunk {chunk}: exit {result.returncode}")
                if not kept:
                    return f"FAIL: {outcomes[-1]} left {after} (was {before})"
        return "PASS: " + "; ".join(outcomes) + "; the other named graphs intact"
    finally:
        server.terminate()
        server.wait(15)


# ---------------------------------------------------------------- 2-4. serve

def start_serve(graph: Path, *extra: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """``kgraph serve GRAPH`` on a free loopback port: (the process, its query URL)."""
    process = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(graph), "--port", "0", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and "SPARQL endpoint at" not in line and process.poll() is None:
        line = process.stdout.readline()
    if "SPARQL endpoint at" not in line:
        stop(process)
        raise RuntimeError(f"kgraph serve did not start: {line} {process.stderr.read()[-300:]}")
    process.stdout.readline()  # the curl example
    return process, line.split(" at ")[1].split()[0]


def live(process: subprocess.Popen, url: str) -> bool:
    try:
        status, body = http(url, COUNT)
    except (OSError, urllib.error.URLError):
        return False
    return status == 200 and '"n"' in body and process.poll() is None


def check_deep(graph: Path) -> str:
    process, url = start_serve(graph, "--timeout", "3")
    try:
        try:
            status = http(url, "ASK" + "{" * 3000 + "}" * 3000)[0]
        except (OSError, urllib.error.URLError) as exc:
            status = type(exc).__name__
        answers = live(process, url)
        return ("PASS" if answers else "FAIL") + f": the 3,000-deep query got HTTP {status}; serve " \
            f"{'answers' if answers else 'does not answer'} after it"
    finally:
        stop(process)


def check_service(graph: Path) -> str:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(1.0)
    process, url = start_serve(graph, "--timeout", "3")
    try:
        service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.getsockname()[1]}/x> {{ ?s ?p ?o }} }}"
        try:
            status = http(url, service, timeout=5)[0]
        except (OSError, urllib.error.URLError) as exc:  # a server that waits for the SERVICE address
            status = type(exc).__name__
        try:
            connection, _ = listener.accept()
            connection.close()
            return f"FAIL: serve connected to the SERVICE address (the query got HTTP {status})"
        except socket.timeout:
            return f"PASS: no request reached the SERVICE address (the query got HTTP {status})"
    finally:
        listener.close()
        stop(process)


def check_cartesian(graph: Path) -> str:
    process, url = start_serve(graph, "--timeout", "3")
    try:
        started = time.monotonic()
        try:
            status, body = http(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                timeout=15)
            whole = status != 200 or '"value"' in body  # a 200 must be a whole answer, not a cut-off one
        except (OSError, urllib.error.URLError) as exc:
            status, body, whole = 0, type(exc).__name__, False
        took = time.monotonic() - started
        answers = live(process, url)
        return ("PASS" if status and whole and took < 15 and answers else "FAIL") \
            + f": the cartesian COUNT got HTTP {status} ({body.strip()[:60]!r}) in {took:.1f} s; " \
            f"the next query {'answered' if answers else 'did not answer'}"
    finally:
        stop(process)


# ---------------------------------------------------------------- 5. two updates at once

def check_concurrent_updates(work: Path) -> str:
    db = work / "both.db"
    built = kgraph("build", str(SAMPLE), "--store", str(db), "--model", "none", "--quiet")
    assert built.returncode == 0, built.stderr
    updates = []
    for name, text in ARTICLES.items():
        path = work / f"{name}.jsonl"
        path.write_text(json.dumps({"id": f"{name}-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        updates.append(subprocess.Popen([sys.executable, "-m", "kgraph", "build", str(path), "-o", str(db),
                                         "--update", "--model", "none", "--quiet"], stderr=subprocess.PIPE,
                                        text=True))
    codes = []
    for update in updates:
        update.communicate(timeout=120)
        codes.append(update.returncode)
    listed = kgraph("query", str(db), "SELECT ?a WHERE { ?a a kg:Article }", "--format", "csv")
    ids = {iri.rsplit("/", 1)[1] for iri in listed.stdout.split()[1:]}
    kept = [name for name in ARTICLES if f"{name}-1" in ids]
    ok = len(kept) == len(ARTICLES) or any(codes)
    return ("PASS" if ok else "FAIL") + f": exit codes {codes}; the store holds the articles of {kept or 'neither'}"


# ---------------------------------------------------------------- 6. a kill at each rename

# ``python -c KILLER STEP before|after SIGNAL kgraph-args…``: the kgraph command, sending
# itself SIGNAL before or after its STEP-th call of os.rename, os.replace or os.symlink
KILLER = """
import os, sys
step, when, number = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
calls = 0
def hooked(real):
    def call(*args, **kwargs):
        global calls
        calls += 1
        if calls == step and when == "before":
            os.kill(os.getpid(), number)
        result = real(*args, **kwargs)
        if calls == step and when == "after":
            os.kill(os.getpid(), number)
        return result
    return call
for name in ("rename", "replace", "symlink"):
    setattr(os, name, hooked(getattr(os, name)))
sys.argv = ["kgraph", *sys.argv[4:]]
from kgraph.cli import main
main()
"""


def check_kills(work: Path) -> str:
    article = work / "more.jsonl"
    article.write_text(json.dumps({"id": "more-1", "text": ARTICLES["right"]}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    template = work / "template.db"
    assert kgraph("build", str(SAMPLE), "--store", str(template), "--model", "none", "--quiet").returncode == 0
    old = len_of(template)
    reference = work / "reference.db"  # the same update, not killed: the new store
    assert kgraph("export", str(template), "-o", f"{reference}/").returncode == 0
    assert kgraph("build", str(article), "-o", str(reference), "--update", "--model", "none",
                  "--quiet").returncode == 0
    new = len_of(reference)
    trials, failures = 0, []
    for step in (1, 2):  # an update makes a link and renames it over the old one (before: two renames)
        for when in ("before", "after"):
            for number in (signal.SIGKILL, signal.SIGINT):
                db = work / f"kill-{step}-{when}-{number}.db"
                exported = kgraph("export", str(template), "-o", f"{db}/")
                assert exported.returncode == 0, exported.stderr
                killed = subprocess.run([sys.executable, "-c", KILLER, str(step), when, str(int(number)), "build",
                                         str(article), "-o", str(db), "--update", "--model", "none", "--quiet"],
                                        capture_output=True, text=True, timeout=120)
                trials += 1
                held = len_of(db)
                if held not in (old, new) or (killed.returncode == 0 and held != new):
                    failures.append(f"{signal.Signals(number).name} {when} rename {step}: the store answers "
                                    f"{'nothing' if held is None else f'{held} triples'} (old {old}, new {new}); "
                                    f"exit {killed.returncode}: {killed.stderr.strip()[-80:]}")
    if failures:
        return f"FAIL: {len(failures)} of {trials} kills: " + " | ".join(failures[:3])
    return f"PASS: {trials} kills (SIGKILL and SIGINT before and after each rename); each store answers with " \
           f"the old graph ({old} triples) or the new one ({new})"


def len_of(db: Path) -> int | None:
    result = kgraph("query", str(db), COUNT, "--format", "json", timeout=60)
    if result.returncode:
        return None
    return int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"])


def main() -> int:
    started = time.monotonic()
    signal.alarm(600)  # bounded in time, whatever happens
    results: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kgraph-check-") as folder:
        work = Path(folder)
        graph = work / "g.ttl"
        built = kgraph("build", str(SAMPLE), "-o", str(graph), "--model", "none", "--quiet")
        if built.returncode:
            print(f"FAIL: cannot build the sample graph: {built.stderr.strip()}")
            return 1
        checks = [("1 push to URL? and URL#frag leaves other named graphs", lambda: check_push(work, graph)),
                  ("2 a 3,000-deep query", lambda: check_deep(graph)),
                  ("3 SERVICE sends nothing", lambda: check_service(graph)),
                  ("4 cartesian COUNT on serve --timeout 3", lambda: check_cartesian(graph)),
                  ("5 two concurrent build --update", lambda: check_concurrent_updates(work)),
                  ("6 kills at each rename of a store update", lambda: check_kills(work))]
        for name, check in checks:
            try:
                line = check()
            except Exception as exc:  # noqa: BLE001 - a check that breaks is a failure, said in one line
                line = (f"FAIL: {type(exc).__name__}: {' '.join(str(exc).split())[:160]} "
                        f"(line {traceback.extract_tb(exc.__traceback__)[-1].lineno})")
            results.append((name, line))
    for name, line in results:
        print(f"{line.split(':')[0]}  {name}: {line.split(':', 1)[1].strip()}")
    failed = sum(1 for _, line in results if not line.startswith("PASS"))
    print(f"{len(results) - failed} of {len(results)} bars pass ({time.monotonic() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
