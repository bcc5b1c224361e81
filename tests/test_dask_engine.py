"""`--engine dask` on a real LocalCluster of 2 worker processes gives the events of a local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from extractor.dask_engine import DaskOptions, merge_parts, run_dask  # noqa: E402
from extractor.readers import UsageError  # noqa: E402
from extractor.run import RunOptions, run  # noqa: E402
from test_run import FAKE, trade_corpus, write_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two input files (JSONL and CSV) with good and bad documents."""
    folder = tmp_path_factory.mktemp("archive")
    docs = trade_corpus(90)
    write_jsonl(folder / "a.jsonl", docs[:60])
    with (folder / "a.jsonl").open("ab") as f:
        f.write(b"{not json\n")
    import csv

    with (folder / "b.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc_id", "text", "published"])
        w.writeheader()
        for d in docs[60:]:
            w.writerow({k: d[k] for k in ("doc_id", "text", "published")})
        w.writerow({"doc_id": "n0001", "text": "duplicate", "published": ""})
    return folder


def _inputs(folder: Path) -> list[str]:
    """The archive's files in order."""
    return [str(folder / "a.jsonl"), str(folder / "b.csv")]


def _events(path: Path) -> list[dict]:
    """The events of a JSONL output."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_dask_mechanics_with_the_fake_extractor(archive: Path, tmp_path: Path) -> None:
    opts = RunOptions(factory=FAKE, progress="off", quiet=True, batch_size=8, workers=2)
    local = run(_inputs(archive), str(tmp_path / "local.jsonl"), opts)
    dask = run_dask(_inputs(archive), str(tmp_path / "dask.jsonl"), opts, DaskOptions(partitions=3, merge=True))
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    parts = sorted((tmp_path / "dask.jsonl.parts").glob("part-*.jsonl"))
    assert len(parts) == 2  # 92 items in partitions of 8 batches of 8
    for key in ("read", "processed", "prefiltered", "skipped", "events"):
        assert getattr(dask, key) == getattr(local, key)
    assert dask.adds_up() and dask.skipped == {"not JSON": 1, "duplicate doc_id": 1, "empty text": 1, "not English": 1}
    sidecar = json.loads((tmp_path / "dask.jsonl.summary.json").read_text())
    assert sidecar["engine"] == "dask" and sidecar["read"] == local.read
    assert (tmp_path / "dask.jsonl.skipped.jsonl").read_bytes() == (tmp_path / "local.jsonl.skipped.jsonl").read_bytes()


@pytest.mark.slow
def test_dask_local_cluster_gives_the_events_of_a_local_run(archive: Path, tmp_path: Path) -> None:
    opts = RunOptions(progress="off", quiet=True, batch_size=16, workers=2)
    local = run(_inputs(archive), str(tmp_path / "local.jsonl"), RunOptions(progress="off", quiet=True, batch_size=16))
    dask = run_dask(_inputs(archive), str(tmp_path / "dask.jsonl"), opts, DaskOptions())
    assert not (tmp_path / "dask.jsonl").exists()  # not merged
    merge_parts(tmp_path / "dask.jsonl.parts", str(tmp_path / "merged.jsonl"))
    assert local.events > 30 and dask.events == local.events
    assert _events(tmp_path / "merged.jsonl") == _events(tmp_path / "local.jsonl")
    assert dask.adds_up() and dask.skipped == local.skipped


def test_dask_needs_an_output_and_refuses_resume(archive: Path) -> None:
    with pytest.raises(UsageError, match="needs an output"):
        run_dask(_inputs(archive), None, RunOptions(factory=FAKE))
    with pytest.raises(UsageError, match="local engine"):
        run_dask(_inputs(archive), "x.jsonl", RunOptions(factory=FAKE, resume=True))
