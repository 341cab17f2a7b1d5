"""What the optional extras need: importing one, or saying in one line which extra
to install.  Their errors (:class:`ServiceError`, exit 5; :class:`MissingExtraError`,
exit 6) live with the others in :mod:`kgraph.errors` and are re-exported here."""
from __future__ import annotations

import importlib

from .errors import MissingExtraError, ServiceError

__all__ = ["ServiceError", "MissingExtraError", "require"]


def require(module: str, extra: str, what: str):
    """Import ``module``, or say in one line which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"{what} needs the {extra} extra: pip install 'kgraph[{extra}]'") from exc
