"""A persistent graph: an Oxigraph store on disk that kgraph opens without parsing.

``kgraph build … -o DIR/`` (or ``--store DIR``) writes one; every command that takes a
graph file takes it too.  The directory holds:

- ``oxigraph/``: the Oxigraph (RocksDB) database, which ``oxigraph serve-read-only
  --location DIR/oxigraph`` can serve as it is;
- ``kgraph-store.json``: what kgraph needs besides the triples to go on building the
  graph (``build --update``): the format, the base IRI of the graph's nodes, the kgraph
  version that wrote it and the number of triples.  The articles' content digests,
  which ``--update`` checks, are in the graph itself.

A store is replaced as a whole: it is written beside the target and renamed into place,
so a failed or interrupted build or update leaves the previous store as it was.
Readers open it read-only; any number of them (``query``, ``serve``) may share it.
"""
from __future__ import annotations

import json
import os
import shutil
import weakref
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError, OutputError, one_line

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
    return text.endswith(("/", os.sep)) or is_store(text)


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
        raise InputError(f"{path}: not a {STORE_FORMAT} store ({_META} says {str(meta)[:60]})", path=str(path))
    return meta


def open_store(path: str | os.PathLike, base: str | None = None, *, writable: bool = False):
    """Open a store as a :class:`~kgraph.graph.knowledge.KnowledgeGraph`, without parsing.

    Read-only by default.  ``writable`` opens a private copy instead (a RocksDB
    checkpoint: hard links, so it is quick): the graph can then be added to and
    written back with :func:`write_store`, which replaces the store atomically.
    """
    from .knowledge import KnowledgeGraph

    path = Path(path)
    meta = _meta(path)
    found = meta.get("base")
    if base is not None and found is not None and base != found:
        raise InputError(f"{path}: its IRIs are under {found}, not {base} (--base)", path=str(path))
    try:
        store = ox.Store.read_only(str(path / _DATA))
        work = None
        if writable:
            work = _sibling(path, "update")
            store.backup(str(work))
            del store
            store = ox.Store(str(work))
    except OSError as exc:
        raise InputError(f"{path}: cannot open the store: {one_line(exc, 200)}", path=str(path)) from exc
    graph = KnowledgeGraph(base or found)
    graph.store = store
    graph.location = work  # a private working copy: removed with the graph, or at exit
    if work is not None:
        weakref.finalize(graph, shutil.rmtree, work, True)
    return graph


def write_store(graph, path: str | os.PathLike) -> None:
    """Write ``graph`` as a store at ``path``, replacing any store there.

    The new store is made beside ``path`` and renamed into place; on any error the
    previous store is left as it was.  A directory that is not a kgraph store (and
    not empty) is never replaced."""
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
    temp = _sibling(target, "new")
    try:
        temp.mkdir()
        source = graph.store
        if getattr(graph, "location", None) is not None:  # a store on disk: checkpoint it
            source.flush()
            source.backup(str(temp / _DATA))
        else:
            fresh = ox.Store(str(temp / _DATA))
            fresh.bulk_extend(graph.triples())
            fresh.flush()
            fresh.optimize()
            del fresh
        meta = {"format": STORE_FORMAT, "base": graph.base, "triples": len(graph),
                "kgraph": __version__, "oxigraph": ox.__version__}
        (temp / _META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        _swap(temp, target)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise OutputError(f"{target}: cannot write the store: {one_line(exc, 200)}", path=str(target)) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` where ``target`` is: two renames, so that a reader sees the old store or
    the new one; if the second fails the old one is put back."""
    if not target.exists():
        os.rename(new, target)
        return
    old = _sibling(target, "old")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _sibling(path: Path, what: str) -> Path:
    return path.parent / f".{path.name}.{what}-{os.getpid()}-{os.urandom(3).hex()}"
