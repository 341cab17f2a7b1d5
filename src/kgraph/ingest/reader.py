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

from ..errors import InputError, one_line
from ..model import SHARD_FORMATS, ArticleRecord, Source
from .html import html_text

__all__ = ["read_sources", "input_size", "decode", "TEXT_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "MAX_FILE_BYTES",
           "max_file_bytes", "without_surrogates", "without_controls"]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A single text file above this is almost certainly not an article page.
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024


def _max_from_environment() -> int | None:
    """``KGRAPH_MAX_FILE_BYTES``, or None when it is not a positive whole number (the
    reader then refuses to start, with one line, instead of a traceback at import)."""
    value = os.environ.get("KGRAPH_MAX_FILE_BYTES")
    if value is None or not value.strip():
        return DEFAULT_MAX_FILE_BYTES
    try:
        number = int(value.strip().replace("_", ""))
    except ValueError:
        return None
    return number if number > 0 else None


MAX_FILE_BYTES: int | None = _max_from_environment()


def max_file_bytes() -> int:
    """The byte limit for one text (or one JSON Lines line, or standard input)."""
    if MAX_FILE_BYTES is None:
        raise InputError(f"KGRAPH_MAX_FILE_BYTES={os.environ.get('KGRAPH_MAX_FILE_BYTES')!r}: "
                         "give a positive number of bytes")
    return MAX_FILE_BYTES


_MAX_ID = 1000  # characters: an id names an article, it is not a text

_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from a JSON escape such as \\ud800) cannot be encoded, segmented
    or written: each becomes U+FFFD, so that offsets do not move."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text

# Control characters are no text, and XML 1.0 cannot hold them: one in a title or a
# sentence once made the RDF/XML and GraphML exports unreadable to every XML parser.  Each
# becomes one character, so offsets do not move: a form feed (a page break, as pdftotext
# writes between pages) or a vertical tab a line break, any other a space.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def without_controls(text: str) -> str:
    """``text`` with each control character (but the tab and the line break) replaced
    one for one: a form feed or a vertical tab by a line break, the rest by a space."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(lambda found: "\n" if found.group() in "\x0b\x0c" else " ", text)


# Chinese text typed or copied with ASCII punctuation (a county paper's site: 本报讯 5月23日,县政府…;
# 来源:闽侯乡音报; every local page read for issue #18/#19, and the sample page, print their commas so):
# each such mark next to a Chinese character is read as the full-width one the rules know, one character
# for one, so offsets do not move.  Not between digits or letters (1,000; 12:30; http://).
_HALF_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CHINESE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60“”‘’"
_HALF_WIDTH_MARK = re.compile(f"(?<=[{_CHINESE}])[,;:?!()]|[,;:?!()](?=[{_CHINESE}])")


def with_chinese_punctuation(text: str) -> str:
    """``text`` with the ASCII commas, semicolons, colons, marks and brackets written next to a Chinese
    character made full-width, one for one: 本报讯 5月23日,县政府 -> 本报讯 5月23日，县政府; and the marks typed for a
    middle dot between two Chinese characters the middle dot (周口日报∙新周口 -> 周口日报·新周口)."""
    if _DOT_LOOKALIKE.search(text):
        text = _DOT_LOOKALIKE.sub("·", text)
    if not _HALF_WIDTH_MARK.search(text):
        return text
    return _HALF_WIDTH_MARK.sub(lambda found: _HALF_WIDTH[found.group()], text)


# the marks typed for the middle dot between the parts of a name (令安德烈∙杰明的话, xwlb-2023; 周口日报∙新周口客户端记者, 鹿邑县's
# page, 2023; 石榴籽・书香筑梦): read as the middle dot, one for one, between two Chinese characters (a bullet that opens a line
# stays one)
_DOT_LOOKALIKE = re.compile(f"(?<=[{_CHINESE}])[\u2219\u30fb\uff65\u2027\u2022](?=[{_CHINESE}])")


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
    first = None
    for encoding in ("utf-8", *_nul_pattern_encodings(data), "gb18030"):
        try:
            return _checked(data.decode(encoding), origin)
        except UnicodeDecodeError as exc:
            first = first or exc
            continue
    # where UTF-8 failed: in a long UTF-8 file with one bad byte, that is what to mend
    if first is None or first.encoding != "utf-8":
        raise InputError(f"{origin}: cannot decode: not UTF-8, UTF-16 or GB18030 text", path=origin)
    line = data.count(b"\n", 0, first.start) + 1
    raise InputError(f"{origin}: cannot decode: not UTF-8, UTF-16 or GB18030 text (UTF-8 fails at line {line}, "
                     f"byte {first.start})", path=origin, line=line)


def _strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: invalid {encoding} at byte {exc.start}", path=origin) from exc


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
    return without_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


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
    limit = max_file_bytes()
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(_read_capped(stream, limit, "<stdin>"), "<stdin>", "stdin", sniff=True)
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
                raise InputError(f"{path}: directory holds no .txt, .md, .html or .jsonl files")
            for file in files:
                # a page's id is its path under the directory (2023-01/news, 2023-02/news):
                # two files with one name in different folders are two pages
                yield from _read_file(file, file.relative_to(path).with_suffix("").as_posix())
        elif path.exists():
            yield from _read_file(path, path.stem)
        else:
            raise InputError(f"{path}: no such file or directory", path=str(path))


def _read_capped(stream: BinaryIO, limit: int, origin: str) -> bytes:
    """At most ``limit`` bytes of a stream (a pipe, /dev/zero…), or :class:`InputError`."""
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{origin}: cannot read: {exc.strerror or exc}", path=origin) from exc
    if data is None:
        data = b""
    if len(data) > limit:
        raise InputError(f"{origin}: over the {limit}-byte limit for one text "
                         "(split it, or raise KGRAPH_MAX_FILE_BYTES)")
    return data


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


def _read_file(path: Path, default_id: str) -> Iterator[Source]:
    limit = max_file_bytes()
    jsonl = path.suffix.lower() in JSONL_SUFFIXES
    try:
        size = path.stat().st_size
        if size > limit and not jsonl:
            raise InputError(f"{path}: {size} bytes is over the {limit}-byte limit for one text file "
                             "(split it, or raise KGRAPH_MAX_FILE_BYTES)")
        if jsonl:
            with open(path, "rb") as handle:
                origin = without_surrogates(str(path))
                yield from _read_jsonl(_capped_lines(handle, limit, origin), origin)
            return
        # a stream (/dev/zero, a pipe) has no size: the limit is kept while reading
        with open(path, "rb") as handle:
            data = _read_capped(handle, limit, str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}", path=str(path)) from exc
    suffix = path.suffix.lower()
    markup = "markdown" if suffix == ".md" else "html" if suffix in HTML_SUFFIXES else None
    # a file name that is not UTF-8 holds surrogate escapes: not text a graph can hold
    yield from _read_bytes(data, without_surrogates(str(path)), without_surrogates(default_id), sniff=False,
                           markup=markup)


def _capped_lines(handle: BinaryIO, limit: int, origin: str) -> Iterator[bytes]:
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit:
            raise InputError(f"{origin}:{number}: a line over the {limit}-byte limit for one text "
                             "(raise KGRAPH_MAX_FILE_BYTES)", path=origin, line=number)
        yield line


def _read_bytes(data: bytes, origin: str, default_id: str, sniff: bool, markup: str | None = None) -> Iterator[Source]:
    limit = max_file_bytes()
    if len(data) > limit:
        raise InputError(f"{origin}: over the {limit}-byte limit for one text")
    if not data.strip():
        raise InputError(f"{origin}: empty input")
    if sniff and data.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1] == b"{":
        yield from _read_jsonl(iter(data.splitlines(keepends=True)), origin)
        return
    text = decode(data, origin)
    if markup == "html":
        # a saved web page: its text, a block to a line (offsets point into that text)
        text, markup = html_text(text), None
    if not text.strip():
        raise InputError(f"{origin}: no text")
    yield Source(id=default_id, text=text, origin=origin, size=len(data), markup=markup)


def _clean(value):
    """A decoded JSON value with every lone surrogate replaced (see :func:`without_surrogates`)."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _with_title(title: str | None, text: str) -> str:
    """A record's text with its title as the first paragraph: the title is part of what the
    story says (习近平同南非总统共同会见记者; a headline's 在京 is where it happened), and
    evidence, offsets and sentences are read over the one text.  A text that already opens
    with its title is kept as it is, and so is an empty one (an article with no text)."""
    if not title or not text.strip() or text.lstrip().startswith(title):
        return text
    return f"{title}\n{text}"


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
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: JSON Lines must be UTF-8", path=origin, line=number) from exc
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON: {exc.msg} at column {exc.colno}", path=origin, line=number,
                             column=exc.colno) from exc
        except RecursionError as exc:
            raise InputError(f"{where}: malformed JSON: nested too deeply", path=origin, line=number) from exc
        except ValueError as exc:  # an integer of more digits than Python converts
            raise InputError(f"{where}: malformed JSON: {one_line(exc, 120)}", path=origin, line=number) from exc
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object per line", path=origin, line=number)
        if "format" in record:
            if record["format"] not in SHARD_FORMATS:
                raise InputError(f"{where}: unknown record format {record['format']!r} (this kgraph reads "
                                 f"{' and '.join(SHARD_FORMATS)})")
            try:
                yield ArticleRecord.from_json(_clean(record))
            except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError) as exc:
                raise InputError(f"{where}: malformed {record['format']} record", path=origin, line=number) from exc
            seen_any = True
            continue
        doc_id, text = record.get("id"), record.get("text")
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
            raise InputError(f'{where}: missing "id" (a string or a whole number)', path=origin, line=number)
        doc_id = without_surrogates(str(doc_id).strip())
        if len(doc_id) > _MAX_ID:
            raise InputError(f'{where}: an "id" of {len(doc_id)} characters (at most {_MAX_ID})', path=origin,
                             line=number)
        if not isinstance(text, str):
            raise InputError(f'{where}: missing "text" string', path=origin, line=number)
        optional = {}
        for name in ("title", "date", "source"):
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                raise InputError(f'{where}: "{name}" must be a string', path=origin, line=number)
            optional[name] = without_controls(without_surrogates(value)) if value is not None else None
        if optional["title"] is not None:  # one line: it opens the text as its first paragraph
            optional["title"] = " ".join(optional["title"].split()) or None
        seen_any = True
        yield Source(
            id=doc_id,
            text=_with_title(optional["title"],
                             without_controls(without_surrogates(text).replace("\r\n", "\n").replace("\r", "\n"))),
            origin=where,
            title=optional["title"],
            date=optional["date"],
            publication=optional["source"],
            single_article=True,
            size=len(raw),
        )
    if not seen_any:
        raise InputError(f"{origin}: no JSON Lines records")
