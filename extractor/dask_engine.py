"""`--engine dask`: the same pipeline on a Dask cluster (`dask.bag` over partitions of documents).

The client streams the inputs (`extractor.readers`) and cuts them into partitions of
plain-dict documents; each partition is one element of a `dask.bag`, processed on a
worker by `extractor.run.process_batch` with that worker's own Extractor (loaded once,
cached on the `distributed.Worker` object) and written, disk to disk, as
`OUT.parts/part-00000.jsonl`, … (atomically: temp file, then rename). Partitions go out
in waves of `--partitions` (default 2 per worker) with two waves in flight, so the
client's memory stays flat. The client counts every document exactly as the local
engine does (same summary, skip log and sidecar) and, with `--merge`, concatenates the
parts in input order into OUT, which then equals the output of a local run.

By default a `LocalCluster` of `--workers` processes (one thread each) is started;
`--scheduler tcp://HOST:PORT` uses an existing cluster, whose workers must have this
package and the spaCy model installed and see the output folder (shared file system).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

from extractor.readers import Located, UsageError, read_located
from extractor.run import (
    Progress,
    RunError,
    RunOptions,
    RunSummary,
    _check_options,
    _write_json,
    account,
    doc_payload,
    load_extractor,
    process_batch,
    sidecar,
)

PART_BATCHES = 8
_CACHE_ATTR = "_trade_events_extractors"


@dataclass(frozen=True)
class DaskOptions:
    """Dask-specific options: scheduler address (None: a LocalCluster), partitions per wave, merge."""

    scheduler: str | None = None
    partitions: int | None = None
    merge: bool = False


def parts_dir(output: str) -> Path:
    """The folder of the partitioned output: `OUT.parts`."""
    return Path(f"{output}.parts")


def part_path(folder: str | Path, index: int) -> Path:
    """`part-00000.jsonl` in the parts folder."""
    return Path(folder) / f"part-{index:05d}.jsonl"


def worker_extractor(factory: str, model: str | None) -> Any:
    """The Extractor of the current Dask worker, loaded on first use and kept on the worker object."""
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # not on a worker (e.g. the synchronous scheduler): no cache
        return load_extractor(factory, model)
    cache = getattr(worker, _CACHE_ATTR, None)
    if cache is None:
        cache = {}
        setattr(worker, _CACHE_ATTR, cache)
    key = (factory, model)
    if key not in cache:
        cache[key] = load_extractor(factory, model)
    return cache[key]


def process_part(task: dict[str, Any]) -> dict[str, Any]:
    """On a worker: process one partition, write its part file, return the outcomes without the lines."""
    extractor = worker_extractor(task["factory"], task["model"])
    settings, docs = task["settings"], task["docs"]
    size = settings["batch_size"]
    outcomes: list[dict[str, Any]] = []
    for start in range(0, len(docs), size):
        outcomes.extend(process_batch(extractor, docs[start : start + size], settings))
    path = part_path(task["folder"], task["index"])
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for out in outcomes:
            f.writelines(line + "\n" for line in out["lines"])
    os.replace(tmp, path)
    for out in outcomes:
        out["events"] = len(out.pop("lines"))
        out["lines"] = []
    return {"index": task["index"], "outcomes": outcomes}


def partitions(items: Iterator[Located], size: int) -> Iterator[list[Located]]:
    """Cut the reader's items into partitions of at most `size` items."""
    while True:
        part = list(islice(items, size))
        if not part:
            return
        yield part


def _client(options: RunOptions, dask: DaskOptions) -> tuple[Any, Any]:
    """A distributed Client (and the LocalCluster it owns, if any)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--engine dask needs dask and distributed: pip install 'trade-events[dask]'") from None
    if dask.scheduler:
        try:
            return Client(dask.scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise RunError(f"cannot reach the Dask scheduler {dask.scheduler}: {exc}") from None
    cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def _submit(client: Any, wave: list[tuple[int, list[Located]]], base: dict[str, Any]) -> Any:
    """Start one wave of partitions as a dask.bag computation; a future of the results."""
    import dask.bag as db

    tasks = [{**base, "index": index, "docs": doc_payload(part)} for index, part in wave]
    bag = db.from_sequence(tasks, npartitions=len(tasks)).map(process_part)
    return client.compute(bag)


def _waves(items: Iterator[Located], part_size: int, per_wave: int) -> Iterator[list[tuple[int, list[Located]]]]:
    """Numbered partitions, grouped into waves."""
    numbered = enumerate(partitions(items, part_size))
    while True:
        wave = list(islice(numbered, per_wave))
        if not wave:
            return
        yield wave


def run_dask(inputs: list[str], output: str | None, options: RunOptions, dask: DaskOptions = DaskOptions()) -> RunSummary:
    """Extract events on Dask into `OUT.parts/` (and OUT with `merge`); same accounting as `run`."""
    _check_options(inputs, options)
    if not output:
        raise UsageError("--engine dask needs an output file (-o OUT): it writes OUT.parts/part-*.jsonl")
    if options.resume:
        raise UsageError("--resume works with the local engine only; re-run the Dask job from the start")
    folder = _fresh_parts(output)
    summary = RunSummary(output=str(folder))
    started = time.perf_counter()
    client, cluster = _client(options, dask)
    per_wave = dask.partitions or 2 * max(1, _n_workers(client))
    base = {"factory": options.factory, "model": options.model, "settings": options.settings(), "folder": str(folder)}
    progress = Progress(options, summary)
    log_name = str(sidecar(output, "skipped.jsonl"))
    try:
        with open(log_name, "wb") as log:
            _drive(client, _waves(read_located(inputs, options.reader), options.batch_size * PART_BATCHES, per_wave),
                   base, summary, log, progress, log_name)
    except RunError:
        raise
    except Exception as exc:  # noqa: BLE001 - worker errors come back as exceptions
        raise RunError(_worker_error(exc)) from exc
    finally:
        progress.close()
        client.close()
        if cluster is not None:
            cluster.close()
    if dask.merge:
        merge_parts(folder, output)
        summary.output = output
    summary.elapsed = time.perf_counter() - started
    summary.complete = True
    _write_json(sidecar(output, "summary.json"), {**summary.to_dict(), "engine": "dask", "fingerprint": options.fingerprint(inputs)})
    return summary


def _drive(client: Any, waves: Iterator[list[tuple[int, list[Located]]]], base: dict[str, Any], summary: RunSummary,
           log: Any, progress: Progress, log_name: str) -> None:
    """Keep two waves in flight; account for each finished wave in input order."""
    in_flight: list[tuple[list[tuple[int, list[Located]]], Any]] = []
    for wave in waves:
        in_flight.append((wave, _submit(client, wave, base)))
        if len(in_flight) == 2:
            _collect(*in_flight.pop(0), summary, log, progress, log_name)
    while in_flight:
        _collect(*in_flight.pop(0), summary, log, progress, log_name)


def _collect(wave: list[tuple[int, list[Located]]], future: Any, summary: RunSummary, log: Any, progress: Progress,
             log_name: str) -> None:
    """Wait for one wave and count its documents."""
    results = {r["index"]: r["outcomes"] for r in future.result()}
    for index, part in wave:
        _lines, logs, messages = account(part, results[index], summary)
        log.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in logs).encode("utf-8"))
        for text in messages:
            progress.message(text, log_name)
        progress.update(len(part), summary)
    log.flush()


def _n_workers(client: Any) -> int:
    """Number of workers the scheduler knows."""
    try:
        return len(client.scheduler_info().get("workers", {}))
    except Exception:  # noqa: BLE001
        return 1


def _worker_error(exc: BaseException) -> str:
    """One line for an error raised on a worker."""
    return str(exc) if isinstance(exc, RunError) else f"the Dask run failed: {type(exc).__name__}: {exc}"


def _fresh_parts(output: str) -> Path:
    """Create (or empty) `OUT.parts` and check that the output can be written."""
    folder = parts_dir(output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("part-*.jsonl*"):
            old.unlink()
        for suffix in ("summary.json", "progress.json"):
            sidecar(output, suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot write {folder}: {exc.strerror or exc}") from None
    return folder


def merge_parts(folder: str | Path, output: str) -> int:
    """Concatenate `part-*.jsonl` in index order into `output`; the number of parts."""
    parts = sorted(Path(folder).glob("part-*.jsonl"))
    tmp = Path(output + ".tmp")
    with open(tmp, "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)
    os.replace(tmp, output)
    return len(parts)
