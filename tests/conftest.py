"""Shared fixtures: one Extractor (English model) per session; rule tests use spacy.blank("en")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The project's rule files."""
    return MODELS


@pytest.fixture(scope="session")
def extractor():
    """The full pipeline with the English model, loaded once for the whole session."""
    from extractor.api import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the project: opt-in (TRADE_EVENTS_SHARED=1), else the test is skipped."""
    if os.environ.get("TRADE_EVENTS_SHARED") != "1" or not SHARED.is_dir():
        pytest.skip("opt-in check: set TRADE_EVENTS_SHARED=1 with ../shared present")
    return SHARED
