"""What the optional extras need: the errors of services (a SPARQL server, a Dask
cluster) and of a missing extra, each with its exit code.

====  ==========================================================
5     a service failed: the port is in use, a server refused the
      connection, answered an error (4xx, 5xx) or timed out, or a
      Dask cluster could not be reached
6     the command needs an optional extra that is not installed
      (the message names it: ``pip install 'kgraph[server]'``)
====  ==========================================================
"""
from __future__ import annotations

import importlib

from .errors import KgraphError

__all__ = ["ServiceError", "MissingExtraError", "require"]


class ServiceError(KgraphError):
    """A server or cluster kgraph talks to failed, or could not be started."""

    exit_code = 5


class MissingExtraError(KgraphError):
    """An optional extra (``kgraph[dask]``, ``kgraph[server]``) is not installed."""

    exit_code = 6


def require(module: str, extra: str, what: str):
    """Import ``module``, or say in one line which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(f"{what} needs the {extra} extra: pip install 'kgraph[{extra}]'") from None
