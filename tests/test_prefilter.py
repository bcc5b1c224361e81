"""The prefilter is lossless: a text it rejects never yields an event."""

from __future__ import annotations

import json

import pytest

from extractor.prefilter import Prefilter, first_token_words

from conftest import CORPUS

SENTENCES = [
    "Washington imposed tariffs on Chinese steel.",
    "The EU opened an anti-dumping probe into Chinese e-bikes.",
    "Russia banned food imports from the EU.",
    "Japan and Korea held talks on chip exports.",
    "The WTO ruled against Indonesia's nickel ore ban.",
    "Brazil's central bank cut interest rates.",
    "The company reported higher profits on Tuesday.",
    "The mayor met residents to discuss parking.",
    "Shares rose 3 percent after the deal was announced.",
    "Germany cut feed-in tariffs for rooftop solar panels.",
    "Nurses on duty said the hospital was full.",
]


def corpus_docs():
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            yield json.loads(line)


def test_recall_of_event_documents_is_total(extractor):
    event_docs = [d for d in corpus_docs() if d["events"]]
    assert len(event_docs) >= 50
    missed = [d["doc_id"] for d in event_docs if not extractor.could_have_events(d["text"])]
    assert missed == []


@pytest.mark.parametrize("text", SENTENCES)
def test_rejected_texts_yield_no_events(extractor, text):
    events = extractor.extract(text, doc_id="t", published="2020-01-10")
    assert extractor.could_have_events(text) or events == []


def test_rejects_texts_without_trade_vocabulary(extractor):
    assert not extractor.could_have_events("The company reported higher profits on Tuesday.")
    assert not extractor.could_have_events("The mayor met residents to discuss parking.")
    assert extractor.could_have_events("Washington imposed tariffs on Chinese steel.")


def test_government_aid_alone_makes_no_trade_story(extractor):
    """Aid and credit lines are a subsidy only in a story that is about trade on other grounds (label SUPPORT)."""
    text = "The government approved aid and credit lines for farmers hit by the drought on Monday, the ministry said."
    assert not extractor.could_have_events(text) and extractor.extract(text, doc_id="t", published="2020-01-10") == []
    assert extractor.could_have_events(text + " Washington imposed tariffs on Chinese steel.")


def test_every_corpus_document_with_events_passes_and_rejected_ones_are_empty(extractor):
    rejected = [d for d in corpus_docs() if not extractor.could_have_events(d["text"])]
    assert rejected, "the corpus negatives should give the prefilter something to reject"
    for d in rejected:
        assert extractor.extract(d["text"], doc_id=d["doc_id"], published=d.get("published")) == []


@pytest.mark.parametrize(
    "pattern, words",
    [
        ([{"LOWER": {"IN": ["impose", "imposed"]}}], {"impose", "imposed"}),
        ([{"LOWER": "anti"}, {"ORTH": "-"}, {"LOWER": "dumping"}], {"anti"}),
        ("Section 232", {"section"}),
        ([{"OP": "*"}], set()),
    ],
)
def test_first_token_words(pattern, words):
    assert first_token_words(pattern) == words


def test_blocking_patterns_are_ignored():
    pf = Prefilter.from_patterns([{"label": "MEASURE", "pattern": "feed-in tariff", "id": "none"},
                                  {"label": "TRIGGER", "pattern": [{"LOWER": "imposed"}], "id": "impose"}])
    assert pf.vocabulary == frozenset({"imposed"})


def test_licence_vocabulary_skips_the_tokeniser_only_when_no_licensing_pattern_can_start():
    calls = []

    def has_licence(text):
        calls.append(text)
        return "tariff" in text

    patterns = [{"label": "TRIGGER", "pattern": [{"LOWER": "imposed"}], "id": "impose"}]
    licensing = [{"label": "MEASURE", "pattern": [{"LOWER": {"IN": ["tariff", "tariffs"]}}], "id": "tariff"},
                 {"label": "LEGAL", "pattern": "Section 232", "id": "Section 232"}]
    pf = Prefilter.from_patterns(patterns, has_licence=has_licence, licence_patterns=licensing)
    assert pf.licence_vocabulary == frozenset({"tariff", "tariffs", "section"})
    assert not pf("Brazil imposed curfews on Monday.") and calls == []  # no licensing word: no tokenising
    assert pf("Washington imposed tariffs on steel.") and calls == ["Washington imposed tariffs on steel."]
    anything = licensing + [{"label": "MEASURE", "pattern": [{"IS_DIGIT": True}], "id": "other"}]
    assert Prefilter.from_patterns(patterns, has_licence=has_licence, licence_patterns=anything).licence_vocabulary is None
