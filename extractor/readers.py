"""Streaming readers: JSONL (.gz), CSV/TSV, .txt files and folders, standard input.

Every reader yields, one at a time, either a `Document` or a `Skip` that says why an
input line or file could not become a document (file and line named). Files are read
line by line (bytes, decoded per line), so one bad line never spoils the rest of the
file and memory does not grow with the input.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Union

from extractor.records import Document, InputError

FORMATS = ("jsonl", "csv", "tsv", "txt")
STDIN = "-"
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "tsv", ".txt": "txt"}
_CSV_FIELD_LIMIT = 2**31 - 1


class UsageError(ValueError):
    """A problem with the command line (e.g. an unknown input format), not with the data."""


@dataclass(frozen=True)
class Skip:
    """An input item that is not processed: why, and where it came from."""

    reason: str
    source: str
    line: int | None = None
    doc_id: str | None = None
    detail: str = ""

    @property
    def where(self) -> str:
        """`file:line` (or just the file)."""
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    @property
    def message(self) -> str:
        """One line for humans: where, which document, why."""
        doc = f" [{self.doc_id}]" if self.doc_id else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.where}{doc}: {self.reason}{detail}"

    def to_dict(self) -> dict[str, Any]:
        """JSON form (for the skip log)."""
        return {"doc_id": self.doc_id, "source": self.source, "line": self.line, "reason": self.reason, "detail": self.detail}


Item = Union[Document, Skip]


@dataclass(frozen=True)
class Located:
    """A reader item with the file and line it came from."""

    item: Item
    source: str
    line: int | None


@dataclass(frozen=True)
class ReaderOptions:
    """How to read the inputs: format and field names (None: the contract's names and aliases)."""

    format: str = "auto"
    id_field: str | None = None
    text_field: str | None = None
    date_field: str | None = None
    max_chars: int = 1_000_000

    def map_fields(self, record: Mapping[str, Any]) -> Mapping[str, Any]:
        """Rename the configured fields to the contract's names."""
        if not (self.id_field or self.text_field or self.date_field):
            return record
        out = dict(record)
        for name, canonical, alias in (
            (self.id_field, "doc_id", "id"),
            (self.text_field, "text", "body"),
            (self.date_field, "published", "date"),
        ):
            if name:
                out.pop(alias, None)
                out[canonical] = record.get(name)
        return out


def detect_format(path: str, fmt: str = "auto") -> str:
    """The format of an input: the given one, else from its name ('-' and unknown names raise for auto)."""
    if fmt != "auto":
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        return fmt
    if path == STDIN:
        return "jsonl"
    p = Path(path)
    if p.is_dir():
        return "txt"
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    found = _SUFFIXES.get(suffixes[-1]) if suffixes else None
    if found is None:
        raise UsageError(f"{path}: unknown input format (name it .jsonl, .jsonl.gz, .csv, .tsv or .txt, or pass --format)")
    return found


def check_formats(paths: Iterable[str], options: ReaderOptions) -> None:
    """Raise UsageError before the run if any input's format cannot be told."""
    for path in paths:
        detect_format(path, options.format)


def _open_binary(path: str) -> IO[bytes]:
    """Open a file (or '-') for reading bytes, gunzipping `.gz`."""
    if path == STDIN:
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _document(record: Any, options: ReaderOptions, source: str, line: int | None) -> Located:
    """A document from a parsed record, or a Skip naming the problem."""
    if not isinstance(record, Mapping):
        return Located(Skip("not a JSON object", source, line, None, type(record).__name__), source, line)
    mapped = options.map_fields(record)
    try:
        return Located(Document.from_dict(mapped), source, line)
    except InputError as exc:
        raw_id = mapped.get("doc_id", mapped.get("id"))
        doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else None
        return Located(Skip(_reason(str(exc)), source, line, doc_id, str(exc)), source, line)


def _reason(message: str) -> str:
    """The short skip reason for a `Document.from_dict` error message."""
    if message.startswith("no doc_id"):
        return "no doc_id"
    if message.startswith("doc_id is"):
        return "doc_id not a string"
    if message.startswith("no text"):
        return "no text"
    if message.startswith("text is"):
        return "text not a string"
    if message.startswith("published is"):
        return "published not a string"
    return "invalid document"


def _guard(path: str, lines: Iterator[Located]) -> Iterator[Located]:
    """Turn an I/O error mid-file into one Skip for the rest of that file."""
    line = None
    try:
        for located in lines:
            line = located.line
            yield located
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        where = None if line is None else line + 1
        yield Located(Skip("unreadable file", path, where, None, _oserror(exc)), path, where)


def _oserror(exc: BaseException) -> str:
    """A short description of an I/O error."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def read_jsonl(path: str, options: ReaderOptions = ReaderOptions()) -> Iterator[Located]:
    """Documents of a JSONL file (plain, .gz or '-'), one per non-blank line."""
    source = "<stdin>" if path == STDIN else path
    try:
        stream = _open_binary(path)
    except OSError as exc:
        yield Located(Skip("unreadable file", source, None, None, _oserror(exc)), source, None)
        return
    with stream if path != STDIN else _nullcontext(stream):
        yield from _guard(source, _jsonl_lines(stream, options, source))


def _jsonl_lines(stream: IO[bytes], options: ReaderOptions, source: str) -> Iterator[Located]:
    """Parse a binary JSONL stream line by line."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Located(Skip("not UTF-8", source, number, None, f"byte {exc.start}"), source, number)
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Located(Skip("not JSON", source, number, None, exc.msg), source, number)
            continue
        yield _document(record, options, source, number)


class _nullcontext:
    """Context manager that leaves the stream open (standard input)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def __enter__(self) -> Any:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        return None


def read_csv(path: str, options: ReaderOptions = ReaderOptions(), delimiter: str = ",") -> Iterator[Located]:
    """Documents of a CSV/TSV file with a header row (plain or .gz)."""
    source = "<stdin>" if path == STDIN else path
    try:
        stream = _open_binary(path)
    except OSError as exc:
        yield Located(Skip("unreadable file", source, None, None, _oserror(exc)), source, None)
        return
    with stream if path != STDIN else _nullcontext(stream):
        yield from _guard(source, _csv_rows(stream, options, source, delimiter))


def _csv_rows(stream: IO[bytes], options: ReaderOptions, source: str, delimiter: str) -> Iterator[Located]:
    """Parse CSV rows; bytes that are not UTF-8 spoil only their own row."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    row_start = 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Located(Skip("bad CSV row", source, row_start, None, str(exc)), source, row_start)
            row_start = reader.line_num + 1
            continue
        line, row_start = row_start, reader.line_num + 1
        if any(isinstance(v, str) and _has_surrogates(v) for v in row.values()):
            yield Located(Skip("not UTF-8", source, line), source, line)
            continue
        yield _document({k: v for k, v in row.items() if k is not None}, options, source, line)
    text.detach()


def _has_surrogates(value: str) -> bool:
    """True if decoding with surrogateescape met bytes that are not UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_txt(path: str, options: ReaderOptions = ReaderOptions()) -> Iterator[Located]:
    """One document from a .txt file: the stem is the doc_id, no publication date."""
    p = Path(path)
    limit = options.max_chars * 4 + 4
    try:
        with open(p, "rb") as f:
            data = f.read(limit)
            longer = bool(f.read(1))
    except OSError as exc:
        yield Located(Skip("unreadable file", path, None, p.stem, _oserror(exc)), path, None)
        return
    if longer:
        yield Located(Skip("too long", path, None, p.stem, f"more than {limit} bytes"), path, None)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Located(Skip("not UTF-8", path, None, p.stem, f"byte {exc.start}"), path, None)
        return
    yield Located(Document(doc_id=p.stem, text=text), path, None)


def txt_files(folder: str) -> list[str]:
    """The .txt files under a folder, recursively, in sorted order."""
    return [str(p) for p in sorted(Path(folder).rglob("*.txt")) if p.is_file()]


def read_folder(folder: str, options: ReaderOptions = ReaderOptions()) -> Iterator[Located]:
    """Documents of every .txt file under a folder, sorted by path."""
    try:
        files = txt_files(folder)
    except OSError as exc:
        yield Located(Skip("unreadable file", folder, None, None, _oserror(exc)), folder, None)
        return
    for path in files:
        yield from read_txt(path, options)


def read_path(path: str, options: ReaderOptions = ReaderOptions()) -> Iterator[Located]:
    """Documents of one input (file, folder or '-') in its format."""
    if path != STDIN and not Path(path).exists():
        yield Located(Skip("unreadable file", path, None, None, "no such file or folder"), path, None)
        return
    fmt = detect_format(path, options.format)
    if path != STDIN and Path(path).is_dir():
        yield from read_folder(path, options)
    elif fmt == "jsonl":
        yield from read_jsonl(path, options)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(path, options, delimiter="," if fmt == "csv" else "\t")
    else:
        yield from read_txt(path, options)


def _key(doc_id: str) -> bytes:
    """A compact 8-byte key for a doc_id (keeps the duplicate check small for big archives)."""
    return hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def read_located(paths: Iterable[str], options: ReaderOptions = ReaderOptions()) -> Iterator[Located]:
    """All inputs in order, with a Skip for every doc_id already seen in this run.

    The duplicate check keeps an 8-byte hash per document (about 60 bytes of memory
    each), the only state that grows with the input.
    """
    seen: set[bytes] = set()
    for path in paths:
        for located in read_path(path, options):
            item = located.item
            if isinstance(item, Document):
                key = _key(item.doc_id)
                if key in seen:
                    skip = Skip("duplicate doc_id", located.source, located.line, item.doc_id, "already read in this run")
                    located = Located(skip, located.source, located.line)
                else:
                    seen.add(key)
            yield located


def read_documents(paths: Iterable[str], options: ReaderOptions = ReaderOptions()) -> Iterator[Item]:
    """All inputs in order as Documents and Skips."""
    for located in read_located(paths, options):
        yield located.item
