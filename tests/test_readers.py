"""Streaming readers: every format, every reason a line or file is skipped."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from extractor.readers import (
    Located,
    ReaderOptions,
    Skip,
    UsageError,
    detect_format,
    read_documents,
    read_located,
)
from extractor.records import Document


def _write_lines(path: Path, lines: list[bytes]) -> Path:
    """Write raw byte lines (newline-terminated)."""
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def _items(paths: list[Path | str], **options: object) -> list[Document | Skip]:
    """All items of the given inputs."""
    return list(read_documents([str(p) for p in paths], ReaderOptions(**options)))  # type: ignore[arg-type]


GOOD = json.dumps({"doc_id": "a", "text": "Tariffs rose.", "published": "2018-03-08", "title": "T"}).encode()


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"{not json", "not JSON"),
        (b'["a list"]', "not a JSON object"),
        (b"42", "not a JSON object"),
        (b'{"text": "no id"}', "no doc_id"),
        (b'{"doc_id": "  ", "text": "blank id"}', "no doc_id"),
        (b'{"doc_id": ["x"], "text": "id is a list"}', "doc_id not a string"),
        (b'{"doc_id": "b"}', "no text"),
        (b'{"doc_id": "b", "text": 12}', "text not a string"),
        (b'{"doc_id": "b", "text": "x", "published": 2018}', "published not a string"),
        (b'{"doc_id": "b", "text": "caf\xe9"}', "not UTF-8"),
        (b'{"doc_id": "a", "text": "same id again"}', "duplicate doc_id"),
    ],
)
def test_bad_jsonl_line_is_skipped_with_reason_file_and_line(tmp_path: Path, line: bytes, reason: str) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [GOOD, line, GOOD.replace(b'"a"', b'"c"')])
    items = _items([path])
    assert [type(i).__name__ for i in items] == ["Document", "Skip", "Document"]
    skip = items[1]
    assert isinstance(skip, Skip)
    assert skip.reason == reason
    assert skip.line == 2 and skip.source == str(path)
    assert f"{path}:2" in skip.message


def test_jsonl_aliases_and_provenance(tmp_path: Path) -> None:
    line = json.dumps({"id": 7, "body": "Text", "date": "March 8, 2018", "url": "http://x", "source": "R"}).encode()
    (doc,) = _items([_write_lines(tmp_path / "in.jsonl", [line])])
    assert doc == Document(doc_id="7", text="Text", published="March 8, 2018", url="http://x", source="R")


def test_blank_lines_are_not_documents(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [b"", GOOD, b"   ", b""])
    assert len(_items([path])) == 1


def test_gzip_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(GOOD + b"\n" + b"{bad\n" + GOOD.replace(b'"a"', b'"z"') + b"\n")
    items = _items([path])
    assert [getattr(i, "doc_id", None) for i in items] == ["a", None, "z"]
    assert isinstance(items[1], Skip) and items[1].reason == "not JSON"


def test_truncated_gzip_keeps_documents_before_the_damage(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"id": f"d{i}", "text": "x" * 200}).encode() + b"\n" for i in range(200)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = _items([path])
    assert all(isinstance(i, Document) for i in items[:-1]) and len(items) > 1
    assert isinstance(items[-1], Skip) and items[-1].reason == "unreadable file"


def test_not_gzip_at_all_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(b"this is not gzip\n")
    (skip,) = _items([path])
    assert isinstance(skip, Skip) and skip.reason == "unreadable file"


def test_missing_file_is_one_skip_and_the_run_goes_on(tmp_path: Path) -> None:
    good = _write_lines(tmp_path / "in.jsonl", [GOOD])
    items = _items([tmp_path / "missing.jsonl", good])
    assert isinstance(items[0], Skip) and items[0].reason == "unreadable file"
    assert isinstance(items[1], Document)


def test_unreadable_file_is_one_skip(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "secret.jsonl", [GOOD])
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as root: permissions are not enforced")
        (skip,) = _items([path])
        assert isinstance(skip, Skip) and skip.reason == "unreadable file"
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    """True if the file can be opened despite its mode (root)."""
    try:
        path.open("rb").close()
        return True
    except OSError:
        return False


def test_csv_with_custom_field_names(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        'story,body_text,when,title\n'
        's1,"Tariffs, quotas\nand more",2018-03-08,Hello\n'
        's2,,2018-03-09,Empty text is a document\n'
        ',"no id",2018-03-10,x\n',
        encoding="utf-8",
    )
    items = _items([path], id_field="story", text_field="body_text", date_field="when")
    assert items[0] == Document(doc_id="s1", text="Tariffs, quotas\nand more", published="2018-03-08", title="Hello")
    assert isinstance(items[1], Document) and items[1].text == ""
    assert isinstance(items[2], Skip) and items[2].reason == "no doc_id" and items[2].line == 5  # the physical line where the row starts


def test_csv_bad_bytes_spoil_only_their_row(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"doc_id,text\na,fine\nb,caf\xe9\nc,also fine\n")
    items = _items([path])
    assert [type(i).__name__ for i in items] == ["Document", "Skip", "Document"]
    assert isinstance(items[1], Skip) and items[1].reason == "not UTF-8" and items[1].line == 3


def test_tsv_and_gzipped_csv(tmp_path: Path) -> None:
    tsv = tmp_path / "in.tsv"
    tsv.write_text("id\tbody\nt1\tSome text\n", encoding="utf-8")
    gz = tmp_path / "in.csv.gz"
    gz.write_bytes(gzip.compress(b"id,body\ng1,Other text\n"))
    assert [d.doc_id for d in _items([tsv, gz])] == ["t1", "g1"]  # type: ignore[union-attr]


def test_csv_field_longer_than_the_csv_module_default(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("id,text\nbig," + "x" * 300_000 + "\n", encoding="utf-8")
    (doc,) = _items([path])
    assert isinstance(doc, Document) and len(doc.text) == 300_000


def test_txt_file_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("Second", encoding="utf-8")
    (folder / "a.txt").write_text("First", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("Third", encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe broken")
    items = _items([folder])
    assert [(i.doc_id, type(i).__name__) for i in items] == [  # type: ignore[union-attr]
        ("a", "Document"), ("b", "Document"), ("bad", "Skip"), ("c", "Document")
    ]
    assert items[0] == Document(doc_id="a", text="First")
    single = _items([folder / "a.txt"])
    assert single == [Document(doc_id="a", text="First")]


def test_huge_txt_file_is_skipped_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 10_000, encoding="utf-8")
    (skip,) = _items([path], max_chars=1_000)
    assert isinstance(skip, Skip) and skip.reason == "too long"


def test_stdin_reads_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = GOOD + b"\n{oops\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = _items(["-"])
    assert isinstance(items[0], Document) and items[0].doc_id == "a"
    assert isinstance(items[1], Skip) and items[1].source == "<stdin>" and items[1].line == 2


def test_duplicates_across_files(tmp_path: Path) -> None:
    one = _write_lines(tmp_path / "one.jsonl", [GOOD])
    two = tmp_path / "two.csv"
    two.write_text("doc_id,text\na,again\n", encoding="utf-8")
    items = list(read_located([str(one), str(two)]))
    assert isinstance(items[1], Located) and isinstance(items[1].item, Skip)
    assert items[1].item.reason == "duplicate doc_id" and items[1].source == str(two) and items[1].line == 2


@pytest.mark.parametrize(
    "name, fmt",
    [("a.jsonl", "jsonl"), ("a.JSONL.gz", "jsonl"), ("a.ndjson", "jsonl"), ("a.csv", "csv"), ("a.tsv.gz", "tsv"), ("a.txt", "txt"), ("-", "jsonl")],
)
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(name) == fmt


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown input format"):
        detect_format("archive.xml")
    assert detect_format("archive.xml", "jsonl") == "jsonl"


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [json.dumps({"id": f"d{i}", "text": "t"}).encode() for i in range(1000)])
    stream = read_documents([str(path)])
    assert next(stream).doc_id == "d0"  # type: ignore[union-attr]
