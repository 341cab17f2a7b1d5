"""Files written whole or not at all, for every output kgraph writes (reports,
graphs, views, GraphML)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from .errors import OutputError

__all__ = ["atomic_write", "check_writable"]


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
    (UTF-8), or a binary one if ``binary``."""
    target = Path(path)
    check_writable(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile("wb" if binary else "w", encoding=None if binary else "utf-8",
                                             dir=directory, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}", path=str(target)) from exc
    try:
        with handle:
            write(handle)
        # the temporary file is private (0600); the result gets the usual permissions
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, target)
    except OSError as exc:
        os.unlink(handle.name)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}", path=str(target)) from exc
    except BaseException:
        os.unlink(handle.name)
        raise
