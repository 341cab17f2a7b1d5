"""A persistent graph: an Oxigraph store on disk that kgraph opens without parsing.

``kgraph build … -o DIR/`` (or ``--store DIR``) writes one; every command that takes a
graph file takes it too.  The directory holds:

- ``oxigraph/``: the Oxigraph (RocksDB) database, which ``oxigraph serve-read-only
  --location DIR/oxigraph`` can serve as it is;
- ``kgraph-store.json``: what kgraph needs besides the triples to go on building the
  graph (``build --update``): the format, the base IRI of the graph's nodes, the kgraph
  version that wrote it and the number of triples.  The articles' content digests,
  which ``--update`` checks, are in the graph itself.

The path of a store is a symbolic link to a versioned directory beside it
(``graph.db -> .graph.db.v-PID-HEX``).  A build or an update writes a whole new version
beside the current one, then swaps the link with one ``rename``: at every instant, a
kill (SIGKILL included) or a power cut leaves the path on the old store or the new one,
never on neither nor on half of one.  What a killed writer leaves (an unfinished
version, its working copy ``.graph.db.update-…``, a new link) is removed by the next
writer; a version is never removed while its writer lives.  A store written as a plain
directory (before versions) is moved to a version first; if that is interrupted, the
next command that opens the path puts the link back.

Writers take one lock (:func:`kgraph.files.writer_lock`), from reading the store to
the swap, so two updates never lose each other's articles: the second waits.
Readers open it read-only; any number of them (``query``, ``serve``) may share it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import weakref
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError, OutputError, one_line
from ..files import signals_deferred, writer_lock

__all__ = ["STORE_FORMAT", "is_store", "is_store_path", "open_store", "write_store", "store_data"]

STORE_FORMAT = "kgraph-store/1"
_META = "kgraph-store.json"
_DATA = "oxigraph"


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a directory holding a kgraph store."""
    return (Path(path) / _META).is_file()


def is_store_path(path: str | os.PathLike) -> bool:
    """Whether an output path asks for a store: a path written with a trailing slash
    (``-o graph.db/``), or an existing kgraph store.  Any other existing directory is
    not taken for one (``-o out`` naming a directory is an output error, exit 3): only a
    trailing slash or ``--store`` says that a new store is wanted."""
    text = os.fspath(path)
    if text.endswith(("/", os.sep)):
        return True
    _recover(Path(text))  # a path a killed writer left without its link: put back first
    return is_store(text)


def store_data(path: str | os.PathLike) -> Path:
    """The Oxigraph database inside a store (what ``oxigraph serve`` is given)."""
    return Path(path) / _DATA


def _meta(path: Path) -> dict:
    try:
        meta = json.loads((path / _META).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        if path.is_dir():
            raise InputError(f"{path}: a directory, but not a kgraph store (no {_META}): "
                             "give a graph file or a store written by kgraph build -o DIR/") from exc
        raise InputError(f"{path}: no such graph file or store", path=str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: damaged store: cannot read {_META}: {exc}", path=str(path)) from exc
    if not isinstance(meta, dict) or meta.get("format") != STORE_FORMAT:
        raise InputError(f"{path}: not a {STORE_FORMAT} store ({_META} says {one_line(str(meta), 60)})",
                         path=str(path))
    base = meta.get("base")
    if base is not None and not (isinstance(base, str) and _BASE.fullmatch(base)):
        raise InputError(f"{path}: damaged store: {_META} has no usable base IRI "
                         f"({one_line(repr(base), 60)})", path=str(path))
    return meta


_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]")


def open_store(path: str | os.PathLike, base: str | None = None, *, writable: bool = False):
    """Open a store as a :class:`~kgraph.graph.knowledge.KnowledgeGraph`, without parsing.

    Read-only by default.  ``writable`` opens a private copy instead (a RocksDB
    checkpoint: hard links, so it is quick): the graph can then be added to and
    written back with :func:`write_store`, which replaces the store atomically.  Take
    :func:`kgraph.files.writer_lock` around both, so that no other update comes between.
    """
    from .knowledge import KnowledgeGraph

    path = Path(os.fspath(path).rstrip("/" + os.sep) or ".")
    _recover(path)
    meta = _meta(path)
    found = meta.get("base")
    if base is not None and found is not None and base != found:
        raise InputError(f"{path}: its IRIs are under {found}, not {base} (--base)", path=str(path))
    try:
        store = ox.Store.read_only(str(path / _DATA))
    except (OSError, RuntimeError, ValueError) as exc:
        raise InputError(f"{path}: damaged store: its Oxigraph database {_DATA}/ cannot be opened: "
                         f"{one_line(exc, 200)}", path=str(path)) from exc
    work = None
    if writable:
        _clean_stale(path)
        work = _sibling(path, "update")
        try:
            store.backup(str(work))
            del store
            store = ox.Store(str(work))
        except (OSError, RuntimeError) as exc:
            shutil.rmtree(work, ignore_errors=True)
            raise OutputError(f"{path}: cannot make a working copy beside it: {one_line(exc, 200)}",
                              path=str(path)) from exc
    graph = KnowledgeGraph(base or found)
    graph.store = store
    graph.location = work  # a private working copy: removed with the graph, or at exit
    if work is not None:
        weakref.finalize(graph, shutil.rmtree, work, True)
    return graph


def write_store(graph, path: str | os.PathLike) -> None:
    """Write ``graph`` as a store at ``path``, replacing any store there.

    The new version is made beside ``path`` and the link swapped to it with one rename;
    on any error or kill the previous store is left as it was.  A directory that is not
    a kgraph store (and not empty) is never replaced."""
    from .. import __version__

    target = Path(os.fspath(path).rstrip("/" + os.sep) or ".")
    if target.exists():
        if not target.is_dir():
            raise OutputError(f"{target}: exists and is not a directory: cannot write a store there",
                              path=str(target))
        if not is_store(target) and any(target.iterdir()):
            raise OutputError(f"{target}: a directory that is not a kgraph store and not empty: "
                              "not replacing it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create: {exc.strerror or exc}", path=str(target)) from exc
    with writer_lock(target):
        _recover(target)
        _clean_stale(target, locked=True)
        version = _sibling(target, "v")
        try:
            version.mkdir()
            source = graph.store
            if getattr(graph, "location", None) is not None:  # a store on disk: checkpoint it
                source.flush()
                source.backup(str(version / _DATA))
            else:
                fresh = ox.Store(str(version / _DATA))
                fresh.bulk_extend(graph.triples())
                fresh.flush()
                fresh.optimize()
                del fresh
            meta = {"format": STORE_FORMAT, "base": graph.base, "triples": len(graph),
                    "kgraph": __version__, "oxigraph": ox.__version__}
            _write_synced(version / _META, json.dumps(meta, indent=1) + "\n")  # written last: the version is whole
            _swap(version, target)
        except (OSError, RuntimeError) as exc:
            shutil.rmtree(version, ignore_errors=True)
            raise OutputError(f"{target}: cannot write the store: {one_line(exc, 200)}", path=str(target)) from exc
        except BaseException:
            shutil.rmtree(version, ignore_errors=True)
            raise


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _swap(version: Path, target: Path) -> None:
    """Point ``target`` at ``version`` with one rename of a new link over the old one; then
    remove the version it pointed to.  A store that is a plain directory is first moved to
    a version of its own (:func:`_recover` mends an interruption there)."""
    link = _sibling(target, "link")
    os.symlink(version.name, link)
    previous = None
    try:
        if target.is_symlink():
            previous = target.parent / os.readlink(target)
        elif target.is_dir():  # a plain directory: it becomes a version, then the link replaces it
            if any(target.iterdir()):
                previous = _sibling(target, "v")
                os.rename(target, previous)
            else:
                target.rmdir()
        with signals_deferred():
            os.replace(link, target)  # the commit: the old store until here, the new one after
    except BaseException:
        if os.path.lexists(link):
            os.unlink(link)
        if previous is not None and not os.path.lexists(target):  # a plain directory moved: put it back
            os.rename(previous, target)
        raise
    if previous is not None and previous.parent == target.parent and _VERSION.fullmatch(previous.name):
        shutil.rmtree(previous, ignore_errors=True)


# .NAME.v-PID-HEX: a version; .NAME.update-…: a working copy; .NAME.link-…: a new link;
# .NAME.new-… and .NAME.old-…: what writers before versions left
_VERSION = re.compile(r"\.(.+)\.v-(\d+)-[0-9a-f]+")
_LEFT = re.compile(r"\.(.+)\.(v|update|link|new|old)-(\d+)-[0-9a-f]+")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _left_behind(target: Path, locked: bool = False) -> list[tuple[Path, str]]:
    """What writers of ``target`` that are gone left beside it: (path, kind).  Holding
    the writer's lock (``locked``), a whole version that the link does not point to is
    left behind too, whoever wrote it: only the lock's holder swaps a version in."""
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    current = os.readlink(target) if target.is_symlink() else None
    found = []
    for entry in entries:
        match = _LEFT.fullmatch(entry.name)
        if not match or match.group(1) != target.name or entry.name == current:
            continue
        if not _alive(int(match.group(3))) or (locked and match.group(2) == "v" and is_store(entry)):
            found.append((entry, match.group(2)))
    return found


def _recover(target: Path) -> None:
    """A store path with nothing at it, beside complete versions that a killed writer
    left: point it at the newest (the old store or the new one, both whole)."""
    if os.path.lexists(target):
        return
    versions = [path for path, kind in _left_behind(target) if kind in ("v", "old") and is_store(path)]
    if not versions:
        return
    newest = max(versions, key=lambda path: (path / _META).stat().st_mtime)
    link = _sibling(target, "link")
    try:
        os.symlink(newest.name, link)
        os.replace(link, target)
    except OSError:
        if os.path.lexists(link):
            os.unlink(link)


def _clean_stale(target: Path, locked: bool = False) -> None:
    """Remove what killed writers of ``target`` left (never the version it points to)."""
    for path, _ in _left_behind(target, locked):
        if path.is_symlink() or path.is_file():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _sibling(path: Path, what: str) -> Path:
    return path.parent / f".{path.name}.{what}-{os.getpid()}-{os.urandom(3).hex()}"
