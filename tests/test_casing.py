"""All-caps headlines are parsed in the body's case, and records quote them as written."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from extractor.casing import body_forms, headline_case, is_caps_line, recase_line, with_text

BODY = ("\nOSLO, March 12 - Norway's parliament approved a ban on trade with South Africa on Thursday, "
        "the Foreign Ministry said.\nThe U.S. and the EC have similar curbs, and GATT was told of the ban.\n")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA", "Norway approves trade ban against South Africa"),
        ("U.S. AND EC SAY GATT MUST ACT ON CURBS", "U.S. and EC say GATT must act on curbs"),
        ("PARLIAMENT APPROVES BAN", "Parliament approves ban"),  # sentence-initial in the body: unseen inside a sentence
        ("THURSDAY'S VOTE", "Thursday's vote"),
    ],
)
def test_a_caps_line_takes_the_case_the_body_uses(line, expected):
    assert recase_line(line, body_forms(BODY)) == expected


def test_recasing_keeps_every_offset():
    text = "NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA" + BODY
    recased = headline_case(text)
    assert recased is not None and len(recased) == len(text) and recased[46:] == text[46:]
    assert recased.startswith("Norway approves trade ban against South Africa\n")


@pytest.mark.parametrize(
    "text",
    [
        "Norway approves trade ban against South Africa" + BODY,  # not in capitals
        "EU" + BODY,  # too short to be a headline
        "NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA",  # no body: nothing to learn the case from, and one line
    ],
)
def test_only_a_caps_first_line_with_a_body_is_recased(text):
    assert headline_case(text) is None


@pytest.mark.parametrize("line, caps", [("U.S. TARIFFS - YEUTTER", True), ("U.S. tariffs", False), ("EC", False), ("1987 -", False)])
def test_caps_lines(line, caps):
    assert is_caps_line(line) is caps


def test_the_rebuilt_doc_keeps_analyses_and_span_groups():
    nlp = spacy.blank("en")
    doc = nlp("Norway bans trade")
    doc[1].pos_ = "VERB"
    doc[0].head = doc[1]
    doc[0].dep_ = "nsubj"
    doc.spans["trade_actors"] = [Span(doc, 0, 1, label="COUNTRY", span_id="NOR")]
    out = with_text(doc, "NORWAY BANS TRADE")
    assert out.text == "NORWAY BANS TRADE"
    assert [t.pos_ for t in out] == [t.pos_ for t in doc] and out[0].head.i == 1 and out[0].dep_ == "nsubj"
    assert [(s.text, s.label_, s.id_) for s in out.spans["trade_actors"]] == [("NORWAY", "COUNTRY", "NOR")]


def test_a_caps_headline_gives_its_event_and_is_quoted_as_written(extractor):
    text = "NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA" + BODY
    events = [e for e in extractor.extract(text, doc_id="t", published="1987-03-12") if e.span[0] == 0]
    assert events and events[0].event_type == "impose" and events[0].actor == ["NOR"] and events[0].target == ["ZAF"]
    assert events[0].sentence == "NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA" and events[0].trigger.isupper()


def test_batch_and_single_extraction_agree_on_caps_headlines(extractor):
    from extractor.records import Document

    text = "NORWAY APPROVES TRADE BAN AGAINST SOUTH AFRICA" + BODY
    single = extractor.extract(text, doc_id="t", published="1987-03-12")
    batch = next(iter(extractor.extract_many([Document(doc_id="t", text=text, published="1987-03-12")])))[1]
    assert [e.to_dict() for e in single] == [e.to_dict() for e in batch]
