"""Files written whole or not at all, for every output kgraph writes (reports,
graphs, views, GraphML), and one writer at a time for the ones that are updated."""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import OutputError

__all__ = ["atomic_write", "check_writable", "writer_lock", "signals_deferred", "remove_unfinished"]

_WRITING: set[str] = set()  # the temporary files being written now (see remove_unfinished)


def remove_unfinished() -> None:
    """Remove the temporary files being written now: for a signal handler about to end
    the process (the CLI's at SIGTERM), which runs no ``finally``."""
    for name in list(_WRITING):
        with contextlib.suppress(OSError):
            os.unlink(name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(path: str | os.PathLike) -> None:
    """Raise :class:`OutputError` (exit 3) if ``path`` can certainly not be written as a
    file: it is a directory, or its directory does not exist."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, not a file to write", path=str(target))
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist", path=str(target))


def atomic_write(path: str | os.PathLike, write: Callable[[Any], None], binary: bool = False) -> None:
    """Write a file so that it appears whole or not at all: an error or an
    interruption leaves an existing file as it was.  ``write`` gets a text handle
    (UTF-8), or a binary one if ``binary``.  A link keeps pointing where it did (the
    file it names is replaced); a device or a pipe (``/dev/stdout``) is written into."""
    target = Path(path)
    check_writable(target)
    if _special(target):
        _write_through(target, write, binary)
        return
    if target.is_symlink():
        # a link (graph.ttl -> releases/v3.ttl) stays a link: the file it names is replaced
        target = Path(os.path.realpath(target))
        check_writable(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist")
    _remove_left_behind(directory, target.name)
    try:
        handle = tempfile.NamedTemporaryFile("wb" if binary else "w", encoding=None if binary else "utf-8",
                                             dir=directory, prefix=f".{target.name}.{os.getpid()}-",
                                             suffix=".tmp", delete=False)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}", path=str(target)) from exc
    _WRITING.add(handle.name)
    try:
        with handle:
            write(handle)
        # the temporary file is private (0600); the result gets the usual permissions
        os.chmod(handle.name, 0o666 & ~_umask())
        with signals_deferred():
            os.replace(handle.name, target)
    except OSError as exc:
        os.unlink(handle.name)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}", path=str(target)) from exc
    except BaseException:
        os.unlink(handle.name)
        raise
    finally:
        _WRITING.discard(handle.name)


_LEFT_FOR = 600  # seconds


def _remove_left_behind(directory: Path, name: str) -> None:
    """Remove the temporary files that writers of ``name`` killed mid-write left
    (``.graph.ttl.4711-k2j3.tmp``: SIGKILL runs no clean-up): those of processes that are
    gone and untouched for :data:`_LEFT_FOR` seconds (a writer on another machine sharing
    the folder has a process id that means nothing here).  A writer still running keeps
    its own."""
    prefix = f".{name}."
    now = time.time()
    try:
        entries = [entry for entry in os.scandir(directory)
                   if entry.name.startswith(prefix) and entry.name.endswith(".tmp")]
    except OSError:
        return
    for entry in entries:
        pid, dash, _ = entry.name[len(prefix):].partition("-")
        if not (dash and pid.isdigit()) or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat(follow_symlinks=False).st_mtime > _LEFT_FOR:
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it is there
        return True
    return True


def _special(target: Path) -> bool:
    """Whether ``target`` (or what a link there names) exists and is neither a file nor a
    directory: a device, a pipe, a terminal (``-o /dev/stdout``, ``-o /dev/null``)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(target: Path, write: Callable[[Any], None], binary: bool) -> None:
    """Write into a device or a pipe as it is.  Renaming a file over it would replace the
    device itself (run as root, ``-o /dev/null`` left a file at /dev/null); a stream holds
    no earlier file to keep, so there is nothing to write whole or not at all."""
    try:
        with open(target, "wb" if binary else "w", encoding=None if binary else "utf-8") as handle:
            write(handle)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}", path=str(target)) from exc


_HELD: dict[str, list] = {}  # lock file -> [open file, depth]: a writer may take its own lock again
_HELD_LOCK = threading.Lock()


@contextlib.contextmanager
def writer_lock(path: str | os.PathLike, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """One writer at a time for ``path`` (a graph file or a store): an exclusive lock
    (``fcntl.flock``) on a hidden ``.NAME.lock`` file beside it, held for the whole
    read-modify-write of ``build --update``.  A second writer waits for it (``on_wait``
    is told once, with the path); the lock goes with its process, so a killed writer
    never leaves it taken.  Raises :class:`OutputError` (exit 3) if the lock file cannot
    be made (a read-only or full place)."""
    import fcntl

    target = Path(os.fspath(path).rstrip("/" + os.sep) or ".").absolute()
    lock = target.parent / f".{target.name}.lock"
    key = str(lock)
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is not None:
            held[1] += 1
    if held is None:
        try:
            handle = open(lock, "a+b")  # noqa: SIM115 - held until the last release
        except OSError as exc:
            raise OutputError(f"{target}: cannot take the writer's lock {lock.name} beside it: "
                              f"{exc.strerror or exc}", path=str(target)) from exc
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait(str(target))
            try:
                fcntl.flock(handle, fcntl.LOCK_EX)
            except BaseException:
                handle.close()
                raise
        except OSError as exc:
            handle.close()
            raise OutputError(f"{target}: cannot lock {lock.name}: {exc.strerror or exc}", path=str(target)) from exc
        with _HELD_LOCK:
            _HELD[key] = [handle, 1]
    try:
        yield
    finally:
        with _HELD_LOCK:
            entry = _HELD[key]
            entry[1] -= 1
            if entry[1] == 0:
                del _HELD[key]
                entry[0].close()  # closing the file releases the lock


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM are held off while the block runs (the one rename that
    commits an output), so that a command never says "interrupted" about an output it
    did replace: a signal that comes then is too late, and the command finishes (its
    remaining work is to say what it wrote).  Only the main thread can do this;
    elsewhere the block just runs."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
