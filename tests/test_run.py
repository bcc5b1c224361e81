"""The run loop: accounting, bad documents, workers, exit codes, resume after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import pytest

import extractor.run as run_mod
from extractor.cli import main
from extractor.records import Document, Event, InputError
from extractor.run import RunOptions, RunSummary, UsageError, english_share, run, screen

ROOT = Path(__file__).resolve().parents[1]
FAKE = "test_run:FakeExtractor"


class FakeExtractor:
    """Stands in for the Extractor: one event per sentence with 'tariff'; 'CRASH' raises."""

    version = "fake-1"

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def could_have_events(self, text: str) -> bool:
        """Trade vocabulary = the word 'tariff'."""
        return "tariff" in text.lower()

    def extract_document(self, document: Document) -> list[Event]:
        """One event per sentence that mentions a tariff."""
        if "CRASH" in document.text:
            raise ValueError("the pipeline broke")
        events, start = [], 0
        for sentence in document.text.split(". "):
            if "tariff" in sentence.lower():
                events.append(Event(doc_id=document.doc_id, event_type="impose", sentence=sentence,
                                    span=(start, start + len(sentence)), trigger="tariff", published=document.published))
            start += len(sentence) + 2
        return events

    def extract_many(self, documents: Iterable[Document], batch_size: int = 64) -> Iterator[tuple[Document, list[Event]]]:
        """Like the real one: a failure ends the generator."""
        for document in documents:
            yield document, self.extract_document(document)


ENGLISH = "The United States said on Friday it would impose a tariff of 25 percent on steel imports from China. "
FILLER = "Officials met in the capital to discuss the weather and the budget for the year. "
SPANISH = ("El gobierno de los Estados Unidos anunció aranceles nuevos sobre el acero chino y los productores "
           "europeos temen una guerra comercial que afecte sus exportaciones durante todo el próximo año según "
           "fuentes oficiales consultadas hoy por la prensa local en Madrid y Barcelona mientras siguen las tariff negociaciones")


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write records as JSONL."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def corpus(n: int) -> list[dict]:
    """n documents: two thirds with a tariff sentence, one third without trade vocabulary."""
    return [{"doc_id": f"d{i:04d}", "text": (ENGLISH * (1 + i % 3) if i % 3 else "") + FILLER * 2, "published": "2018-03-09"}
            for i in range(n)]


def fake(**kw: object) -> RunOptions:
    """Options with the fake extractor and no progress bar."""
    return RunOptions(factory=FAKE, progress="off", quiet=True, **kw)  # type: ignore[arg-type]


def test_summary_adds_up_over_every_kind_of_bad_document(tmp_path: Path) -> None:
    good = corpus(30)
    bad = [
        {"doc_id": "empty", "text": ""},
        {"doc_id": "blank", "text": "  \n\t "},
        {"doc_id": "long", "text": "tariff " * 2000},
        {"doc_id": "spanish", "text": SPANISH},
        {"doc_id": "binary", "text": "\x00\x01\x02tariff\x03" * 50},
        {"doc_id": "crash", "text": "CRASH the tariff pipeline."},
        {"doc_id": "d0001", "text": "a duplicate id"},
        {"id": None, "text": "no id"},
        {"doc_id": "notext", "text": 3},
    ]
    path = write_jsonl(tmp_path / "in.jsonl", good + bad)
    with path.open("ab") as f:
        f.write(b"{broken json\n" + b'{"doc_id": "latin", "text": "caf\xe9"}\n')
    out = tmp_path / "out.jsonl"
    summary = run([str(path), str(tmp_path / "missing.jsonl")], str(out), fake(max_chars=5000))
    assert summary.adds_up()
    assert summary.read == len(good) + len(bad) + 2 + 1
    assert summary.prefiltered == 10 and summary.processed == 20
    assert summary.skipped == {
        "empty text": 2, "too long": 1, "not English": 1, "not text": 1, "extractor error": 1, "duplicate doc_id": 1,
        "no doc_id": 1, "text not a string": 1, "not JSON": 1, "not UTF-8": 1, "unreadable file": 1,
    }
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.events == sum(1 + i % 3 for i in range(30) if i % 3)
    sidecar = json.loads((tmp_path / "out.jsonl.summary.json").read_text())
    assert sidecar["read"] == summary.read and sidecar["complete"] is True
    assert sidecar["read"] == sidecar["processed"] + sidecar["prefiltered"] + sidecar["skipped_total"]
    log = [json.loads(x) for x in (tmp_path / "out.jsonl.skipped.jsonl").read_text().splitlines()]
    assert len(log) == summary.skipped_total
    assert {"doc_id": "spanish", "reason": "not English", "line": 34} .items() <= log[3].items()
    assert not (tmp_path / "out.jsonl.progress.json").exists()


def test_no_prefilter_runs_every_document(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus(12))
    summary = run([str(path)], str(tmp_path / "out.jsonl"), fake(prefilter=False))
    assert summary.prefiltered == 0 and summary.processed == 12 and summary.adds_up()


def test_unparseable_date_is_a_warning_and_the_document_is_processed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.dates as dates

    def parse_published(value: str) -> str:
        if value == "someday":
            raise InputError(f"cannot read the date {value!r}")
        return "2018-03-09"

    monkeypatch.setattr(dates, "parse_published", parse_published, raising=False)
    docs = [{"doc_id": "a", "text": ENGLISH, "published": "someday"}, {"doc_id": "b", "text": ENGLISH, "published": "2018-03-09"}]
    out = tmp_path / "out.jsonl"
    summary = run([str(write_jsonl(tmp_path / "in.jsonl", docs))], str(out), fake())
    assert summary.processed == 2 and summary.warnings == {"published date unparseable": 1}
    events = [json.loads(x) for x in out.read_text().splitlines()]
    assert [e["published"] for e in events] == [None, "2018-03-09"]
    (log,) = [json.loads(x) for x in (tmp_path / "out.jsonl.skipped.jsonl").read_text().splitlines()]
    assert log["kind"] == "warning" and log["line"] == 1 and "someday" in log["detail"]


def test_output_is_identical_with_one_and_two_workers(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus(200))
    one = run([str(path)], str(tmp_path / "one.jsonl"), fake(batch_size=7))
    two = run([str(path)], str(tmp_path / "two.jsonl"), fake(batch_size=7, workers=2))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.events == two.events > 0 and two.adds_up()


def test_resume_continues_from_the_checkpoint(tmp_path: Path) -> None:
    """Simulate a crash: cut the output mid-line after a checkpoint, then --resume."""
    path = write_jsonl(tmp_path / "in.jsonl", corpus(100))
    full = tmp_path / "full.jsonl"
    run([str(path)], str(full), fake(batch_size=10))
    out = tmp_path / "out.jsonl"
    items = run_mod.read_located([str(path)])
    sink = run_mod.Sink(str(out), fake(batch_size=10).fingerprint([str(path)]), resume=False)
    engine = run_mod.InlineEngine(fake(batch_size=10))
    for k, (batch, outcomes) in enumerate(engine.map(run_mod.batches(items, 10))):
        lines, logs, _ = run_mod.account(batch, outcomes, sink.summary)
        sink.write(lines, logs)
        sink.checkpoint()
        if k == 3:
            sink.write(['{"half a line'], [])  # written after the last checkpoint
            break
    sink.close()
    summary = run([str(path)], str(out), fake(batch_size=10, resume=True))
    assert out.read_bytes() == full.read_bytes()
    assert summary.read == 100 and summary.adds_up()
    again = run([str(path)], str(out), fake(batch_size=10, resume=True))  # complete: nothing to do
    assert again.read == 100 and out.read_bytes() == full.read_bytes()


def test_resume_with_other_options_is_refused(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus(5))
    run([str(path)], str(tmp_path / "out.jsonl"), fake())
    with pytest.raises(UsageError, match="other inputs or options"):
        run([str(path)], str(tmp_path / "out.jsonl"), fake(resume=True, prefilter=False))


def test_english_heuristic() -> None:
    assert english_share(ENGLISH * 3)[1] > 0.2
    assert english_share(SPANISH)[1] < 0.1
    short = Document(doc_id="x", text="Zoll auf Stahl")
    assert screen(short, RunOptions().settings()) is None  # too short to judge


@pytest.fixture
def fake_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `trade-events extract` use the fake extractor."""
    monkeypatch.setattr(run_mod, "DEFAULT_FACTORY", FAKE)


def test_cli_writes_to_stdout_without_output(tmp_path: Path, fake_cli: None, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus(6))
    assert main(["extract", str(path), "--progress", "off"]) == 0
    captured = capsysbinary.readouterr()
    events = [json.loads(x) for x in captured.out.decode().splitlines()]
    assert len(events) == sum(1 + i % 3 for i in range(6) if i % 3)
    assert b"documents read: 6" in captured.err


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["archive.xml"], 2, "unknown input format"),
        (["IN", "-o", "/nonexistent-dir/out.jsonl"], 2, "cannot write"),
        (["IN", "--workers", "0"], 2, "--workers"),
        (["IN", "--scheduler", "tcp://h:1"], 2, "--engine dask"),
        (["missing.jsonl", "-o", "OUT"], 1, "no document could be processed"),
        (["EMPTY", "-o", "OUT"], 1, "no input documents"),
        (["IN", "BAD", "-o", "OUT", "--strict"], 1, "skipped (--strict)"),
        (["IN", "BAD", "-o", "OUT"], 0, "documents read: 4"),
        (["IN", "-o", "OUT", "--resume"], 0, "documents read: 3"),
    ],
)
def test_cli_exit_codes(tmp_path: Path, fake_cli: None, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str) -> None:
    files = {
        "IN": str(write_jsonl(tmp_path / "in.jsonl", corpus(3))),
        "BAD": str(write_jsonl(tmp_path / "bad.jsonl", [{"doc_id": "x", "text": ""}])),
        "EMPTY": str(write_jsonl(tmp_path / "empty.jsonl", [])),
        "OUT": str(tmp_path / "out.jsonl"),
    }
    argv = [files.get(a, a) for a in argv]
    assert main(["extract", *argv, "--progress", "off"]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_model_missing_gives_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus(3))
    code = main(["extract", str(path), "-o", str(tmp_path / "o.jsonl"), "--model", "no_such_model_xyz", "--progress", "off"])
    err = capsys.readouterr().err
    assert code == 1 and "no_such_model_xyz" in err and "Traceback" not in err


# --- with the real pipeline ---------------------------------------------------------


def trade_corpus(n: int) -> list[dict]:
    """n news-like documents, most with trade events, some without trade words, some bad."""
    templates = [
        "Washington slapped 25% tariffs on Chinese steel on Friday, the Commerce Department said.",
        "The European Union said it would impose duties of 10 percent on aluminum from the United States next month.",
        "Japan and the United States held trade talks in Tokyo on Tuesday.",
        "China filed a complaint at the WTO against U.S. tariffs on solar panels.",
        "The weather in the capital was mild and the markets were calm.",
    ]
    docs = []
    for i in range(n):
        body = " ".join(templates[(i + k) % len(templates)] for k in range(1 + i % 4))
        docs.append({"doc_id": f"n{i:04d}", "text": body, "published": f"2018-03-{1 + i % 28:02d}", "title": f"Story {i}"})
    docs[5]["text"] = ""
    docs[9]["text"] = SPANISH
    return docs


def cli(*args: str) -> subprocess.Popen:
    """Start `python -m extractor.cli` with this source tree on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_real_run_is_identical_with_one_and_two_workers(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", trade_corpus(120))
    opts = dict(progress="off", quiet=True, batch_size=16)
    one = run([str(path)], str(tmp_path / "one.jsonl"), RunOptions(**opts))  # type: ignore[arg-type]
    two = run([str(path)], str(tmp_path / "two.jsonl"), RunOptions(workers=2, **opts))  # type: ignore[arg-type]
    assert one.events > 50 and one.adds_up() and two.adds_up()
    assert one.skipped == {"empty text": 1, "not English": 1}
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


@pytest.mark.slow
def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", trade_corpus(400))
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    args = [str(path), "--batch-size", "8", "--progress", "off"]
    proc = cli("extract", *args, "-o", str(out))
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 20_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (tmp_path / "out.jsonl.progress.json").exists()
    partial = json.loads((tmp_path / "out.jsonl.progress.json").read_text())["summary"]["read"]
    assert 0 < partial < 400
    resumed = cli("extract", *args, "-o", str(out), "--resume")
    uninterrupted = cli("extract", *args, "-o", str(full))
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read().decode()  # type: ignore[union-attr]
    assert uninterrupted.wait(timeout=120) == 0
    assert out.read_bytes() == full.read_bytes()
    summary = json.loads((tmp_path / "out.jsonl.summary.json").read_text())
    expected = json.loads((tmp_path / "full.jsonl.summary.json").read_text())
    for key in ("read", "processed", "prefiltered", "skipped", "events"):
        assert summary[key] == expected[key]
    assert (tmp_path / "out.jsonl.skipped.jsonl").read_bytes() == (tmp_path / "full.jsonl.skipped.jsonl").read_bytes()
