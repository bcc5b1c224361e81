"""Run the extractor over an archive: batching, worker processes, accounting, resume.

`run(inputs, output, options)` is the plain function behind `trade-events extract`:

* Inputs are streamed (`extractor.readers`); documents travel to worker processes as
  plain dicts in batches and come back as finished JSON lines, in input order, so the
  output of `--workers N` equals that of `--workers 1` byte for byte.
* Every document read ends up `processed`, `prefiltered` (no trigger word or trade-policy licence: spaCy
  is not run) or `skipped` with a reason; `read == processed + prefiltered + skipped`.
  Skip reasons: the readers' (not JSON, not UTF-8, no text, duplicate doc_id, unreadable
  file, …) and the screen's (empty text, not text, too long, not English).
* An unparseable `published` date is not a skip: the document is processed without a
  date anchor (relative dates stay unresolved, `published` is null in its events) and
  the run counts a warning naming file and line.
* Output is written in whole lines, all events of a document together, flushed per
  batch. After each flush the checkpoint `OUT.progress.json` records the number of
  input items consumed, the output's byte size and the counts so far. `--resume`
  truncates the output (and the skip log) to the checkpoint, skips that many input
  items and goes on: the result equals an uninterrupted run.
* At the end the summary goes to stderr and to `OUT.summary.json`; skipped documents
  and warnings, one JSON line each, to `OUT.skipped.jsonl`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing as mp
import os
import queue
import re
import sys
import time
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from extractor.readers import Located, ReaderOptions, Skip, UsageError, check_formats, read_located
from extractor.records import Document, InputError

DEFAULT_FACTORY = "extractor.api:Extractor"
SHOW_MESSAGES = 10
FUNCTION_WORDS = frozenset(
    "the of and to in a an is are was were be been has have had it its that this these those for on with as by "
    "at from or but not which who will would said says he she they we their his her there than also after over "
    "into about up out more can could may should new last year per vs".split()
)
FOREIGN_WORDS = frozenset(
    "de la el los las del y en que por con una para es se le les des et du un une est pour qui dans sur pas au "
    "der die das und ist nicht mit von zu den im dem ein eine auf sich il di che della per non sono het een van "
    "ook niet zijn og att och är som för på ikke af da do em os não uma".split()
)
_WORD = re.compile(r"[^\W\d_]+")


class RunError(RuntimeError):
    """A run that cannot go on (model missing, a worker died); the message says why."""


@dataclass(frozen=True)
class RunOptions:
    """Options of a run (the `extract` command line as data)."""

    model: str | None = None
    reader: ReaderOptions = ReaderOptions()
    workers: int = 1
    batch_size: int = 64
    prefilter: bool = True
    resume: bool = False
    strict: bool = False
    max_chars: int = 1_000_000
    progress: str = "auto"
    quiet: bool = False
    factory: str = DEFAULT_FACTORY
    english_min_words: int = 30
    english_min_share: float = 0.10

    def settings(self) -> dict[str, Any]:
        """What a worker needs to screen and process documents (plain, picklable)."""
        return {
            "prefilter": self.prefilter,
            "max_chars": self.max_chars,
            "batch_size": self.batch_size,
            "english_min_words": self.english_min_words,
            "english_min_share": self.english_min_share,
        }

    def fingerprint(self, inputs: list[str]) -> dict[str, Any]:
        """The options that determine the output (must match for --resume)."""
        return {"inputs": list(inputs), "model": self.model, "reader": asdict(self.reader), **self.settings()}


@dataclass
class RunSummary:
    """What happened to every document of a run."""

    read: int = 0
    processed: int = 0
    prefiltered: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)
    events: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0
    output: str | None = None
    complete: bool = False

    @property
    def skipped_total(self) -> int:
        """Documents skipped, all reasons."""
        return sum(self.skipped.values())

    @property
    def warnings_total(self) -> int:
        """Warnings, all kinds."""
        return sum(self.warnings.values())

    def adds_up(self) -> bool:
        """True if every document read is accounted for."""
        return self.read == self.processed + self.prefiltered + self.skipped_total

    def skip(self, reason: str) -> None:
        """Count one skipped document."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def warn(self, kind: str) -> None:
        """Count one warning."""
        self.warnings[kind] = self.warnings.get(kind, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        """JSON form (the sidecar)."""
        data = asdict(self)
        data["skipped_total"] = self.skipped_total
        data["warnings_total"] = self.warnings_total
        data["docs_per_s"] = round(self.read / self.elapsed, 1) if self.elapsed else None
        data["elapsed"] = round(self.elapsed, 3)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RunSummary":
        """Read back `to_dict` output."""
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})

    def report(self) -> str:
        """The summary for humans."""
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        warnings = ", ".join(f"{k} {v}" for k, v in sorted(self.warnings.items())) or "none"
        rate = f" ({self.read / self.elapsed:.1f} docs/s)" if self.elapsed else ""
        where = self.output or "standard output"
        types = ", ".join(f"{k} {v}" for k, v in sorted(self.by_type.items())) or "none"
        return (
            f"documents read: {self.read}\n"
            f"  processed:    {self.processed}\n"
            f"  prefiltered:  {self.prefiltered} (no trigger word or nothing licensing a trade-policy event)\n"
            f"  skipped:      {self.skipped_total} ({reasons})\n"
            f"warnings:       {self.warnings_total} ({warnings})\n"
            f"events written: {self.events} to {where}\n"
            f"  by type:      {types}\n"
            f"elapsed:        {self.elapsed:.1f} s{rate}"
        )


# --- screening and processing (runs in the worker) ---------------------------------


def language_shares(text: str) -> tuple[int, float, float]:
    """Words in (the start of) a text; shares of English function words and of other-language evidence.

    Other-language evidence: common function words of other European languages, and
    words not written in ASCII (other scripts). Tables of figures have neither, so they
    are not mistaken for foreign text.
    """
    words = _WORD.findall(text[:20_000].lower())
    if not words:
        return 0, 0.0, 0.0
    english = sum(w in FUNCTION_WORDS for w in words)
    other = sum(w in FOREIGN_WORDS or not w.isascii() for w in words)
    return len(words), english / len(words), other / len(words)


def english_share(text: str) -> tuple[int, float]:
    """Number of words in (the start of) a text and the share of English function words."""
    n, english, _ = language_shares(text)
    return n, english


def control_share(text: str) -> float:
    """Share of control/unassigned characters (other than whitespace) in the start of a text."""
    sample = text[:10_000]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\n\r\t\f\v")
    return bad / len(sample) if sample else 0.0


def screen(doc: Document, settings: dict[str, Any]) -> tuple[str, str] | None:
    """Why a document cannot be processed (reason, detail), or None if it can."""
    if not doc.text.strip():
        return "empty text", ""
    if len(doc.text) > settings["max_chars"]:
        return "too long", f"{len(doc.text)} characters, --max-chars is {settings['max_chars']}"
    if control_share(doc.text) > 0.05:
        return "not text", "control or unassigned characters"
    words, share, other = language_shares(doc.text)
    if words > settings["english_min_words"] and share < settings["english_min_share"] and other > max(share, 0.05):
        return "not English", f"{share:.0%} of {words} words are English function words, {other:.0%} of another language"
    return None


def anchor_date(doc: Document) -> tuple[Document, str | None]:
    """The document with a usable `published` date, or without one and a warning."""
    if not doc.published:
        return doc, None
    try:
        from extractor.dates import parse_published
    except ImportError:  # the date module is not there: leave dates to the pipeline
        return doc, None
    try:
        parse_published(doc.published)
    except InputError as exc:
        return replace(doc, published=None), f"{exc}; processed without a date anchor"
    return doc, None


def event_line(event: Any) -> str:
    """One output line (without newline) for an event."""
    return json.dumps(event.to_dict(), ensure_ascii=False)


def _outcome(status: str, reason: str = "", detail: str = "", warning: str | None = None) -> dict[str, Any]:
    """A plain-dict result for one document."""
    return {"status": status, "reason": reason, "detail": detail, "warning": warning, "lines": []}


def process_batch(extractor: Any, batch: list[dict[str, Any]], settings: dict[str, Any]) -> list[dict[str, Any]]:
    """Screen, prefilter and extract a batch of plain-dict documents; one outcome per document, in order."""
    outcomes: list[dict[str, Any]] = []
    todo: list[tuple[int, Document]] = []
    for i, entry in enumerate(batch):
        doc = Document(**entry)
        problem = screen(doc, settings)
        if problem:
            outcomes.append(_outcome("skipped", *problem))
        elif settings["prefilter"] and not extractor.could_have_events(doc.text):
            outcomes.append(_outcome("prefiltered"))
        else:
            doc, warning = anchor_date(doc)
            outcomes.append(_outcome("processed", warning=warning))
            todo.append((i, doc))
    _extract_into(extractor, todo, outcomes, settings["batch_size"])
    return outcomes


def _extract_into(extractor: Any, todo: list[tuple[int, Document]], outcomes: list[dict[str, Any]], batch_size: int) -> None:
    """Run the pipeline over the batch; if it fails, retry document by document."""
    done = 0
    try:
        pairs = extractor.extract_many([d for _, d in todo], batch_size=batch_size)
        for (i, _), (_doc, events) in zip(todo, pairs):
            outcomes[i]["lines"] = [event_line(e) for e in events]
            outcomes[i]["types"] = [e.event_type for e in events]
            done += 1
    except Exception:  # noqa: BLE001 - a bad document must not end the run
        for i, doc in todo[done:]:
            try:
                events = extractor.extract_document(doc)
                outcomes[i]["lines"] = [event_line(e) for e in events]
                outcomes[i]["types"] = [e.event_type for e in events]
            except Exception as exc:  # noqa: BLE001
                outcomes[i] = _outcome("skipped", "extractor error", f"{type(exc).__name__}: {exc}")


# --- extractors and worker processes ---------------------------------------------


def model_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean 'the spaCy model is missing'."""
    try:
        from extractor.pipeline import ModelNotFound  # type: ignore[attr-defined]
    except ImportError:
        return (OSError,)
    return (ModelNotFound, OSError)


def load_extractor(factory: str, model: str | None) -> Any:
    """Build the extractor named by `module:callable`, raising RunError with the model message."""
    module, _, name = factory.partition(":")
    make: Callable[..., Any] = getattr(importlib.import_module(module), name)
    try:
        return make(model)
    except model_errors() as exc:
        raise RunError(str(exc)) from exc


def worker_main(factory: str, model: str | None, settings: dict[str, Any], tasks: Any, results: Any) -> None:
    """A worker process: load the extractor once, then process batches until told to stop."""
    try:
        extractor = load_extractor(factory, model)
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        results.put((-1, str(exc)))
        return
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, docs = task
        try:
            results.put((seq, process_batch(extractor, docs, settings)))
        except Exception as exc:  # noqa: BLE001
            results.put((-1, f"worker failed: {type(exc).__name__}: {exc}"))
            return


def doc_payload(batch: list[Located]) -> list[dict[str, Any]]:
    """The documents of a batch as plain dicts."""
    return [asdict(loc.item) for loc in batch if isinstance(loc.item, Document)]


class InlineEngine:
    """Process batches in this process (`--workers 1`); the extractor is loaded at the first document."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.settings = options.settings()
        self.extractor: Any = None

    def map(self, batches: Iterable[list[Located]]) -> Iterator[tuple[list[Located], list[dict[str, Any]]]]:
        """Outcomes of each batch, in order."""
        for batch in batches:
            docs = doc_payload(batch)
            if docs and self.extractor is None:
                self.extractor = load_extractor(self.options.factory, self.options.model)
            yield batch, process_batch(self.extractor, docs, self.settings) if docs else []

    def close(self) -> None:
        """Nothing to release."""


class ProcessEngine:
    """Process batches in N worker processes, each with its own extractor; results in input order."""

    def __init__(self, options: RunOptions) -> None:
        ctx = mp.get_context("spawn")
        self.tasks = ctx.Queue()
        self.results = ctx.Queue()
        self.window = 3 * options.workers
        args = (options.factory, options.model, options.settings(), self.tasks, self.results)
        self.procs = [ctx.Process(target=worker_main, args=args, daemon=True) for _ in range(options.workers)]
        for p in self.procs:
            p.start()

    def map(self, batches: Iterable[list[Located]]) -> Iterator[tuple[list[Located], list[dict[str, Any]]]]:
        """Outcomes of each batch, in input order, with at most `window` batches in flight."""
        pending: dict[int, list[Located]] = {}
        done: dict[int, list[dict[str, Any]]] = {}
        source, sent, nxt, exhausted = iter(batches), 0, 0, False
        while True:
            while not exhausted and len(pending) < self.window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                pending[sent] = batch
                self.tasks.put((sent, doc_payload(batch)))
                sent += 1
            if nxt in done:
                yield pending.pop(nxt), done.pop(nxt)
                nxt += 1
                continue
            if exhausted and nxt == sent:
                return
            seq, payload = self._receive()
            done[seq] = payload

    def _receive(self) -> tuple[int, Any]:
        """The next result; raise RunError if a worker reported an error or died."""
        while True:
            try:
                seq, payload = self.results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in self.procs if not p.is_alive()]
                if dead:
                    raise RunError(f"a worker process died (exit code {dead[0].exitcode})") from None
                continue
            if seq < 0:
                raise RunError(payload)
            return seq, payload

    def close(self) -> None:
        """Stop the workers."""
        for _ in self.procs:
            self.tasks.put(None)
        for p in self.procs:
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
                p.join()
        self.tasks.cancel_join_thread()
        self.results.cancel_join_thread()


# --- output, checkpoint, resume ------------------------------------------------------


def sidecar(output: str, suffix: str) -> Path:
    """`OUT.<suffix>` next to the output file."""
    return Path(f"{output}.{suffix}")


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write JSON atomically (temp file, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _truncate(path: Path, size: int) -> None:
    """Cut a file to `size` bytes (drop a partial trailing line); create it if missing."""
    with open(path, "ab") as f:
        f.truncate(size)


class Sink:
    """The output (file or stdout), its skip log and checkpoint."""

    def __init__(self, output: str | None, fingerprint: dict[str, Any], resume: bool) -> None:
        self.output = output
        self.fingerprint = fingerprint
        self.summary = RunSummary(output=output)
        self.skiplog: IO[bytes] | None = None
        if output is None:
            if resume:
                raise UsageError("--resume needs an output file (-o)")
            self.out: IO[bytes] = sys.stdout.buffer
            return
        self._check_writable(output)
        state = self._restore() if resume else None
        if state is None:
            self._fresh()
        self.out = open(output, "ab")
        self.skiplog = open(sidecar(output, "skipped.jsonl"), "ab")

    @staticmethod
    def _check_writable(output: str) -> None:
        """Raise UsageError if the output cannot be written."""
        path = Path(output)
        if path.is_dir():
            raise UsageError(f"cannot write {output}: it is a folder")
        try:
            with open(path, "ab"):
                pass
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None

    def _fresh(self) -> None:
        """Start a new output: empty files, no old sidecars."""
        assert self.output is not None
        for suffix in ("progress.json", "summary.json"):
            sidecar(self.output, suffix).unlink(missing_ok=True)
        _truncate(Path(self.output), 0)
        _truncate(sidecar(self.output, "skipped.jsonl"), 0)

    def _restore(self) -> dict[str, Any] | None:
        """Load the checkpoint and cut the output back to it; None if there is none."""
        assert self.output is not None
        progress, summary = sidecar(self.output, "progress.json"), sidecar(self.output, "summary.json")
        state = None
        if progress.exists():
            state = json.loads(progress.read_text(encoding="utf-8"))
        elif summary.exists():
            done = json.loads(summary.read_text(encoding="utf-8"))
            if done.get("complete"):
                state = {"fingerprint": done["fingerprint"], "summary": done, "output_bytes": Path(self.output).stat().st_size,
                         "skipped_bytes": _size(sidecar(self.output, "skipped.jsonl"))}
        if state is None:
            return None
        if state.get("fingerprint") != self.fingerprint:
            raise UsageError(f"{self.output} was written with other inputs or options; run without --resume to start over")
        _truncate(Path(self.output), state["output_bytes"])
        _truncate(sidecar(self.output, "skipped.jsonl"), state["skipped_bytes"])
        self.summary = RunSummary.from_dict(state["summary"])
        self.summary.output = self.output
        return state

    def write(self, lines: list[str], logs: list[dict[str, Any]]) -> None:
        """Append whole lines to the output and the skip log, and flush."""
        if lines:
            self.out.write("".join(line + "\n" for line in lines).encode("utf-8"))
        self.out.flush()
        if self.skiplog is not None and logs:
            self.skiplog.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in logs).encode("utf-8"))
            self.skiplog.flush()

    def checkpoint(self) -> None:
        """Record how far the run got (after the output was flushed)."""
        if self.output is None or self.skiplog is None:
            return
        state = {
            "fingerprint": self.fingerprint,
            "output_bytes": self.out.tell(),
            "skipped_bytes": self.skiplog.tell(),
            "summary": self.summary.to_dict(),
        }
        _write_json(sidecar(self.output, "progress.json"), state)

    def finish(self) -> None:
        """Close the files, write the summary sidecar and drop the checkpoint."""
        self.summary.complete = True
        if self.output is None:
            self.out.flush()
            return
        self.out.close()
        if self.skiplog is not None:
            self.skiplog.close()
        _write_json(sidecar(self.output, "summary.json"), {**self.summary.to_dict(), "fingerprint": self.fingerprint})
        sidecar(self.output, "progress.json").unlink(missing_ok=True)

    def close(self) -> None:
        """Close files without finishing (after an error)."""
        if self.output is not None:
            self.out.close()
            if self.skiplog is not None:
                self.skiplog.close()


def _size(path: Path) -> int:
    """Size of a file, 0 if missing."""
    return path.stat().st_size if path.exists() else 0


# --- the run --------------------------------------------------------------------------


def batches(items: Iterator[Located], size: int) -> Iterator[list[Located]]:
    """Group the reader's items into lists of at most `size` (documents and skips together)."""
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch


class Progress:
    """A tqdm bar on stderr (docs/s, events, skipped), and the first few skip messages."""

    def __init__(self, options: RunOptions, summary: RunSummary) -> None:
        enabled = options.progress == "on" or (options.progress == "auto" and sys.stderr.isatty())
        self.bar = None
        self.shown = 0
        self.quiet = options.quiet
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=None, unit="doc", file=sys.stderr, initial=summary.read, dynamic_ncols=True, smoothing=0.1)

    def message(self, text: str, log_name: str | None) -> None:
        """Show one skip or warning message (only the first few)."""
        if self.quiet:
            return
        self.shown += 1
        if self.shown <= SHOW_MESSAGES:
            self._print(f"trade-events: {text}")
        elif self.shown == SHOW_MESSAGES + 1:
            more = f"; all are listed in {log_name}" if log_name else ""
            self._print(f"trade-events: more skips and warnings not shown{more}")

    def _print(self, text: str) -> None:
        """Print a line on stderr without breaking the bar."""
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def update(self, n: int, summary: RunSummary) -> None:
        """Advance the bar by n documents."""
        if self.bar is not None:
            self.bar.set_postfix(events=summary.events, skipped=summary.skipped_total, refresh=False)
            self.bar.update(n)

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()


def account(batch: list[Located], outcomes: list[dict[str, Any]], summary: RunSummary) -> tuple[list[str], list[dict[str, Any]], list[str]]:
    """Count a finished batch; its output lines, skip-log records and messages, in input order."""
    lines: list[str] = []
    logs: list[dict[str, Any]] = []
    messages: list[str] = []
    results = iter(outcomes)
    for loc in batch:
        summary.read += 1
        item = loc.item
        if isinstance(item, Skip):
            summary.skip(item.reason)
            logs.append({"kind": "skipped", **item.to_dict()})
            messages.append(f"skipped {item.message}")
            continue
        out = next(results)
        where = Skip(out["reason"], loc.source, loc.line, item.doc_id, out["detail"])
        if out["status"] == "skipped":
            summary.skip(out["reason"])
            logs.append({"kind": "skipped", **where.to_dict()})
            messages.append(f"skipped {where.message}")
            continue
        if out["status"] == "prefiltered":
            summary.prefiltered += 1
            continue
        summary.processed += 1
        if out["warning"]:
            summary.warn("published date unparseable")
            warn = Skip("published date unparseable", loc.source, loc.line, item.doc_id, out["warning"])
            logs.append({"kind": "warning", **warn.to_dict()})
            messages.append(f"warning {warn.message}")
        lines.extend(out["lines"])
        summary.events += out.get("events", len(out["lines"]))
        for event_type in out.get("types", []):
            summary.by_type[event_type] = summary.by_type.get(event_type, 0) + 1
    return lines, logs, messages


def run(inputs: list[str], output: str | None, options: RunOptions = RunOptions()) -> RunSummary:
    """Extract the events of all inputs into `output` (JSONL; None: stdout) and return the summary.

    Raises UsageError for bad arguments (unknown format, output not writable) and
    RunError when the run cannot go on (model missing, worker died).
    """
    _check_options(inputs, options)
    sink = Sink(output, options.fingerprint(inputs), options.resume)
    summary = sink.summary
    if summary.complete:
        sink.close()
        return summary
    started, before = time.perf_counter(), summary.elapsed
    items = read_located(inputs, options.reader)
    for _ in islice(items, summary.read):  # already done in the interrupted run
        pass
    progress = Progress(options, summary)
    log_name = str(sidecar(output, "skipped.jsonl")) if output else None
    engine: InlineEngine | ProcessEngine | None = None
    try:
        engine = InlineEngine(options) if options.workers <= 1 else ProcessEngine(options)
        for batch, outcomes in engine.map(batches(items, options.batch_size)):
            lines, logs, messages = account(batch, outcomes, summary)
            sink.write(lines, logs)
            summary.elapsed = before + time.perf_counter() - started
            sink.checkpoint()
            for text in messages:
                progress.message(text, log_name)
            progress.update(len(batch), summary)
    except BaseException:
        sink.close()
        raise
    finally:
        progress.close()
        if engine is not None:
            engine.close()
    summary.elapsed = before + time.perf_counter() - started
    sink.finish()
    return summary


def _check_options(inputs: list[str], options: RunOptions) -> None:
    """Raise UsageError for impossible options."""
    if not inputs:
        raise UsageError("no input given")
    if options.workers < 1:
        raise UsageError("--workers must be at least 1")
    if options.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if options.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    if inputs.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    check_formats(inputs, options.reader)


# --- the command ----------------------------------------------------------------------


def options_from_args(args: argparse.Namespace, factory: str | None = None) -> RunOptions:
    """RunOptions from the parsed `extract` command line (`factory`: default DEFAULT_FACTORY)."""
    reader = ReaderOptions(
        format=args.format, id_field=args.id_field, text_field=args.text_field, date_field=args.date_field, max_chars=args.max_chars
    )
    return RunOptions(
        model=args.model,
        reader=reader,
        workers=args.workers,
        batch_size=args.batch_size,
        prefilter=not args.no_prefilter,
        resume=args.resume,
        strict=args.strict,
        max_chars=args.max_chars,
        progress=args.progress,
        quiet=args.quiet,
        factory=factory or DEFAULT_FACTORY,
    )


def exit_code(summary: RunSummary, strict: bool) -> tuple[int, str | None]:
    """0, or 1 with the reason: nothing could be processed, or (strict) something was skipped."""
    if summary.read == 0:
        return 1, "no input documents"
    if summary.processed + summary.prefiltered == 0:
        return 1, "no document could be processed (all were skipped)"
    if strict and summary.skipped_total:
        return 1, f"{summary.skipped_total} document(s) skipped (--strict)"
    return 0, None


def extract_command(args: argparse.Namespace) -> int:
    """The body of `trade-events extract`: run, print the summary, return the exit code."""
    try:
        options = options_from_args(args)
        if args.engine == "dask":
            from extractor.dask_engine import DaskOptions, run_dask

            dask = DaskOptions(scheduler=args.scheduler, partitions=args.partitions, merge=args.merge)
            summary = run_dask(args.inputs, args.output, options, dask)
        else:
            if args.scheduler or args.merge or args.partitions:
                raise UsageError("--scheduler, --partitions and --merge need --engine dask")
            summary = run(args.inputs, args.output, options)
    except UsageError as exc:
        print(f"trade-events: error: {exc}", file=sys.stderr)
        return 2
    except RunError as exc:
        print(f"trade-events: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary.report(), file=sys.stderr)
    code, why = exit_code(summary, args.strict)
    if why:
        print(f"trade-events: {why}", file=sys.stderr)
    return code
