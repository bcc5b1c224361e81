"""Locating and validating the rule files in `models/` (patterns, lexicons, gazetteers)."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

PATTERN_KEYS = {"label", "pattern", "id"}


class ResourceFileError(ValueError):
    """A rule file is missing or malformed; the message names the file and line."""


def default_models_dir() -> Path:
    """The rule files: $TRADE_EVENTS_MODELS, else those installed with the package, else the source tree's."""
    env = os.environ.get("TRADE_EVENTS_MODELS")
    if env:
        return Path(env)
    packaged = Path(str(resources.files("extractor"))) / "models"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "models"


def models_dir_or_default(models_dir: str | Path | None) -> Path:
    """`models_dir` as a Path, or the default one; checks that it exists."""
    path = Path(models_dir) if models_dir else default_models_dir()
    if not path.is_dir():
        raise ResourceFileError(f"rule folder not found: {path}")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL rule file, skipping blank lines and `//` comments."""
    return [row for _, row in read_jsonl_lines(path)]


def read_jsonl_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each row of a JSONL rule file."""
    rows: list[tuple[int, dict[str, Any]]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ResourceFileError(f"{path}: cannot read ({err.strerror})") from err
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ResourceFileError(f"{path} line {n}: not JSON ({err.msg})") from err
        if not isinstance(row, dict):
            raise ResourceFileError(f"{path} line {n}: not a JSON object")
        rows.append((n, row))
    return rows


def load_patterns(path: Path, labels: set[str] | None = None, ids: set[str] | None = None) -> list[dict[str, Any]]:
    """Read spaCy ruler patterns, checking keys, labels and ids."""
    patterns = read_jsonl(path)
    for n, p in enumerate(patterns, 1):
        where = f"{path} pattern {n}"
        unknown = set(p) - PATTERN_KEYS
        if unknown or not PATTERN_KEYS <= set(p):
            raise ResourceFileError(f"{where}: needs exactly the keys label, pattern, id (got {sorted(p)})")
        if labels is not None and p["label"] not in labels:
            raise ResourceFileError(f"{where}: label {p['label']!r} not one of {sorted(labels)}")
        if ids is not None and p["id"] not in ids:
            raise ResourceFileError(f"{where}: id {p['id']!r} not one of {sorted(ids)}")
        if not isinstance(p["pattern"], (str, list)) or not p["pattern"]:
            raise ResourceFileError(f"{where}: pattern must be a string or a non-empty list of token dicts")
    return patterns


def load_json(path: Path) -> dict[str, Any]:
    """Read a JSON lexicon file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ResourceFileError(f"{path}: cannot read ({err.strerror})") from err
    except json.JSONDecodeError as err:
        raise ResourceFileError(f"{path} line {err.lineno}: not JSON ({err.msg})") from err
