"""The model text: line wraps read as spaces, all-caps headlines in the body's case; offsets and quotes kept."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extractor.reading import (body_forms, headline_case, is_caps_line, joined_lines, model_text, recase_line,
                               repair_subjects, with_text)

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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wrap inside a sentence reads as a space
        ("TRADE\n\nThe United\nStates imposed duties on\nJapanese chips.", "TRADE\n\nThe United States imposed duties on Japanese chips."),
        # the headline, a sentence end, a blank line and an all-caps label keep their newlines
        ("Tariffs rise\nThe EU imposed duties.\nChina hit back.\n\nNOTES\nThe rest", "Tariffs rise\nThe EU imposed duties.\nChina hit back.\n\nNOTES\nThe rest"),
    ],
)
def test_line_wraps_inside_a_sentence_read_as_spaces(text, expected):
    assert joined_lines(text) == expected and len(joined_lines(text)) == len(text)


def test_the_model_reads_recased_and_joined_text_and_records_quote_the_joined_original():
    text = "U.S. CUTS TARIFFS\n\nThe U.S. cut tariffs\non Brazilian coffee."
    seen, quoted = model_text(text)
    assert seen == "U.S. cuts tariffs\n\nThe U.S. cut tariffs on Brazilian coffee."
    assert quoted == "U.S. CUTS TARIFFS\n\nThe U.S. cut tariffs on Brazilian coffee."


def test_names_and_phrases_match_across_a_line_wrap(extractor):
    text = ("TRADE\n\nWASHINGTON, March 3 - The United\nStates and the European\nCommunity have reached\n"
            "a general consensus on cutting farm tariffs, officials said.\n")
    events = extractor.extract(text, doc_id="t", published="1987-03-03")
    agree = [e for e in events if e.event_type == "agree"]
    assert agree and agree[0].actor == ["EU", "USA"] and agree[0].trigger == "reached a general consensus"
    start, end = agree[0].span
    assert text[start:end] == agree[0].sentence and "\n" in agree[0].sentence  # quoted from the original text, wraps included


def test_the_segmenter_still_reads_the_original_layout(extractor):
    doc = extractor.parse("Tariffs rise\nThe EU imposed duties on\nsteel.\nBRUSSELS - China hit back.")
    assert [s.text.strip() for s in doc.sents] == ["Tariffs rise", "The EU imposed duties on steel.", "BRUSSELS - China hit back."]


@pytest.mark.parametrize(
    "words, heads, deps, pos, subject_dep",
    [
        # "Beijing, in turn, will lower tariffs": the small model's adverbial noun is the subject
        (["Beijing", ",", "in", "turn", ",", "will", "lower", "tariffs"], [6, 6, 6, 2, 6, 6, 6, 6],
         ["npadvmod", "punct", "prep", "pobj", "punct", "aux", "ROOT", "dobj"],
         ["PROPN", "PUNCT", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "NOUN"], "nsubj"),
        # nor the head of a list of subjects without "and" ("Poland, Hungary, Slovakia impose curbs")
        (["Poland", ",", "Hungary", ",", "Slovakia", "impose", "curbs"], [5, 0, 0, 5, 5, 5, 5],
         ["npadvmod", "punct", "conj", "punct", "nsubj", "ROOT", "dobj"],
         ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"], "nsubj"),
        # not when the verb has a subject of its own
        (["Monday", ",", "Beijing", "cut", "tariffs"], [3, 3, 3, 3, 3], ["npadvmod", "punct", "nsubj", "ROOT", "dobj"],
         ["PROPN", "PUNCT", "PROPN", "VERB", "NOUN"], "npadvmod"),
        # nor without the comma that sets it off
        (["Friday", "Beijing", "cut", "tariffs"], [2, 2, 2, 2], ["npadvmod", "dep", "ROOT", "dobj"],
         ["PROPN", "PROPN", "VERB", "NOUN"], "npadvmod"),
    ],
)
def test_a_name_set_off_by_an_aside_is_the_subject(words, heads, deps, pos, subject_dep):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    repair_subjects(doc)
    assert doc[0].dep_ == subject_dep
