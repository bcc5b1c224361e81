#!/usr/bin/env python3
"""Throughput, scaling, memory and prefilter recall of trade-events on Reuters-21578.

usage: python benchmarks/run.py [--reuters PATH] [--out benchmarks/RESULTS.md] [--limit N]

PATH (also $TRADE_EVENTS_REUTERS; default ../shared/data/reuters21578) is a folder
holding reuters21578.jsonl.gz or the reut2-*.sgm files (converted on the fly into a
temporary folder with ../shared/tools/reuters_to_jsonl.py), or a JSONL(.gz) file.
Inputs for the runs are written to a temporary folder, never into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.dask_engine import DaskOptions, run_dask  # noqa: E402
from extractor.records import Document  # noqa: E402
from extractor.run import RunOptions, RunSummary, run  # noqa: E402

DEFAULT_REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"
CONVERTER = ROOT.parent / "shared" / "tools" / "reuters_to_jsonl.py"


@dataclass
class Row:
    """One line of the results table."""

    name: str
    docs: int
    words: int
    seconds: float
    note: str = ""

    @property
    def docs_per_s(self) -> float:
        """Documents per second."""
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        """Words per second."""
        return self.words / self.seconds if self.seconds else 0.0


def find_archive(path: Path, workdir: Path) -> Path:
    """The Reuters archive as one JSONL(.gz) file (converting the .sgm files if needed)."""
    if path.is_file():
        return path
    for name in ("reuters21578.jsonl.gz", "reuters21578.jsonl"):
        if (path / name).exists():
            return path / name
    if list(path.glob("reut2-*.sgm")):
        out = workdir / "reuters21578.jsonl.gz"
        subprocess.run([sys.executable, str(CONVERTER), str(path), str(out)], check=True)
        return out
    sys.exit(f"benchmarks/run.py: no Reuters archive at {path} (set --reuters or TRADE_EVENTS_REUTERS)")


def load_records(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The archive's records (with text), up to `limit`."""
    opener = gzip.open if path.suffix == ".gz" else open
    records = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and rec["text"].strip():
                records.append(rec)
            if limit and len(records) >= limit:
                break
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]], copies: int = 1) -> Path:
    """Write records (repeated `copies` times with new ids) as JSONL."""
    with open(path, "w", encoding="utf-8") as f:
        for k in range(copies):
            for rec in records:
                doc_id = rec["doc_id"] if k == 0 else f"{rec['doc_id']}-copy{k}"
                f.write(json.dumps({**rec, "doc_id": doc_id}, ensure_ascii=False) + "\n")
    return path


def words(records: list[dict[str, Any]]) -> int:
    """Whitespace words in the texts."""
    return sum(len(r["text"].split()) for r in records)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds taken by fn() and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bare_pipe(nlp: Any, texts: list[str], batch_size: int = 64) -> int:
    """Run nlp.pipe over texts; the number of tokens."""
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))


def full_pipe(extractor: Any, records: list[dict[str, Any]], batch_size: int = 64) -> int:
    """Run the full pipeline over documents; the number of events."""
    docs = (Document(doc_id=r["doc_id"], text=r["text"], published=r.get("published")) for r in records)
    return sum(len(events) for _, events in extractor.extract_many(docs, batch_size=batch_size))


def run_summary(inputs: list[Path], out: Path, **options: Any) -> RunSummary:
    """A quiet local run."""
    return run([str(p) for p in inputs], str(out), RunOptions(progress="off", quiet=True, **options))


def peak_rss_of_cli(args: list[str]) -> tuple[float, int]:
    """Run `python -m extractor.cli` and sample its RSS (with children); seconds and peak bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], env=env, stderr=subprocess.DEVNULL)
    ps, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    if proc.returncode != 0:
        raise RuntimeError(f"extractor.cli {' '.join(args)} exited with {proc.returncode}")
    return time.perf_counter() - start, peak


def machine() -> list[str]:
    """CPU, cores, RAM, Python and spaCy versions."""
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"- CPU: {cpu}; {os.cpu_count()} logical cores ({len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'} usable)",
        f"- RAM: {psutil.virtual_memory().total / 2**30:.1f} GiB",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"- spaCy {spacy.__version__}",
    ]


def gold_recall(extractor: Any) -> tuple[int, int] | None:
    """Prefilter recall on the project's gold corpus: (event-bearing docs passed, all event-bearing docs)."""
    files = [ROOT / "corpus" / "dev.jsonl", ROOT / "corpus" / "test.jsonl"]
    if not all(f.exists() for f in files):
        return None
    passed = total = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("events"):
                total += 1
                passed += bool(extractor.could_have_events(rec.get("text") or rec.get("body") or ""))
    return passed, total


def measure(args: argparse.Namespace) -> Iterator[str]:
    """Run all measurements; yield the lines of RESULTS.md."""
    from extractor import Extractor
    from extractor.pipeline import load_base_model

    work = Path(tempfile.mkdtemp(prefix="trade-events-bench-"))
    archive = find_archive(Path(args.reuters), work)
    records = load_records(archive, args.limit)
    trade = [r for r in records if "trade" in r.get("topics", [])]
    all_path = write_jsonl(work / "all.jsonl", records)
    print(f"{len(records)} documents, {len(trade)} with the trade topic; temp folder {work}", file=sys.stderr)

    load_s, extractor = timed(lambda: Extractor(args.model))
    nlp = load_base_model(args.model, exclude=())  # the model as shipped, every component: the baseline
    used = load_base_model(args.model)  # only the components the pipeline runs (no lemmatizer, no NER)
    rows: list[Row] = []
    targets: list[tuple[str, str, bool]] = []

    # 1. the trade documents: full pipeline vs bare nlp.pipe, best of two each
    texts = [r["text"] for r in trade]
    bare_t = min(timed(lambda: bare_pipe(nlp, texts))[0] for _ in range(2))
    used_t = min(timed(lambda: bare_pipe(used, texts))[0] for _ in range(2))
    full_t, n_events = min((timed(lambda: full_pipe(extractor, trade)) for _ in range(2)), key=lambda x: x[0])
    rows += [Row("bare nlp.pipe (the model as shipped), trade-topic docs", len(trade), words(trade), bare_t),
             Row(f"bare nlp.pipe ({', '.join(used.pipe_names)} only), trade-topic docs", len(trade), words(trade), used_t),
             Row("full pipeline, trade-topic docs", len(trade), words(trade), full_t, f"{n_events} events")]
    ratio = full_t / bare_t
    targets.append(("full pipeline ≤ 1.3× bare nlp.pipe on trade documents", f"{ratio:.2f}×", ratio <= 1.3))
    own = full_t / used_t
    targets.append(("(for the record) full pipeline vs bare nlp.pipe of the same components it runs", f"{own:.2f}×", own <= 1.3))

    # 2. the whole archive: prefiltered run vs spaCy on every document
    all_texts = [r["text"] for r in records]
    every_t = timed(lambda: bare_pipe(nlp, all_texts))[0]
    pre_t, pre = timed(lambda: run_summary([all_path], work / "pre.jsonl"))
    nopre_t, nopre = timed(lambda: run_summary([all_path], work / "nopre.jsonl", prefilter=False))
    rows += [Row("bare nlp.pipe, every document", len(records), words(records), every_t),
             Row("run, prefilter on (1 worker)", len(records), words(records), pre_t,
                 f"{pre.prefiltered} prefiltered, {pre.processed} processed, {pre.events} events"),
             Row("run, --no-prefilter (1 worker)", len(records), words(records), nopre_t, f"{nopre.events} events")]
    speedup = every_t / pre_t
    targets.append(("prefiltered run ≥ 5× faster than spaCy on every document", f"{speedup:.1f}×", speedup >= 5))
    same = pre.events == nopre.events
    targets.append(("prefilter loses no event on the archive (events with = without)", f"{pre.events} = {nopre.events}", same))

    # 3. workers 1 vs 2 (spaCy on every document, where the work is), model load excluded
    one_t = nopre_t
    two_t, two = timed(lambda: run_summary([all_path], work / "two.jsonl", prefilter=False, workers=2))
    rows.append(Row("run, --no-prefilter, --workers 2", len(records), words(records), two_t, f"{two.events} events"))
    identical = (work / "two.jsonl").read_bytes() == (work / "nopre.jsonl").read_bytes()
    scale = (one_t - load_s) / max(two_t - load_s, 1e-9)
    targets.append(("--workers 2 ≥ 1.7× the throughput of 1 (model load excluded)", f"{scale:.2f}× (raw {one_t / two_t:.2f}×)", scale >= 1.7))
    targets.append(("--workers 2 output byte-identical to --workers 1", str(identical), identical))
    two_pre_t, _ = timed(lambda: run_summary([all_path], work / "two-pre.jsonl", workers=2))
    rows.append(Row("run, prefilter on, --workers 2", len(records), words(records), two_pre_t))

    # 4. the Dask engine (LocalCluster, 2 worker processes, prefilter on)
    opts = RunOptions(progress="off", quiet=True, workers=2)
    dask_t, dask = timed(lambda: run_dask([str(all_path)], str(work / "dask.jsonl"), opts, DaskOptions(merge=True)))
    rows.append(Row("Dask engine, LocalCluster 2 workers, prefilter on", len(records), words(records), dask_t, f"{dask.events} events"))
    same_dask = (work / "dask.jsonl").read_bytes() == (work / "pre.jsonl").read_bytes()
    targets.append(("Dask output equals the local run", str(same_dask), same_dask))

    # 5. memory: peak RSS of the CLI on N and 10×N documents
    n = min(len(records), args.rss_docs)
    small, big = write_jsonl(work / "n.jsonl", records[:n]), write_jsonl(work / "n10.jsonl", records[:n], copies=10)
    small_t, small_rss = peak_rss_of_cli(["extract", str(small), "-o", str(work / "n.out"), "--progress", "off", "-q"])
    big_t, big_rss = peak_rss_of_cli(["extract", str(big), "-o", str(work / "n10.out"), "--progress", "off", "-q"])
    grow = big_rss / small_rss - 1
    targets.append((f"peak RSS for 10×N ({10 * n} docs) within +20% of N ({n})",
                    f"{small_rss / 2**20:.0f} → {big_rss / 2**20:.0f} MiB ({grow:+.0%})", grow <= 0.2))

    # 6. prefilter recall
    passed = sum(extractor.could_have_events(r["text"]) for r in trade)
    recall_trade = passed / len(trade) if trade else 0.0
    gold = gold_recall(extractor)
    with_events = {json.loads(line)["doc_id"] for line in (work / "nopre.jsonl").read_text(encoding="utf-8").splitlines()}
    trade_events = [r for r in trade if r["doc_id"] in with_events]
    trade_events_passed = sum(extractor.could_have_events(r["text"]) for r in trade_events)

    yield "# Benchmark results\n"
    yield f"`python benchmarks/run.py{' --limit ' + str(args.limit) if args.limit else ''}` on {time.strftime('%Y-%m-%d %H:%M')}; "
    yield f"archive: {archive.name}, {len(records)} documents with text, {len(trade)} with the `trade` topic.\n"
    yield "## Machine\n"
    yield from machine()
    yield f"- model: {extractor.nlp.meta.get('name')} {extractor.nlp.meta.get('version')}; extractor {extractor.version}; model load {load_s:.1f} s\n"
    yield "## Targets\n"
    yield "| target | measured | met |"
    yield "|---|---|---|"
    for name, value, ok in targets:
        yield f"| {name} | {value} | {'yes' if ok else 'NO'} |"
    yield ""
    yield "## Throughput\n"
    yield "| run | docs | seconds | docs/s | words/s | notes |"
    yield "|---|---:|---:|---:|---:|---|"
    for r in rows:
        yield f"| {r.name} | {r.docs} | {r.seconds:.1f} | {r.docs_per_s:.0f} | {r.words_per_s:.0f} | {r.note} |"
    yield ""
    yield "`run` rows are whole runs (reading, JSON, writing, model load included); the 1 vs 2 worker ratio subtracts the model load time once from each."
    yield ("The baseline is the model as shipped (every component). The pipeline does not run the model's lemmatizer "
           "or its NER (dates come from the `trade_dates` rules, actors from the gazetteers); the second row shows "
           "bare spaCy with only the components the pipeline keeps, so the cost of the rules themselves can be read off.")
    yield ""
    yield "## Memory\n"
    yield f"- peak RSS (CLI process and its children), {n} documents: {small_rss / 2**20:.0f} MiB in {small_t:.1f} s"
    yield f"- peak RSS, {10 * n} documents: {big_rss / 2**20:.0f} MiB in {big_t:.1f} s ({grow:+.1%})"
    yield f"- this benchmark process: {psutil.Process().memory_info().rss / 2**20:.0f} MiB (holds the texts)\n"
    yield "## Prefilter recall\n"
    yield f"- Reuters `trade` topic: {passed}/{len(trade)} documents pass the prefilter ({recall_trade:.1%})"
    yield (f"- Reuters `trade` topic documents from which the rules draw an event without the prefilter: "
           f"{trade_events_passed}/{len(trade_events)} pass it (the topic also covers trade statistics, which hold no policy event)")
    yield f"- share of the whole archive prefiltered out: {pre.prefiltered / max(pre.read, 1):.1%}"
    if gold:
        yield f"- project corpus (gold documents with events): {gold[0]}/{gold[1]} ({gold[0] / max(gold[1], 1):.1%})"
    else:
        yield "- project corpus: corpus/dev.jsonl and corpus/test.jsonl not found, not measured"
    yield ""


def main() -> None:
    """Parse options, measure, write RESULTS.md."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reuters", default=os.environ.get("TRADE_EVENTS_REUTERS", str(DEFAULT_REUTERS)))
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    p.add_argument("--limit", type=int, default=None, help="use only the first N documents (quick check)")
    p.add_argument("--rss-docs", type=int, default=1000, help="N for the memory test (N vs 10×N documents)")
    p.add_argument("--model", default=None)
    args = p.parse_args()
    text = "\n".join(measure(args)) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
