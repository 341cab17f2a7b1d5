"""The object the recognisers share while they read one document.

Like a spaCy ``Doc``: the text, its tokens, sentences and quotations, and what
each stage found so far (mentions, facts).  Stages add to it in order:
divisions -> agencies -> people -> programs -> places.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from ..ingest.layout import writes_its_county_by_level
from ..ingest.reader import with_chinese_punctuation
from ..model import Document, EventMention, Fact, IncompleteFact, Key, Mention
from ..resources import tokenizer
from ..schema import stage_names
from .tagger import Token

__all__ = ["Analysis", "Region", "SpanIndex", "stage", "analysis_fields", "declarable"]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+[”’」』）)]*")
_QUOTE = re.compile(r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|\"([^\"\n]{1,40})\"")


class SpanIndex:
    """Spans (start, end, *anything) sorted by start, for the spans that overlap or
    hold a range in time proportional to the answer: names are short, so only the
    spans starting within the longest span's length before the range can reach it.
    (Scanning every span for every candidate made a long article quadratic.)"""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans, key=lambda span: (span[0], span[1]))
        self._starts = [span[0] for span in self.spans]
        self._longest = max((span[1] - span[0] for span in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, max(end, start + 1))
        return [span for span in self.spans[lo:hi] if span[0] < end and start < span[1]]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def holding(self, start: int, end: int) -> list:
        """The spans that contain [start, end)."""
        return [span for span in self.overlapping(start, end) if span[0] <= start and end <= span[1]]


def stage(*, reads: tuple[str, ...], writes: tuple[str, ...]):
    """Declare what a pipeline stage reads from the :class:`Analysis` and what it adds:
    entity types, relation predicates and event types of the schema registry
    (:func:`kgraph.schema.stage_names`), or the analysis's own fields ("text",
    "tokens", "model_tokens", "pending", "events").  A name that is neither is refused
    when the stage is defined (a typo would declare nothing); the pipeline checks at
    import that every stage reads only what the text and earlier stages provide; and the
    test suite runs each stage on real text and fails one that changes what it did not
    declare (tests/test_schema.py)."""
    def mark(function):
        unknown = [name for name in (*reads, *writes) if name not in declarable()]
        if unknown:
            raise TypeError(f"stage {function.__name__} declares {', '.join(map(repr, unknown))}: neither a type "
                            f"or predicate of kgraph.schema nor a field of the Analysis")
        function.reads, function.writes = tuple(reads), tuple(writes)
        return function
    return mark


def analysis_fields() -> frozenset[str]:
    """The names of what an :class:`Analysis` holds: its fields and the properties it
    computes from the text (``tokens``, ``sentences`` …)."""
    computed = {name for name, value in vars(Analysis).items()
                if isinstance(value, (property, cached_property)) and not name.startswith("_")}
    return frozenset({f.name for f in dataclasses.fields(Analysis)} | computed)


def declarable() -> frozenset[str]:
    """Every name a stage may declare it reads or writes."""
    return stage_names() | analysis_fields()


@dataclass(frozen=True)
class Region:
    """Where a source's paper is at home: the prefecture (and its province) that
    我市/全市 and unqualified 市应急管理局 refer to."""

    node: int | None  # gazetteer node of the prefecture, None when unknown
    # whether the paper says where it is at home (its name, 荆州日报, or the user's --region),
    # not a guess from the divisions the page names most
    stated: bool = False


@dataclass
class Analysis:
    doc: Document
    region: Region
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # what happens: meetings, visits, gatherings, appointments (the events stage)
    events: list[EventMention] = field(default_factory=list)
    # the trained model's words over ``doc.text`` (None when run with ``--model none``)
    model_tokens: list[Token] | None = None
    # candidates the fusion chose that wait for their stage (see kgraph.extraction.recognise)
    pending: list = field(default_factory=list)
    # the people among them: start -> end (what the people stage asks of them)
    pending_names: dict[int, int] = field(default_factory=dict)
    # the user's lexicon directory (names.tsv: white list, vetoes.tsv: black list)
    lexicon_dir: str | None = None

    @cached_property
    def text(self) -> str:
        """The article's text as the stages read it: ASCII punctuation next to Chinese made full-width, one
        character for one (kgraph.ingest.reader.with_chinese_punctuation: 本报讯 5月23日,县政府… reads as
        …日，县政府…), so every offset is the document's; the document keeps the text as written, which the
        evidence quotes."""
        return with_chinese_punctuation(self.doc.text)

    @cached_property
    def writes_its_county_by_level(self) -> bool:
        """Whether the text names its own county by its level alone (kgraph.ingest.layout.writes_its_county_by_level:
        我县, …。县委书记蒲从双), read once per article."""
        return writes_its_county_by_level(self.text)

    @cached_property
    def tokens(self) -> list[tuple[int, int, str]]:
        """jieba tokens as (start, end, word)."""
        words = tokenizer().lcut(self.text, HMM=True)
        ends = list(accumulate(map(len, words)))
        return list(zip([0, *ends[:-1]], ends, words))

    @cached_property
    def _token_starts(self) -> list[int]:
        return [start for start, _, _ in self.tokens]

    @cached_property
    def boundaries(self) -> frozenset[int]:
        return frozenset(self._token_starts) | {len(self.text)}

    def token_at(self, offset: int) -> tuple[int, int, str] | None:
        index = bisect.bisect_right(self._token_starts, offset) - 1
        return self.tokens[index] if index >= 0 else None

    def tokens_from(self, offset: int, limit: int = 12) -> list[tuple[int, int, str]]:
        index = bisect.bisect_left(self._token_starts, offset)
        return self.tokens[index:index + limit]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for match in _SENTENCE_END.finditer(self.text):
            end = match.end()
            if self.text[start:end].strip():
                spans.append((start, end))
            start = end
        if self.text[start:].strip():
            spans.append((start, len(self.text)))
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence(self, offset: int) -> tuple[int, int]:
        index = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        start, end = self.sentences[index] if self.sentences else (0, len(self.text))
        while end > start and self.text[end - 1] == "\n":
            end -= 1
        return start, end

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted text, inner (without the marks)."""
        out = []
        for match in _QUOTE.finditer(self.text):
            group = next(i for i in (1, 2, 3) if match.group(i) is not None)
            out.append((match.start(group), match.end(group)))
        return out

    @cached_property
    def quote_index(self) -> SpanIndex:
        return SpanIndex(self.quotes)

    def in_quote(self, start: int, end: int) -> bool:
        return bool(self.quote_index.holding(start, end))

    @cached_property
    def model_names(self) -> dict[int, int]:
        """Where the model read a personal name: start -> end (line breaks trimmed)."""
        out: dict[int, int] = {}
        for token in self.model_tokens or ():
            if token.tag == "PER":
                start, end = token.start, token.end
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                if end - start >= 2:
                    out[start] = end
        return out

    @cached_property
    def model_name_texts(self) -> frozenset[str]:
        """The personal names the model reads anywhere in the article, as written."""
        return frozenset(self.text[start:end] for start, end in self.model_names.items())

    @cached_property
    def model_name_index(self) -> "SpanIndex":
        return SpanIndex(self.model_names.items())

    @cached_property
    def _model_starts(self) -> list[int]:
        return [token.start for token in self.model_tokens or ()]

    def model_token_at(self, offset: int) -> Token | None:
        """The model's word that starts at ``offset``, or None (a bisection, not a scan)."""
        at = bisect.bisect_left(self._model_starts, offset)
        starts = self._model_starts
        return self.model_tokens[at] if at < len(starts) and starts[at] == offset else None

    def model_tokens_between(self, start: int, end: int) -> list[Token]:
        """The model's tokens that start in [start, end), in order (a bisection, not a scan)."""
        tokens = self.model_tokens or ()
        return list(tokens[bisect.bisect_left(self._model_starts, start):bisect.bisect_left(self._model_starts, end)])

    def of_type(self, type_: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == type_]

    def forget(self, keys: set[Key]) -> None:
        """Drop the mentions of ``keys`` and every fact of theirs (an entity that turns out to be none of the article's)."""
        if keys:
            self.mentions[:] = [m for m in self.mentions if m.key not in keys]
            self.facts[:] = [f for f in self.facts if f.subject not in keys and f.object not in keys]

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        return mention

    def fact(self, subject: Key, predicate: str, obj: Key, at: int, **props) -> None:
        start, end = self.sentence(at)
        try:
            self.facts.append(Fact.make(subject, predicate, obj, self.doc.id, start, end, **props))
        except IncompleteFact as exc:  # a recogniser's slip: never a relation without an end
            self.notes.append(f"{self.doc.id}: dropped an incomplete fact ({exc})")
