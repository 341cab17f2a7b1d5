"""What ``kgraph query`` and ``kgraph serve`` agree to run, and how long and how big
they let it grow: one policy for both.

Before Oxigraph sees a query, it is measured and then parsed with rdflib's SPARQL 1.1
parser: an empty query, an update, a ``SERVICE`` clause anywhere in the parsed query
(kgraph works offline, and Oxigraph would fetch it: from a public endpoint, any address
the server can reach), a query nested too deeply (Oxigraph's recursive parser and
evaluator would overflow the stack and abort the process), one with too many operators
and clauses, and a property path of too many steps (its evaluation grows steeply: 160
steps took 0.3 s, 300 steps over a minute) are refused.  A variable named ``?service``
or the word in a string is just a name or a string.

A query that passes can still ask for too much (a cartesian product counted or
sorted).  Oxigraph cannot be interrupted from outside once it evaluates, so a query
runs in a process of its own that is killed when it overruns its time (``--timeout``)
or the memory ceiling (``--max-memory``): :func:`run_bounded` for ``kgraph query``,
the worker processes of :mod:`.serve` for the endpoint.  Either way the answer is one
line (:class:`~kgraph.errors.QueryStopped`) or an HTTP 503, never a crash.
"""
from __future__ import annotations

import os
import pickle
import re
import signal
import sys
import threading
import time
from functools import lru_cache
from typing import Any, Callable

from ..errors import InputError, QueryError, QueryStopped

__all__ = ["check_query", "check_bounds", "read_query", "run_bounded", "memory_ceiling", "resident_memory", "MAX_NESTING",
           "MAX_PARTS", "MAX_PATH_STEPS", "MAX_QUERY_CHARS", "QUERY_TIMEOUT"]

MAX_NESTING = 256  # brackets and unary operators; Oxigraph aborted at 3 000 nested { }
MAX_QUERY_CHARS = 1_000_000
MAX_PARTS = 1000  # Oxigraph crashed at 3 000 BINDs; the shipped queries have under 100
MAX_PATH_STEPS = 64  # / and | of property paths: 100 steps took 0.07 s, 160 steps 0.3 s, 300 over a minute
QUERY_TIMEOUT = 60.0  # seconds: the endpoint's default bound on one query
_POLL = 0.05  # seconds between two looks at a running query's time and memory

# strings, IRIs and comments: their brackets do not nest
_SKIPPED = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''''
                      r'''|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*''')
_TOKENS = re.compile(r"[(\[{)\]}]|[!^]+|[-+](?:\s*[-+])*|\|\||[|/]|[.,;*&=<>]+"
                     r"|\b(?:UNION|OPTIONAL|MINUS|BIND|FILTER|VALUES|GRAPH|SERVICE|EXISTS|IN)\b|[?$][^\W\d]\w*",
                     re.IGNORECASE)


def _shape(sparql: str) -> tuple[int, int, int]:
    """How deep a recursive parser goes (brackets, and runs of unary operators such as
    !!!!x or ^^^^p), how many operators, clauses and variables the query has, and how
    many property-path steps (each ``/`` and ``|``; ``?a :p/:q/:r ?b`` has two),
    outside strings, IRIs and comments.  Oxigraph builds its algebra as a tree and walks
    it recursively: a chain of a few thousand joins, BINDs or + overflows its stack."""
    depth = deepest = parts = steps = 0
    for token in _TOKENS.finditer(" ".join(_SKIPPED.split(sparql))):
        text = token.group()
        if text in ")]}":
            depth = max(depth - 1, 0)
            continue
        if text in "([{":
            depth += 1
            deepest = max(deepest, depth)
            continue
        parts += 1
        if text in "/|":
            steps += 1
        elif text[0] in "!^-+":
            # a run of unary operators: each one is a level (a lone binary - or + is not)
            deepest = max(deepest, depth + sum(1 for c in text if c in "!^-+") - 1)
    return deepest, parts, steps


def _walk(node: Any, depth: int = 0):
    """Every part of an rdflib parse tree (pyparsing results and CompValues)."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif hasattr(item, "asList") and not isinstance(item, str):
            stack.extend(list(item))


@lru_cache(maxsize=256)
def check_query(sparql: str) -> str:
    """Raise :class:`QueryError` unless ``sparql`` is a read-only SPARQL 1.1 query
    without SERVICE; return its form (``SelectQuery``, ``AskQuery``…)."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(sparql)} characters; at most {MAX_QUERY_CHARS} are allowed")
    if not sparql.strip():
        raise QueryError("empty query: give a SPARQL query")
    depth, parts, steps = _shape(sparql)
    if depth > MAX_NESTING:
        raise QueryError(f"query nested {depth} levels deep; at most {MAX_NESTING} are allowed")
    if parts > MAX_PARTS:
        raise QueryError(f"query of {parts} operators, clauses and variables; at most {MAX_PARTS} are allowed")
    if steps > MAX_PATH_STEPS:
        raise QueryError(f"query with {steps} property-path steps (/ and |); at most {MAX_PATH_STEPS} are allowed")
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except RecursionError as exc:
        raise QueryError("query nested too deeply to parse") from exc
    except ParseException as exc:
        try:
            parseUpdate(sparql)
        except (ParseException, RecursionError):
            pass
        else:  # a refusal, not a failure: no cause to show
            raise QueryError("update operations are refused: kgraph query only reads the graph") from None
        raise QueryError(f"malformed SPARQL: error at {exc.lineno}:{exc.col}: {_first_line(exc.msg)}",
                         line=exc.lineno, column=exc.col) from exc
    form = getattr(parsed[1], "name", "") if len(parsed) > 1 else ""
    for part in _walk(parsed):
        if getattr(part, "name", None) == "ServiceGraphPattern":
            raise QueryError("SERVICE (federated query) is not allowed: kgraph queries only its own graph")
    return form


def _first_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= 120 else text[:117] + "..."


def read_query(path: str) -> str:
    """A query file's text: UTF-8 (a byte-order mark dropped), at most
    :data:`MAX_QUERY_CHARS` characters, read no further than that (``/dev/zero`` is
    refused, not read to the end); ``-`` is standard input, as for ``kgraph extract``."""
    limit = MAX_QUERY_CHARS * 4  # UTF-8 bytes
    try:
        if path == "-":
            path = "<stdin>"
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}", path=path) from exc
    if len(data) > limit:
        raise InputError(f"{path}: a query file over {limit:,} bytes", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})", path=path) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: an empty query file", path=path)
    return text


def check_bounds(timeout: float | None, max_memory: float | None) -> None:
    """``--timeout`` (seconds) and ``--max-memory`` (megabytes): finite numbers above 0."""
    import math

    for option, value in (("--timeout", timeout), ("--max-memory", max_memory)):
        if value is not None and not (math.isfinite(value) and 0 < value <= 10**9):
            raise InputError(f"{option} {value}: give a number above 0")


def memory_ceiling(megabytes: float | None = None) -> int:
    """The memory a running query may hold, in bytes: ``megabytes`` if given, else half
    of the machine's physical memory."""
    if megabytes is not None:
        return int(megabytes * 1024 * 1024)
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2
    except (ValueError, OSError, AttributeError):
        return 4 << 30


def resident_memory(pid: int) -> int:
    """A process's resident memory in bytes (0 if it is gone or cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def stopped_message(reason: str, timeout: float | None, ceiling: int) -> str:
    """Why a query was stopped, in one line (for ``kgraph query`` and the endpoint alike)."""
    if reason == "timeout":
        return f"the query was stopped after {timeout:g} s (--timeout)"
    if reason == "memory":
        return f"the query was stopped at the memory ceiling of {ceiling / 2**20:,.0f} MB (--max-memory)"
    return f"the query engine failed ({reason}): the query asks for more memory or stack than it has"


def die_with_parent() -> None:  # pragma: no cover - runs in the child
    """On Linux a child gets SIGKILL when the thread that started it ends, so that one
    left by a kgraph that was killed (kill, kill -9) does not run on alone."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_bounded(work: Callable[[], None], *, timeout: float | None, ceiling: int) -> None:
    """Run ``work`` in a forked child process that is killed if it runs over ``timeout``
    seconds or ``ceiling`` bytes of memory; raise :class:`QueryStopped` then, or if the
    child dies of a signal (Oxigraph aborts when it cannot allocate).  What ``work``
    raises is raised here; what it writes to standard output is written; what the child
    prints on stderr (a Rust panic's backtrace) is kept back."""
    sys.stdout.flush()
    sys.stderr.flush()
    errors_r, errors_w = os.pipe()
    result_r, result_w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:
            if sys.platform.startswith("linux"):
                die_with_parent()  # a runaway query does not outlive a kgraph that was killed
                if os.getppid() != parent:  # killed before that took hold
                    os._exit(1)
            os.close(errors_r)
            os.close(result_r)
            os.dup2(errors_w, 2)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the child
            work()
            sys.stdout.flush()
        except BaseException as exc:  # noqa: BLE001 - every outcome goes to the parent
            try:
                payload = pickle.dumps(exc)
            except Exception:  # noqa: BLE001
                payload = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
            with os.fdopen(result_w, "wb") as out:
                out.write(payload)
            code = 1
        finally:
            os._exit(code)
    os.close(errors_w)
    os.close(result_w)
    kept: list[bytes] = []
    reader = threading.Thread(target=lambda: kept.append(_read_all(errors_r, 1 << 16)), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout if timeout else None
    reason = None
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if deadline is not None and time.monotonic() > deadline:
                reason = "timeout"
            elif resident_memory(pid) > ceiling:
                reason = "memory"
            if reason:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                break
            time.sleep(_POLL)
    except BaseException:  # Ctrl-C: the child goes too
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    finally:
        reader.join(5)
    payload = _read_all(result_r, None)
    if reason:
        raise QueryStopped(stopped_message(reason, timeout, ceiling))
    if os.WIFSIGNALED(status):
        raise QueryStopped(stopped_message(f"signal {signal.Signals(os.WTERMSIG(status)).name}", timeout, ceiling))
    if payload:
        raise pickle.loads(payload)


def _read_all(fd: int, limit: int | None) -> bytes:
    """Everything from a pipe until it closes, keeping at most ``limit`` bytes."""
    chunks, size = [], 0
    with os.fdopen(fd, "rb") as handle:
        while chunk := handle.read(1 << 16):
            if limit is None or size < limit:
                chunks.append(chunk)
                size += len(chunk)
    return b"".join(chunks)
