"""The one exception hierarchy of kgraph, and the exit code each maps to.

Library code raises these; the CLI turns them into one line on stderr and the
exit code documented here (and in the README):

====  ==========================================================
0     success
1     the graph does not conform (``kgraph validate`` only)
2     bad input: usage, a missing/empty/binary/undecodable file, input
      over the byte limit, malformed JSON Lines, two texts under one id,
      malformed or refused SPARQL (updates, SERVICE, hostile nesting),
      a bad query parameter
3     the output could not be written (a directory, a missing folder;
      nothing was half-written)
4     an unexpected internal error (set KGRAPH_DEBUG=1 for a traceback)
====  ==========================================================
"""
from __future__ import annotations

__all__ = ["KgraphError", "InputError", "OutputError", "QueryError", "DataError"]


class KgraphError(Exception):
    """Base class: every error kgraph raises on purpose."""

    exit_code = 4


class InputError(KgraphError):
    """Input that kgraph cannot read: missing, empty, binary, undecodable, malformed."""

    exit_code = 2


class QueryError(InputError):
    """A SPARQL query that does not parse, or one kgraph refuses to run (updates)."""


class OutputError(KgraphError):
    """An output file that cannot be written; any earlier file at that path is left intact."""

    exit_code = 3


class DataError(KgraphError):
    """kgraph's own data files (lexicons, gazetteer) are missing or damaged."""

    exit_code = 4
