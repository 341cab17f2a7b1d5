"""The extraction pipeline: sources -> documents -> analysed documents -> article
records -> entities and relations.  ``extract`` is the library entry point the CLI
calls.

Everything up to the article record depends on one source only, so it runs in
worker processes with ``jobs > 1``; records come back in input order and are resolved
in this process, which makes the result identical to ``jobs=1``.  Records read from
shards (``kgraph extract --format jsonl``) join the same stream.
"""
from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import signal
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import InputError
from ..gazetteer import gazetteer
from ..ingest.dates import article_date, labelled_date, signed_date
from ..ingest.layout import (dateline_place, page_crumbs, page_publisher, source_in_simplified_characters,
                             split_documents)
from ..ingest.reader import read_sources, with_chinese_punctuation
from ..model import ArticleRecord, Extraction, Source, calendar_date
from ..resources import tokenizer, word_tags
from .analysis import Analysis, Region
from .events import find_events
from .posts import find_officials, find_posts
from .recognise import find_model_agencies, find_model_entities, flatten_nested
from .recognisers.agencies import find_agencies
from .recognisers.divisions import find_divisions, home_candidates, infer_region, region_named, scan, zone_names
from .recognisers.listed import find_listed_divisions, listed_towns_of_one_county
from .recognisers.zones import find_zones
from .recognisers.people import find_people
from .recognisers.places import find_places
from .recognisers.programs import find_programs
from .relations import find_relations
from .resolve import Resolver, article_record
from .tagger import DEFAULT_MODEL, load_tagger
from .world import find_world

__all__ = ["extract", "extract_text", "extract_records", "extract_sources", "analyze_source", "analyze_sources",
           "article_records",
           "warm_up", "STAGES"]

# The stages after divisions, in order; each reads what the ones before found.
STAGES: tuple[Callable[[Analysis], None], ...] = (
    find_zones,
    find_listed_divisions,
    find_agencies,
    find_model_agencies,
    find_officials,
    find_people,
    find_programs,
    find_places,
    find_model_entities,
    find_posts,
    find_relations,
    flatten_nested,
    find_world,
    find_events,
)

# what the text gives every stage: its characters, its words, the model's words
_GIVEN = ("text", "tokens", "model_tokens")


def check_stages(stages=(find_divisions, *STAGES)) -> None:
    """Every stage reads only what the text or an earlier stage provides (see
    :func:`kgraph.extraction.analysis.stage`); raises ``TypeError`` naming the first that does not."""
    provided = set(_GIVEN)
    for step in stages:
        missing = [name for name in step.reads if name not in provided]
        if missing:
            raise TypeError(f"stage {step.__name__} reads {', '.join(missing)} before any stage writes it")
        provided.update(step.writes)


check_stages()

Progress = Callable[[int], None]  # called with the bytes of input just processed

# Runs the per-article analysis elsewhere (a Dask cluster: :mod:`kgraph.extraction.distributed`).
# Called with the items, ``records(sources) -> [records of each source]`` and ``warm()``
# (both picklable, to run on the workers) and the progress callback, it yields the
# article records in input order, as ``article_records`` does.
Executor = Callable[[Iterable["Source | ArticleRecord"], Callable, Callable, "Progress | None"],
                    Iterator[ArticleRecord]]


def analyze_source(source: Source, region: Region | None = None,
                   model: str | None = DEFAULT_MODEL, lexicon: str | None = None,
                   date: str | None = None) -> Iterator[Analysis]:
    """Split a source into articles and run every stage over each."""
    for analyses in analyze_sources([source], region, model, lexicon, date):
        yield from analyses


def dated_documents(source: Source, date: str | None = None) -> list:
    """The articles of a source, each with its date and where the date came from: the
    record's, else ``date`` (``--date``), else the file's path, else the page's: the date
    an article's own stretch of the page labels (a website's 发布时间：2023-04-20 above each
    article), else the page's dateline or masthead (see :mod:`kgraph.ingest.dates`)."""
    documents = split_documents(source, read_in_simplified=False)  # (read so by _prepare)
    # a JSON Lines record's origin is file.jsonl:LINE: the file's name may give the date
    path = source.origin.rsplit(":", 1)[0] if source.single_article else source.origin
    found, origin = article_date(source.date, date, path, source.text)
    if origin != "page" or len(documents) < 2:
        return [replace(doc, date=found, date_source=origin) for doc in documents]
    # an article's stretch of the page runs from its headline to the next article's (the first
    # from the page's top): its header fields below its headline, or its trailing ones
    starts = [min((start for _, start, _ in doc.pieces), default=None) for doc in documents]
    dated = []
    for i, doc in enumerate(documents):
        stretch_start = 0 if i == 0 else starts[i]
        stretch_end = next((start for start in starts[i + 1:] if start is not None), len(source.text))
        stretch = source.text[stretch_start or 0:stretch_end]
        own = labelled_date(stretch) or signed_date(stretch)
        dated.append(replace(doc, date=own or found, date_source=origin))
    return dated


def analyze_sources(sources: list[Source], region: Region | None = None, model: str | None = DEFAULT_MODEL,
                    lexicon: str | None = None, date: str | None = None) -> Iterator[list[Analysis]]:
    """The analysed articles of each source, in order.  The model (if any) reads the
    articles of all the sources at once: it encodes sentences of one length together
    and decodes them in batches, which costs far less than one call per sentence."""
    prepared = _prepare(sources, region, date)
    yield from _analyse(prepared, _tag(prepared, model), lexicon)


# each source's articles, the gazetteer names in each, and the region it is read in
_Prepared = list[tuple[list, list, "Region | None"]]


def _prepare(sources: list[Source], region: Region | None, date: str | None) -> _Prepared:
    prepared = []
    for source in sources:
        source = source_in_simplified_characters(source)  # (a page in traditional characters: its dateline, crumbs and dates too)
        documents = dated_documents(source, date)
        candidates = [scan(doc.text) for doc in documents]
        home = region
        if home is None or home.node is None:
            home = infer_region([c for doc, cands in zip(documents, candidates)
                                 for c in home_candidates(doc.text, cands) + listed_towns_of_one_county(doc.text)],
                                source.publication or page_publisher(source.text), page=len(documents) > 1,
                                crumbs=page_crumbs(source.text), text=source.text,
                                zoned=[c for doc, cands in zip(documents, candidates) for c in zone_names(doc.text, cands)],
                                dateline=dateline_place(source.text))
        prepared.append((documents, candidates, home))
    return prepared


def _tag(prepared: _Prepared, model: str | None, threads: int | None = None) -> list:
    """The model's words of every article of ``prepared``, in order (``None`` each without a model); ``threads``: the
    encoder's batches side by side (the tagger's own number if not given)."""
    tagger = load_tagger(model)
    # the text the stages read (Analysis.text): the model reads full-width punctuation as it was trained to
    texts = [with_chinese_punctuation(doc.text) for documents, _, _ in prepared for doc in documents]
    return tagger.tag(texts, threads) if tagger else [None] * len(texts)


def _analyse(prepared: _Prepared, tagged: list, lexicon: str | None) -> Iterator[list[Analysis]]:
    words = iter(tagged)
    for documents, candidates, home in prepared:
        analyses = []
        for doc, cands in zip(documents, candidates):
            analysis = Analysis(doc, home, model_tokens=next(words), lexicon_dir=lexicon)
            find_divisions(analysis, cands)
            for stage in STAGES:
                stage(analysis)
            analyses.append(analysis)
        yield analyses


def _records(sources: list[Source], region: Region | None, model: str | None,
             lexicon: str | None = None, date: str | None = None) -> list[list[ArticleRecord]]:
    """Article records of each source (the analyses, with their texts, are dropped one
    source at a time)."""
    return [[article_record(analysis) for analysis in analyses]
            for analyses in analyze_sources(sources, region, model, lexicon, date)]


# sources analysed together (one JSON Lines record is one source): enough text for the
# model's batches, little enough to keep memory and progress smooth
_GROUP_SOURCES = 128
_GROUP_CHARS = 200_000
# one job's first group: the stages wait for the model's tags of it, the model's thread tagging each next group while
# they read the one before (benchmarks/bench_model.py: 1 MB of news took 8.4 s with a group of 200,000 characters first)
_FIRST_GROUP_CHARS = 25_000


def _groups(items: Iterable[Source | ArticleRecord],
            first: int = _GROUP_CHARS) -> Iterator[list[Source] | ArticleRecord]:
    """The articles in groups of _GROUP_SOURCES or _GROUP_CHARS at most; the first group ``first`` characters, each
    after it twice the one before up to _GROUP_CHARS (where the stages wait for the model's first group, a small
    one ends their wait early)."""
    group: list[Source] = []
    size, limit = 0, first
    for item in items:
        if isinstance(item, ArticleRecord):
            if group:
                yield group
                group, size = [], 0
            yield item
            continue
        group.append(item)
        size += len(item.text)
        if len(group) >= _GROUP_SOURCES or size >= limit:
            yield group
            group, size, limit = [], 0, min(_GROUP_CHARS, 2 * limit)
    if group:
        yield group


# ---------------------------------------------------------------------- workers

_worker_region: Region | None = None
_worker_model: str | None = DEFAULT_MODEL
_worker_lexicon: str | None = None
_worker_date: str | None = None


def _init_worker(region: Region | None, model: str | None, lexicon: str | None = None,
                 date: str | None = None) -> None:
    global _worker_region, _worker_model, _worker_lexicon, _worker_date
    _worker_region, _worker_model, _worker_lexicon, _worker_date = region, model, lexicon, date
    # Ctrl-C is the parent's to handle (one line, exit 130); a worker just stops
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(freeze=True, model=model)  # the worker is ours: its long-lived objects are all data


def _work(item: list[Source] | ArticleRecord) -> list[tuple[list[ArticleRecord], int]]:
    if isinstance(item, ArticleRecord):
        return [([item], 0)]
    records = _records(item, _worker_region, _worker_model, _worker_lexicon, _worker_date)
    return [(per_source, source.size) for per_source, source in zip(records, item)]


def warm_up(freeze: bool = False, model: str | None = DEFAULT_MODEL) -> None:
    """Load what every article needs (once per process, before the work).

    ``freeze`` tunes the garbage collector for the work ahead: everything alive moves to
    its permanent generation (``gc.freeze``), so the gazetteer's million objects are never
    traversed again (a tenth of the extraction time), and the youngest generation is
    collected every 50 000 allocations instead of 700 (the stages make many small
    tuples that live as long as their article: another 5%).  The CLI and the worker
    processes do it; a library caller decides for its own process."""
    gaz = gazetteer()
    _ = gaz.name_starts  # built on first use: now
    tokenizer().lcut("预热")
    word_tags()
    load_tagger(model)
    if freeze:
        gc.freeze()
        gc.set_threshold(50_000, *gc.get_threshold()[1:])


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the loaded gazetteer and dictionaries with the workers; where fork
    # is unavailable or unsafe (macOS, Windows) the workers load them themselves
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def article_records(items: Iterable[Source | ArticleRecord], region: Region | None = None, *, jobs: int = 1,
                    progress: Progress | None = None, model: str | None = DEFAULT_MODEL,
                    lexicon: str | None = None, executor: Executor | None = None,
                    date: str | None = None) -> Iterator[ArticleRecord]:
    """Analyse sources into article records, in input order, in ``jobs`` processes
    (or by ``executor``, e.g. on a Dask cluster).  ``date`` is the articles' date when
    their record gives none (``--date``)."""
    if executor is not None:
        yield from executor(items, functools.partial(_records, region=region, model=model, lexicon=lexicon,
                                                     date=date),
                            functools.partial(warm_up, model=model), progress)
        return
    if jobs <= 1:
        yield from _overlapped(items, region, model, lexicon, date, progress)
        return
    warm_up(model=model)  # before forking, so that the workers share it
    context = _context()
    with context.Pool(jobs, initializer=_init_worker, initargs=(region, model, lexicon, date)) as pool:
        # imap keeps input order; a group is a few pages or dozens of records
        for results in pool.imap(_work, _groups(items), chunksize=1):
            for records, size in results:
                yield from records
                if progress and size:
                    progress(size)


def _overlapped(items: Iterable[Source | ArticleRecord], region: Region | None, model: str | None,
                lexicon: str | None, date: str | None, progress: Progress | None) -> Iterator[ArticleRecord]:
    """``jobs=1``: one group's articles go through the stages while the model reads the
    next group's in a thread.  The model's encoder (ONNX Runtime, over half the work)
    releases the GIL, so on a machine with a second core the two overlap; the records,
    and their order, are those of one group after another."""
    # garbage made before (a store's query results, which must be freed on the thread that made them:
    # pyoxigraph's are unsendable) is collected here, not by the model's thread when it allocates
    gc.collect()
    pool = ThreadPoolExecutor(1, thread_name_prefix="kgraph-model")

    def finished(group: list[Source], prepared: _Prepared, words: Future) -> Iterator[ArticleRecord]:
        for analyses, source in zip(_analyse(prepared, words.result(), lexicon), group):
            yield from (article_record(analysis) for analysis in analyses)
            if progress:
                progress(source.size)

    pending = None
    try:
        for group in _groups(items, first=_FIRST_GROUP_CHARS):
            if isinstance(group, ArticleRecord):
                if pending:
                    yield from finished(*pending)
                    pending = None
                yield group
                continue
            prepared = _prepare(group, region, date)
            # (the batches on two threads: the stages wait for the first group's, and on each next group's the model
            # falls behind them with one — benchmarks/bench_model.py, 1 MB: 7.9-8.5 s, against 9.0 s with two for the
            # first group only and 9.5 s with one)
            words = pool.submit(_tag, prepared, model, 2)
            if pending:
                yield from finished(*pending)
            pending = (group, prepared, words)
        if pending:
            yield from finished(*pending)
    finally:
        # an error or Ctrl-C: the model's next group is not waited for
        pool.shutdown(wait=False, cancel_futures=True)


def _lexicon_dir(lexicon: str | os.PathLike | None) -> str | None:
    if lexicon is None:
        return None
    if not os.path.isdir(lexicon):
        raise InputError(f"--lexicon {lexicon}: not a directory")
    return os.path.abspath(lexicon)


def _option_date(date: str | None) -> str | None:
    if date is None:
        return None
    if not calendar_date(date):
        raise InputError(f"--date {date}: give a calendar day as YYYY-MM-DD, e.g. 2023-05-12")
    return date


def _home(region: str | None) -> Region | None:
    if not region:
        return None
    home = region_named(region)
    if home.node is None:
        raise InputError(f"--region {region}: no such division in the gazetteer")
    return home


def extract_records(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *, region: str | None = None,
                    stdin: BinaryIO | None = None, jobs: int = 1,
                    progress: Progress | None = None, model: str | None = DEFAULT_MODEL,
                    lexicon: str | None = None, executor: Executor | None = None,
                    date: str | None = None) -> Iterator[ArticleRecord]:
    """Per-article results, streamed in input order, before corpus-level resolution:
    what ``kgraph extract --format jsonl`` writes, one :meth:`ArticleRecord.to_json`
    per line, and what a later build merges."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return article_records(read_sources(inputs, stdin=stdin), _home(region), jobs=jobs, progress=progress,
                           model=model, lexicon=_lexicon_dir(lexicon), executor=executor, date=_option_date(date))


def extract_sources(items: Iterable[Source | ArticleRecord], region: str | None = None, *, jobs: int = 1,
                    progress: Progress | None = None, model: str | None = DEFAULT_MODEL,
                    lexicon: str | os.PathLike | None = None, executor: Executor | None = None,
                    date: str | None = None) -> Extraction:
    home = _home(region)
    date = _option_date(date)
    load_tagger(model)  # an unknown or missing model is an error before any work
    resolver = Resolver()
    for record in article_records(items, home, jobs=jobs, progress=progress, model=model,
                                  lexicon=_lexicon_dir(lexicon), executor=executor, date=date):
        resolver.add_article(record)
    return resolver.finish()


def extract(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *, region: str | None = None,
            stdin: BinaryIO | None = None, jobs: int = 1, progress: Progress | None = None,
            model: str | None = DEFAULT_MODEL, lexicon: str | os.PathLike | None = None,
            executor: Executor | None = None, date: str | None = None) -> Extraction:
    """Read files, directories, JSON Lines or ``-`` (stdin) and return what they say.

    ``region`` names the paper's home region (荆州市) when it cannot be inferred.
    ``jobs`` processes analyse the articles (the result does not depend on it).
    ``model`` names the trained model that proposes names ("lac", the default), or
    "none" for the gazetteer and rules alone.  ``lexicon`` is a directory of the
    user's own lexicons: ``names.tsv`` (name, type: always that type) and
    ``vetoes.tsv`` (name, type: never that type), added to kgraph's.
    ``date`` (YYYY-MM-DD) is the articles' date when their record gives none; without
    it a date in the file's path or the page's dateline or masthead is used.
    Shards written by ``kgraph extract --format jsonl`` may be among the inputs.
    Raises :class:`kgraph.InputError` for unreadable input.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return extract_sources(read_sources(inputs, stdin=stdin), region=region, jobs=jobs, progress=progress,
                           model=model, lexicon=lexicon, executor=executor, date=date)


def extract_text(text: str, *, doc_id: str = "text", region: str | None = None,
                 model: str | None = DEFAULT_MODEL, lexicon: str | os.PathLike | None = None,
                 date: str | None = None, publication: str | None = None) -> Extraction:
    """Extract from a string (one page or article), e.g. in a notebook or a test;
    ``date`` (YYYY-MM-DD) is its date, ``publication`` who published it, as a JSON Lines record's
    ``source`` says (新闻联播: a national medium's story, whose programs and bodies are the nation's)."""
    return extract_sources([Source(id=doc_id, text=text, origin="<text>", publication=publication)], region=region,
                           model=model, lexicon=lexicon, date=date)
