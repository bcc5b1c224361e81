"""Tests for extractor.pipeline: the tokenizer adjustment and the components it adds."""

from __future__ import annotations

import pytest
import spacy

from extractor.pipeline import SLASHED_NAME, TRADE_COMPONENTS, split_slashed_names


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("the U.S./Israel agreement", ["the", "U.S.", "/", "Israel", "agreement"]),
        ("U.S./Japan trade", ["U.S.", "/", "Japan", "trade"]),
        ("EU/Japan talks", ["EU", "/", "Japan", "talks"]),
        ("duties and/or quotas", ["duties", "and/or", "quotas"]),
        ("U.S.-China trade talks", ["U.S.", "-", "China", "trade", "talks"]),
        ("U.S.-made goods", ["U.S.", "-", "made", "goods"]),
        ("the U.K.-EU deal", ["the", "U.K.", "-", "EU", "deal"]),
        ("a well-known co-op", ["a", "well", "-", "known", "co", "-", "op"]),
        ("Acme Inc.-owned mills", ["Acme", "Inc.-owned", "mills"]),
    ],
)
def test_a_slash_or_hyphen_after_an_abbreviation_splits_names(text, tokens):
    nlp = split_slashed_names(spacy.blank("en"))
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_the_split_is_added_once():
    nlp = split_slashed_names(split_slashed_names(spacy.blank("en")))
    assert nlp.tokenizer.infix_finditer.__self__.pattern.count(SLASHED_NAME) == 1


def test_the_extractor_pipeline_splits_and_runs_every_trade_component(extractor):
    assert [t.text for t in extractor.nlp.make_doc("U.S./Israel")] == ["U.S.", "/", "Israel"]
    assert set(TRADE_COMPONENTS) <= set(extractor.nlp.pipe_names)
