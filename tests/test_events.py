"""End-to-end event extraction on wire-copy sentences (shares one English-model Extractor)."""

from __future__ import annotations

import json

import pytest

from extractor.schema import validate_event

from conftest import CORPUS

PUB = "2019-05-17"  # a Friday


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("The United States imposed tariffs on steel imports from China on Friday.", "impose", ["USA"], ["CHN"]),
        ("Washington slapped 25 percent duties on Chinese steel.", "impose", ["USA"], ["CHN"]),
        ("Beijing said it would levy retaliatory tariffs on U.S. soybeans.", "impose", ["CHN"], ["USA"]),
        ("The European Commission imposed anti-dumping duties on steel from Turkey.", "impose", ["EU"], ["TUR"]),
        ("Canada scrapped its surtax on U.S. steel.", "lift", ["CAN"], ["USA"]),
        ("India lifted its ban on imports of Malaysian palm oil.", "lift", ["IND"], ["MYS"]),
        ("The White House exempted Australia from the steel tariffs.", "exempt", ["USA"], ["AUS"]),
        ("The Commerce Department launched an anti-dumping investigation into aluminum foil from China.", "investigate", ["USA"], ["CHN"]),
        ("Japan and South Korea held trade talks in Seoul on Friday.", "negotiate", ["JPN", "KOR"], []),
        ("Britain and Australia signed a free trade agreement on Thursday.", "agree", ["AUS", "GBR"], []),
        ("Canada filed a complaint at the World Trade Organization against U.S. lumber duties.", "dispute", ["CAN"], ["USA"]),
    ],
)
def test_roles(extractor, text, event_type, actor, target):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.actor == actor
    assert ev.target == target


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        ("China will impose tariffs on U.S. pork next month.", "impose", "planned"),
        ("Trump threatened to impose tariffs on Mexican imports.", "impose", "threatened"),
        ("Mexico urged Washington to exempt its steel from the tariffs.", "exempt", "requested"),
        ("The EU refused to lift its duties on U.S. whiskey.", "lift", "negated"),
        ("India raised tariffs on U.S. almonds.", "impose", "asserted"),
    ],
)
def test_modality(extractor, text, event_type, modality):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.modality == modality


def test_rates_split_by_product(extractor):
    events = extractor.extract(
        "The tariffs imposed by Washington were 25 percent on steel and 10 percent on aluminum.", doc_id="t", published=PUB
    )
    pairs = sorted((e.products[0], e.rates[0].value) for e in events if e.event_type == "impose")
    assert pairs == [("aluminum", 10.0), ("steel", 25.0)]


def test_value_date_legal_basis(extractor):
    ev = only(
        extractor.extract("The United States imposed tariffs on $34 billion of Chinese goods on Friday under Section 301.",
                          doc_id="t", published=PUB),
        "impose",
    )
    assert ev.trade_value is not None and ev.trade_value.amount == 34e9 and ev.trade_value.currency == "USD"
    assert ev.date == "2019-05-17"
    assert ev.legal_basis == "Section 301"


def test_retaliation(extractor):
    ev = only(extractor.extract("In retaliation, China imposed tariffs on U.S. farm goods.", doc_id="t", published=PUB), "impose")
    assert ev.retaliatory is True


@pytest.mark.parametrize(
    "text",
    [
        "The regulator raised electricity tariffs for households by 5 percent.",
        "Germany cut feed-in tariffs for rooftop solar panels.",
        "Nurses on duty said the hospital was full.",
        "Travellers flocked to duty-free shops at the airport.",
        "Economists say tariffs hurt consumers.",
        "Soybean futures rose 2 percent in Chicago on Friday.",
    ],
)
def test_negatives(extractor, text):
    assert extractor.extract(text, doc_id="t", published=PUB) == []


def test_deterministic_ids_and_output(extractor):
    text = "Washington imposed tariffs on Chinese steel. Beijing vowed to retaliate with tariffs on U.S. pork."
    a = [e.to_dict() for e in extractor.extract(text, doc_id="d", published=PUB)]
    b = [e.to_dict() for e in extractor.extract(text, doc_id="d", published=PUB)]
    assert a == b and len({e["event_id"] for e in a}) == len(a)


def test_spans_point_at_sentences(extractor):
    text = "US SLAPS TARIFFS ON CHINA\n\nWASHINGTON, May 17 (TEN Wire) - The United States imposed tariffs on Chinese steel."
    for ev in extractor.extract(text, doc_id="d", published=PUB):
        assert text[ev.span[0]:ev.span[1]] == ev.sentence


def test_corpus_records_validate_against_schema(extractor):
    count = 0
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            for ev in extractor.extract(gold["text"], doc_id=gold["doc_id"], published=gold.get("published")):
                record = ev.to_dict()
                validate_event(record)
                assert gold["text"][record["span"][0]:record["span"][1]] == record["sentence"]
                count += 1
    assert count > 100


def test_extract_many_matches_extract(extractor):
    from extractor.records import Document

    docs = [Document("a", "China imposed tariffs on U.S. soybeans.", "2018-07-06"),
            Document("b", "Nothing to see here.", None),
            Document("c", "Japan lifted its ban on U.S. beef.", "2019-05-17")]
    streamed = [(d.doc_id, [e.to_dict() for e in evs]) for d, evs in extractor.extract_many(docs)]
    single = [(d.doc_id, [e.to_dict() for e in extractor.extract_document(d)]) for d in docs]
    assert streamed == single
