"""Reading input: files, directories, JSON Lines and stdin, in any common encoding.

Sources are yielded one at a time so that memory does not grow with the corpus.
The encodings kgraph promises to read are tried in a fixed, explicit order
(a general-purpose detector guesses Big5 or Shift-JIS for short Chinese texts):

1. a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. strict UTF-8;
3. UTF-16 without a mark, when every other byte is NUL;
4. strict GB18030 (a superset of GBK and GB2312).

Text that still contains control characters or unassigned code points after
decoding is reported as binary rather than passed on as garbage.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError
from .model import SHARD_FORMAT, ArticleRecord, Source

__all__ = ["read_sources", "input_size", "decode", "TEXT_SUFFIXES", "JSONL_SUFFIXES", "MAX_FILE_BYTES"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A single text file above this is almost certainly not an article page.
MAX_FILE_BYTES = int(os.environ.get("KGRAPH_MAX_FILE_BYTES", 64 * 1024 * 1024))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, origin: str) -> str:
    """Decode bytes of one of the supported encodings, or raise :class:`InputError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], encoding, origin), origin)
    for encoding in ("utf-8", *_nul_pattern_encodings(data), "gb18030"):
        try:
            return _checked(data.decode(encoding), origin)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{origin}: cannot decode: not UTF-8, UTF-16 or GB18030 text")


def _strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: invalid {encoding} at byte {exc.start}") from None


def _nul_pattern_encodings(data: bytes) -> tuple[str, ...]:
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return ()
    even = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd > 0.3 and even < 0.05:
        return ("utf-16-le",)
    if even > 0.3 and odd < 0.05:
        return ("utf-16-be",)
    return ()


# Characters that are certainly ordinary text (ASCII, general punctuation, CJK symbols and
# ideographs, full-width forms): every one is assigned and none is a control character,
# so only the rest needs a look at its category.  A per-character loop cost a tenth of
# the extraction time.
_NOT_PLAIN = re.compile("[^\t\n\v\f\r\x20-\x7e\u2010-\u2027\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")


def _checked(text: str, origin: str) -> str:
    bad = 0
    for char in _NOT_PLAIN.findall(text, 0, 20000):
        if unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    if bad > max(2, len(text[:20000]) // 200):
        raise InputError(f"{origin}: looks binary, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_sources(inputs: Iterable[str | os.PathLike],
                 stdin: BinaryIO | None = None) -> Iterator[Source | ArticleRecord]:
    """Yield a :class:`Source` per text file and per JSON Lines record, and an
    :class:`ArticleRecord` per line of a shard (``kgraph extract --format jsonl``).

    ``inputs`` are paths (files or directories, read recursively) or ``-`` for
    standard input. Raises :class:`InputError` on the first unreadable input.
    """
    inputs = list(inputs)
    if not inputs:
        raise InputError("no input given")
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(MAX_FILE_BYTES + 1), "<stdin>", "stdin", sniff=True)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name.lower() != "readme.md"
            )
            if not files:
                raise InputError(f"{path}: directory holds no .txt or .jsonl files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            raise InputError(f"{path}: no such file or directory")


def input_size(inputs: Iterable[str | os.PathLike]) -> int | None:
    """Bytes the inputs hold (for a progress bar), or None when unknown (stdin)."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*")
                             if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            return None
    return total


def _read_file(path: Path) -> Iterator[Source]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.suffix.lower() not in JSONL_SUFFIXES:
            raise InputError(f"{path}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit for one text file "
                             "(split it, or raise KGRAPH_MAX_FILE_BYTES)")
        if path.suffix.lower() in JSONL_SUFFIXES:
            with open(path, "rb") as handle:
                yield from _read_jsonl(handle, str(path))
            return
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    yield from _read_bytes(data, str(path), path.stem, sniff=False)


def _read_bytes(data: bytes, origin: str, default_id: str, sniff: bool) -> Iterator[Source]:
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{origin}: over the {MAX_FILE_BYTES}-byte limit for one text")
    if not data.strip():
        raise InputError(f"{origin}: empty input")
    if sniff and data.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1] == b"{":
        yield from _read_jsonl(iter(data.splitlines(keepends=True)), origin)
        return
    text = decode(data, origin)
    if not text.strip():
        raise InputError(f"{origin}: no text")
    yield Source(id=default_id, text=text, origin=origin, size=len(data))


def _read_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[Source]:
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"{where}: JSON Lines must be UTF-8") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object per line")
        if "format" in record:
            if record["format"] != SHARD_FORMAT:
                raise InputError(f"{where}: unknown record format {record['format']!r} (this kgraph reads "
                                 f"{SHARD_FORMAT})")
            try:
                yield ArticleRecord.from_json(record)
            except (KeyError, TypeError, ValueError, IndexError):
                raise InputError(f"{where}: malformed {SHARD_FORMAT} record") from None
            seen_any = True
            continue
        doc_id, text = record.get("id"), record.get("text")
        if not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
            raise InputError(f'{where}: missing "id"')
        if not isinstance(text, str):
            raise InputError(f'{where}: missing "text" string')
        optional = {}
        for name in ("title", "date", "source"):
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                raise InputError(f'{where}: "{name}" must be a string')
            optional[name] = value
        seen_any = True
        yield Source(
            id=str(doc_id).strip(),
            text=text.replace("\r\n", "\n").replace("\r", "\n"),
            origin=where,
            title=optional["title"],
            date=optional["date"],
            publication=optional["source"],
            single_article=True,
            size=len(raw),
        )
    if not seen_any:
        raise InputError(f"{origin}: no JSON Lines records")
