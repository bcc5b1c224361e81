"""Tests for extractor.rulers: exact token patterns become phrase patterns without changing what they match."""

import pytest
import spacy

from extractor.rulers import as_phrases, compile_phrases, make_ruler


@pytest.mark.parametrize("pattern, phrases", [
    ([{"LOWER": "tariff"}], ["tariff"]),
    ([{"LOWER": {"IN": ["lift", "lifted"]}}, {"LOWER": "curbs"}], ["lift curbs", "lifted curbs"]),
    ([{"LOWER": {"IN": ["file", "filed"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "complaint"}],
     ["file a complaint", "file the complaint", "file complaint", "filed a complaint", "filed the complaint", "filed complaint"]),
    ([{"LOWER": "anti"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "dumping"}], ["anti - dumping", "anti dumping"]),
    ([{"LOWER": "the", "OP": "?"}, {"LOWER": "quota"}], ["the quota", "quota"]),
])
def test_exact_patterns_expand_to_phrases(pattern, phrases):
    assert as_phrases(pattern, "LOWER") == phrases


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "rule", "POS": "VERB"}],  # a part of speech needs the Matcher
    [{"LOWER": "review"}, {"OP": "?"}, {"LOWER": "duties"}],  # a wildcard
    [{"LOWER": "talks"}, {"LOWER": "round", "OP": "*"}],  # a repeat
    [{"ORTH": "EU"}, {"LOWER": "duties"}],  # ORTH with letters is case-sensitive, LOWER is not
    [{"LOWER": {"REGEX": "^tariffs?$"}}],
    [],
])
def test_other_patterns_stay_token_patterns(pattern):
    assert as_phrases(pattern, "LOWER") is None


def test_expansion_is_capped():
    many = {"LOWER": {"IN": [f"w{i}" for i in range(30)]}}
    assert as_phrases([many, many], "LOWER") is None
    assert compile_phrases([{"label": "X", "pattern": [many, many]}], "LOWER")[0]["pattern"] == [many, many]


@pytest.mark.parametrize("text, found", [
    ("Beijing filed a complaint at the WTO.", "filed a complaint"),
    ("Beijing filed complaint papers.", "filed complaint"),
    ("They Filed The Complaint on Monday.", "Filed The Complaint"),
    ("Beijing filed papers.", None),
])
def test_a_compiled_ruler_matches_what_the_token_pattern_matched(text, found):
    nlp = spacy.blank("en")
    pattern = [{"LOWER": {"IN": ["file", "filed"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "complaint"}]
    ruler = make_ruler(nlp, "r", "r", [{"label": "TRIGGER", "pattern": pattern, "id": "dispute"}], "LOWER")
    assert all(isinstance(p["pattern"], str) for p in ruler.patterns)
    doc = ruler(nlp(text))
    spans = doc.spans["r"]
    assert [s.text for s in spans] == ([found] if found else [])
    assert all(s.id_ == "dispute" for s in spans)
