"""The one exception hierarchy of kgraph, and the exit code each maps to.

Library code raises these; the CLI turns them into one line on stderr and the
exit code documented here (and in the README):

====  ==========================================================
0     success
1     the graph does not conform (``kgraph validate`` only)
2     bad input: usage, a missing/empty/binary/undecodable file, input
      over the byte limit, malformed JSON Lines, two texts under one id,
      malformed or refused SPARQL (updates, SERVICE, hostile nesting),
      a query stopped by its time or memory bound, a bad query parameter,
      a damaged store (the message names what is damaged)
3     the output could not be written (a directory, a missing folder, a
      full disk (under -o or standard output), a read-only place; nothing
      was half-written)
4     an unexpected internal error (set KGRAPH_DEBUG=1 for a traceback)
5     a service failed: the port is in use, a server refused the
      connection, answered an error (4xx, 5xx) or timed out, or a
      Dask cluster could not be reached
6     the command needs an optional extra that is not installed
      (the message names it: ``pip install 'kgraph[server]'``)
130   interrupted (Ctrl-C); SIGTERM ends the process by the signal as
      before (143 in a shell), "kgraph: stopped (SIGTERM)"; either way
      the file being written is removed and an existing one left as it was
====  ==========================================================

An error says in its one-line message what went wrong and where; the same "where"
is in its fields (``path``, ``line``, ``column``, ``article``) for a program to
read, and the low-level exception that caused it is its ``__cause__`` (raised
``from`` it): ``KGRAPH_DEBUG=1`` makes the CLI print the whole chain.
"""
from __future__ import annotations

__all__ = ["KgraphError", "InputError", "OutputError", "QueryError", "QueryStopped", "DataError", "ServiceError",
           "MissingExtraError", "one_line", "clean_line", "printable"]

import re
import unicodedata


class KgraphError(Exception):
    """Base class: every error kgraph raises on purpose.

    ``str(error)`` is the one-line message; ``path``, ``line``, ``column`` (1-based)
    and ``article`` (an article id) say where, when it is known."""

    exit_code = 4

    def __init__(self, message: str = "", *, path: str | None = None, line: int | None = None,
                 column: int | None = None, article: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.article = article

    def __reduce__(self):
        # keyword fields survive pickling (errors raised in --jobs workers reach the parent)
        return _rebuild, (type(self), self.message, self.where())

    def where(self) -> dict[str, str | int]:
        """The known fields of ``path``, ``line``, ``column``, ``article``."""
        return {name: value for name in ("path", "line", "column", "article")
                if (value := getattr(self, name)) is not None}


def _rebuild(cls: type, message: str, where: dict) -> "KgraphError":
    return cls(message, **where)


class InputError(KgraphError):
    """Input that kgraph cannot read: missing, empty, binary, undecodable, malformed."""

    exit_code = 2


class QueryError(InputError):
    """A SPARQL query that does not parse, or one kgraph refuses to run (updates)."""


class QueryStopped(QueryError):
    """A query stopped before it finished: over its time (``--timeout``) or the memory
    ceiling (``--max-memory``), or the query engine failed on it.  Like a refused query
    it is the query's doing (exit 2): a smaller query, or larger bounds, answers."""


class OutputError(KgraphError):
    """An output file that cannot be written; any earlier file at that path is left intact."""

    exit_code = 3


class DataError(KgraphError):
    """kgraph's own data files (lexicons, gazetteer) are missing or damaged."""

    exit_code = 4


class ServiceError(KgraphError):
    """A server or cluster kgraph talks to failed, or could not be started."""

    exit_code = 5


class MissingExtraError(KgraphError):
    """An optional extra (``kgraph[dask]``, ``kgraph[server]``) is not installed."""

    exit_code = 6


def clean_line(text: str, limit: int = 160) -> str:
    """Text from elsewhere (a server's answer, an exception's message) made safe for a
    terminal: control and format characters (ESC, NUL, bidi overrides) dropped, every
    run of whitespace, line breaks included, one space, shortened to ``limit``."""
    text = "".join(c if unicodedata.category(c) not in ("Cc", "Cf") or c in "\t\n\r" else " " for c in str(text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


# What in text from articles could drive a terminal: control characters (ESC starts a
# sequence that clears the screen or retitles the window, CR overwrites a line) but the
# line break and the tab, and the bidirectional overrides that reorder what is shown.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text for a person's terminal (the readable report, a query's table, stats, an
    error's line): each character of :data:`_UNPRINTABLE` becomes U+FFFD, so that text
    read from an article shows as what it is and never acts on the terminal."""
    return _UNPRINTABLE.sub("\ufffd", text)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """A low-level exception's message on one line, shortened to ``limit`` characters
    (a parser that lists every token it expected says too much: the position and the
    start say enough), with no control characters."""
    return clean_line(str(exc), limit)
