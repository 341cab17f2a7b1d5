"""Per-article extraction on a Dask distributed cluster (``kgraph extract|build …
--dask ADDRESS``; needs ``pip install 'kgraph[dask]'``).

This process reads the inputs and sends the articles, in batches, to the cluster's
workers, which analyse them (everything up to the article record, as ``--jobs``
workers do); the records come back here in input order, where corpus-level
resolution and the graph are built as always.  So the result is identical to
``--jobs 1``.  Shards (``extract --format jsonl``) among the inputs are not sent: they
are records already.

A worker that dies (killed, out of memory, its machine gone) has its batches
rescheduled by Dask on the other workers; a batch that raises is retried
(``retries``).  A batch that kills workers again and again is given up after Dask's
``distributed.scheduler.allowed-failures`` (3 by default): a one-line error.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from ..errors import InputError
from ..extras import ServiceError, require
from ..model import ArticleRecord, Source

__all__ = ["DaskExecutor", "dask_executor"]

_warmed: set = set()  # what this worker process has loaded (the warm-up's arguments)


def _analyze(batch: list[Source], records: Callable, warm: Callable, freeze: bool) -> list[list[ArticleRecord]]:
    """On a worker: the records of each source of a batch."""
    _warm_up(warm, freeze)
    return records(batch)


def _warm_up(warm: Callable, freeze: bool) -> None:
    """Load the gazetteer, dictionaries and model once per worker process; on the
    workers of our own LocalCluster also tune the collector (``warm_up(freeze=True)``)."""
    key = repr(warm)
    if key not in _warmed:
        warm(freeze=freeze)
        _warmed.add(key)



def _check_security(address: str) -> None:
    """Refuse ``tls://`` before a client is made when Dask's configuration holds no TLS settings.

    ``distributed.Client("tls://…")`` without them raises a TypeError from inside its
    constructor and leaves a half-made client behind, whose ``__del__`` then waits 20 s and
    prints a traceback at exit; checking first gives the one-line error alone.
    """
    import distributed.security

    if address.partition("://")[0].lower() != "tls":
        return
    if distributed.security.Security().get_connection_args("client")["ssl_context"] is None:
        raise ServiceError(f"--dask {address}: tls:// needs TLS settings in Dask's configuration "
                           "(distributed.comm.tls.ca-file and client cert/key, or DASK_DISTRIBUTED__COMM__TLS__* variables)")

class DaskExecutor:
    """An :data:`~kgraph.extraction.pipeline.Executor` for :func:`kgraph.extract` and
    :func:`kgraph.build_graph` (``executor=``).  ``address`` is a scheduler address
    (``tcp://host:8786``), or ``"local"`` to start a ``LocalCluster`` of ``workers``
    processes on this machine for the run.  A task is a batch of ``batch_chars`` of text
    or ``batch_sources`` sources, as the pipeline's own groups."""

    def __init__(self, address: str, workers: int | None = None, *, batch_chars: int = 200_000,
                 batch_sources: int = 32,
                 retries: int = 2, timeout: float = 10.0) -> None:
        self.address = address
        self.workers = workers or os.cpu_count() or 1
        self.batch_chars = batch_chars
        self.batch_sources = batch_sources
        self.retries = retries
        self.timeout = timeout
        self.client = None  # the Dask client while a run goes on (tests use it)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[Any]:
        distributed = require("distributed", "dask", "--dask")
        quiet = logging.getLogger("distributed")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # a restarted worker is handled, not news
        try:
            if self.address == "local":
                try:
                    cluster = distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                                       processes=True, host="127.0.0.1", dashboard_address=None,
                                                       silence_logs=logging.ERROR)
                except Exception as exc:  # noqa: BLE001 - whatever stops the cluster, one line
                    raise ServiceError(f"--dask local: cannot start a local Dask cluster: {exc}") from exc
                with cluster, distributed.Client(cluster, set_as_default=False) as client:
                    yield client
            else:
                _check_security(self.address)
                try:
                    client = distributed.Client(self.address, timeout=self.timeout, set_as_default=False)
                except (OSError, TimeoutError, ValueError, TypeError) as exc:
                    raise ServiceError(f"--dask {self.address}: cannot reach the Dask scheduler: "
                                       f"{' '.join(str(exc).split())[:160]}") from exc
                with client:
                    yield client
        finally:
            quiet.setLevel(level)

    def __call__(self, items: Iterable[Source | ArticleRecord], records: Callable, warm: Callable,
                 progress: Any = None) -> Iterator[ArticleRecord]:
        with self._connect() as client:
            self.client = client
            try:
                client.run(_warm_up, warm, self.address == "local")  # every worker loads the gazetteer now, not in its first task
                slots = max(2, 3 * sum(client.nthreads().values()))
                pending: deque = deque()  # (future or records, bytes), in input order

                def ready() -> Iterator[ArticleRecord]:
                    work, size = pending.popleft()
                    if isinstance(work, list):
                        yield from work
                        return
                    try:
                        for records in work.result():
                            yield from records
                    except Exception as exc:
                        name = type(exc).__name__
                        if name == "KilledWorker":
                            raise ServiceError(f"--dask {self.address}: a batch of articles kept killing "
                                               f"the workers it ran on; given up: {exc}") from exc
                        if name in ("FutureCancelledError", "CancelledError", "CommClosedError"):
                            raise ServiceError(f"--dask {self.address}: the cluster dropped the work: "
                                               f"{name} {exc}") from exc
                        raise
                    if progress and size:
                        progress(size)

                for kind, batch, size in _batches(items, self.batch_chars, self.batch_sources):
                    if kind == "records":
                        pending.append((batch, 0))
                    else:
                        pending.append((client.submit(_analyze, batch, records, warm, self.address == "local",
                                                      retries=self.retries,
                                                      pure=False), size))
                    while sum(1 for work, _ in pending if not isinstance(work, list)) >= slots:
                        yield from ready()
                while pending:
                    yield from ready()
            finally:
                self.client = None


def _batches(items: Iterable[Source | ArticleRecord], limit: int,
             most: int) -> Iterator[tuple[str, list, int]]:
    """Sources grouped into batches of about ``limit`` characters and at most ``most``
    sources (the model reads a batch at once); records passed on, the order kept."""
    batch: list[Source] = []
    chars = size = 0
    for item in items:
        if isinstance(item, ArticleRecord):
            if batch:
                yield "sources", batch, size
                batch, chars, size = [], 0, 0
            yield "records", [item], 0
            continue
        batch.append(item)
        chars += len(item.text)
        size += item.size
        if chars >= limit or len(batch) >= most:
            yield "sources", batch, size
            batch, chars, size = [], 0, 0
    if batch:
        yield "sources", batch, size


def dask_executor(address: str | None, workers: int | None = None) -> DaskExecutor | None:
    """The executor for ``--dask ADDRESS`` (None without it); checks the extra is there."""
    if not address:
        return None
    if address != "local" and not re.fullmatch(r"(?:[a-z]+://)?(?:\[[0-9A-Fa-f:.]+\]|[^\s/:\[\]]+):\d{1,5}", address):
        raise InputError(f"--dask {address}: give a scheduler address (tcp://host:8786) or local")
    require("distributed", "dask", "--dask")
    return DaskExecutor(address, workers)
